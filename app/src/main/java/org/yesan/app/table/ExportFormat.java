package org.yesan.app.table;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file formats a result can be exported to, each with its extension and media type. */
public enum ExportFormat {
  /** UTF-8 with a byte order mark, CRLF, text cells that a spreadsheet would run made safe. */
  CSV("csv", "text/csv; charset=utf-8"),
  /** An array of objects with snake_case fields, amounts as exact decimal strings. */
  JSON("json", "application/json"),
  /** One streamed sheet: a bold header, numbers where exact, Korean text as is. */
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
  /** Typed columns: DECIMAL(38,2) amounts, BIGINT counts, INTEGER years, VARCHAR text. */
  PARQUET("parquet", "application/vnd.apache.parquet");

  private final String extension;
  private final String contentType;

  ExportFormat(String extension, String contentType) {
    this.extension = extension;
    this.contentType = contentType;
  }

  public String extension() {
    return extension;
  }

  public String contentType() {
    return contentType;
  }

  /** The format named by a file's extension, if it is one of these. */
  public static Optional<ExportFormat> ofFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? Optional.empty() : ofName(name.substring(dot + 1));
  }

  /** The format called {@code name} ({@code csv}, {@code json}, {@code xlsx}, {@code parquet}). */
  public static Optional<ExportFormat> ofName(String name) {
    for (ExportFormat f : values()) {
      if (f.extension.equals(name.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** A writer of rows under {@code columns} to {@code out}, which it leaves open. */
  public TableWriter writer(List<Column> columns, OutputStream out) throws IOException {
    if (this == JSON) {
      return new JsonTableWriter(columns, out);
    }
    List<Column> flat = ReadingColumns.flattened(columns);
    TableWriter writer =
        switch (this) {
          case CSV -> CsvTableWriter.withByteOrderMark(flat, out);
          case XLSX -> new XlsxTableWriter(flat, out);
          case PARQUET -> new ParquetTableWriter(flat, out);
          case JSON -> throw new IllegalStateException("JSON is written above");
        };
    return ReadingColumns.around(columns, writer);
  }
}
