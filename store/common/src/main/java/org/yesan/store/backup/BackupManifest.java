package org.yesan.store.backup;

import java.util.List;
import java.util.Objects;

/**
 * The table of contents of a backup: what wrote it, and per table its columns, its rows and the
 * SHA-256 of its CSV entry, by which a restore knows the file is whole before it changes anything.
 */
public record BackupManifest(
    String format,
    int formatVersion,
    String storeKind,
    String schemaVersion,
    String createdAt,
    List<Table> tables) {

  /** What the {@code format} field of every Yesan backup says. */
  public static final String FORMAT = "yesan-backup";

  /** The layout of the archive itself; bump when entries or their encoding change. */
  public static final int FORMAT_VERSION = 1;

  public BackupManifest {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(storeKind, "storeKind");
    Objects.requireNonNull(schemaVersion, "schemaVersion");
    Objects.requireNonNull(createdAt, "createdAt");
    tables = List.copyOf(tables);
  }

  /** One table of the store as the backup holds it. */
  public record Table(String name, String entry, long rows, String sha256, List<Column> columns) {
    public Table {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(entry, "entry");
      Objects.requireNonNull(sha256, "sha256");
      if (rows < 0) {
        throw new IllegalArgumentException("rows must not be negative, found " + rows);
      }
      columns = List.copyOf(columns);
    }

    /** The column names, in the order of the CSV's fields. */
    public List<String> columnNames() {
      return columns.stream().map(Column::name).toList();
    }
  }

  /**
   * A column and its type in the store that wrote the backup (for readers; restores use theirs).
   */
  public record Column(String name, String type) {
    public Column {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
    }
  }

  /** The total of rows over every table. */
  public long rows() {
    return tables.stream().mapToLong(Table::rows).sum();
  }
}
