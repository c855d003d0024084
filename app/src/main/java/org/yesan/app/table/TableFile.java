package org.yesan.app.table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a result to a file in the format its extension names; the file appears whole or not at all
 * (written beside it, then moved into place).
 */
public final class TableFile {

  private TableFile() {}

  /** The format of {@code file}, or an IllegalArgumentException that lists the known ones. */
  public static ExportFormat formatOf(Path file) {
    return ExportFormat.ofFile(file)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "--output: expected a file ending in .csv, .json, .xlsx or .parquet, found '"
                        + file
                        + "'"));
  }

  /** Writes {@code table} to {@code file}; returns the format used. */
  public static ExportFormat write(ResultTable table, Path file) {
    ExportFormat format = formatOf(file);
    Path abs = file.toAbsolutePath();
    try {
      Files.createDirectories(abs.getParent());
      Path partial = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".partial");
      try {
        try (OutputStream out = Files.newOutputStream(partial)) {
          table.writeTo(format.writer(table.columns(), out));
        }
        Files.move(
            partial, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(partial);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
    return format;
  }
}
