package org.yesan.ingest;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** The formats on the class path, and detection of the one that fits a file. */
public final class SourceFormats {

  private final List<SourceFormat> formats;

  public SourceFormats(List<SourceFormat> formats) {
    this.formats = List.copyOf(formats);
  }

  /** Every format registered with {@link ServiceLoader}. */
  public static SourceFormats installed() {
    return new SourceFormats(
        ServiceLoader.load(SourceFormat.class).stream().map(ServiceLoader.Provider::get).toList());
  }

  public List<SourceFormat> all() {
    return formats;
  }

  public List<String> ids() {
    return formats.stream().map(SourceFormat::id).sorted().toList();
  }

  /** The format with this id; throws naming the known ids otherwise. */
  public SourceFormat byId(String id) {
    return formats.stream()
        .filter(f -> f.id().equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown format '" + id + "'; known formats: " + String.join(", ", ids())));
  }

  /**
   * The format most sure it can read the file.
   *
   * @throws InputException when no format recognises it
   */
  public SourceFormat detect(Path file) {
    RegularFile.require(file);
    byte[] head = TextEncoding.head(file, 64 * 1024);
    if (head.length == 0) {
      throw new InputException(file, 0, 0, "a header row", "an empty file");
    }
    record Scored(SourceFormat format, int score) {}
    return formats.stream()
        .map(f -> new Scored(f, f.detect(file, head)))
        .filter(s -> s.score() > 0)
        .max(Comparator.comparingInt(Scored::score))
        .map(Scored::format)
        .orElseThrow(
            () ->
                new InputException(
                    file,
                    0,
                    0,
                    "a file of a known format ("
                        + formats.stream().map(SourceFormat::id).collect(Collectors.joining(", "))
                        + "); name one with --format",
                    "a file none of them recognises"));
  }
}
