package org.yesan.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * A data file shipped inside a module's jar (or its classes folder when run from a checkout), as a
 * {@link Path} the CSV readers can open, so that bundled data need no checkout at run time.
 */
public final class BundledFile {

  private BundledFile() {}

  /**
   * The resource {@code name} relative to {@code anchor}'s package (or absolute with a leading
   * {@code /}).
   *
   * @param what how to name the file if it is missing, e.g. "the shipped series kr-population.csv"
   * @throws IllegalStateException when the build left the file out
   */
  public static Path of(Class<?> anchor, String name, String what) {
    URL resource = anchor.getResource(name);
    if (resource == null) {
      throw new IllegalStateException(
          what + " is missing from the class path; was the module built from a checkout?");
    }
    return of(resource);
  }

  /** A class-path resource as a path: a plain file, or an entry of a jar. */
  public static Path of(URL resource) {
    URI uri;
    try {
      uri = resource.toURI();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("unusable resource location " + resource, e);
    }
    if (!"jar".equals(uri.getScheme())) {
      return Path.of(uri);
    }
    // The zip file system stays open: a read-only view of a jar the JVM already holds open.
    try {
      return FileSystems.getFileSystem(uri).provider().getPath(uri);
    } catch (FileSystemNotFoundException e) {
      try {
        return FileSystems.newFileSystem(uri, Map.of()).provider().getPath(uri);
      } catch (IOException io) {
        throw new UncheckedIOException(io);
      }
    }
  }
}
