package org.yesan.ingest;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** The check every importer makes first: the path names a readable regular file. */
public final class RegularFile {

  private RegularFile() {}

  /**
   * Returns the file when it can be imported.
   *
   * @throws InputException naming what the path is instead: missing, a folder, a pipe or device, or
   *     unreadable
   */
  public static Path require(Path file) {
    if (Files.isRegularFile(file)) {
      if (!Files.isReadable(file)) {
        throw new InputException(file, 0, 0, "a readable file", "a file this user may not read");
      }
      return file;
    }
    String found;
    if (Files.isDirectory(file)) {
      found = "a folder";
    } else if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.exists(file)) {
      found = "a link to a file that does not exist";
    } else if (Files.exists(file)) {
      found = "a special file (a pipe, socket or device), which cannot be read twice";
    } else {
      found = "no such file";
    }
    throw new InputException(file, 0, 0, "a readable file", found);
  }
}
