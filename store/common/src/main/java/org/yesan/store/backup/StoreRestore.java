package org.yesan.store.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Restores a backup written by {@link StoreBackup} into a store of either kind, all or nothing: the
 * whole file is checked against its manifest (every entry's SHA-256, rows and fields) before the
 * store is touched, and the restore runs in one transaction.
 */
public final class StoreRestore {

  /** The sequence every id is drawn from, except the audit log's own. */
  private static final String IDS = "yesan_ids";

  // The audit log numbers its entries from a sequence of its own; restored entries must not be
  // numbered again by the next one written.
  private static final java.util.Map<String, String> OWN_SEQUENCES =
      java.util.Map.of("yesan_audit", "yesan_audit_ids");

  private static String sequenceOf(String table) {
    return OWN_SEQUENCES.getOrDefault(table, IDS);
  }

  private static final int BATCH_ROWS = 5_000;

  private StoreRestore() {}

  /**
   * Checks that a backup is whole: the manifest reads, and every entry it names is there with the
   * rows, fields and SHA-256 it records.
   *
   * @throws BackupException naming the first thing that does not match
   */
  public static BackupManifest verify(Path file) {
    try (ZipFile zip = open(file)) {
      BackupManifest manifest = manifest(zip, file);
      for (BackupManifest.Table t : manifest.tables()) {
        readTable(zip, file, t, row -> {});
      }
      return manifest;
    } catch (IOException e) {
      throw new BackupException("cannot read backup " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Restores {@code file} into {@code store}, which must hold no rows unless {@code replace}; then
   * everything in it is replaced. Either the whole backup lands or the store is unchanged.
   *
   * @throws BackupException when the file is not whole, does not fit the store's schema, or the
   *     store is not empty and {@code replace} is false
   */
  public static BackupManifest restore(BackupAccess store, Path file, boolean replace) {
    BackupManifest manifest = verify(file);
    try (ZipFile zip = open(file)) {
      return store.inTransaction(
          c -> {
            Map<String, Map<String, String>> target = BackupTables.list(c, store);
            checkFits(manifest, target, store);
            List<String> filled = filledTables(c, target);
            if (!filled.isEmpty()) {
              if (!replace) {
                throw new BackupException(
                    "store "
                        + store.location()
                        + " is not empty (rows in "
                        + String.join(", ", filled)
                        + "); restore into an empty store, or pass --replace to drop what it"
                        + " holds");
              }
              empty(c, target, store.factTables());
              target = BackupTables.list(c, store);
            }
            java.util.Map<String, Long> nextIds = new java.util.TreeMap<>();
            for (BackupManifest.Table t : inTargetOrder(manifest, target)) {
              if (!target.containsKey(t.name())) {
                for (String ddl : store.createDatasetTable(t.name(), t.columnNames())) {
                  execute(c, ddl);
                }
                target = BackupTables.list(c, store);
              }
              boolean datasetTable = BackupTables.DATASET_TABLE.matcher(t.name()).matches();
              String into = datasetTable ? store.factTables().restoreTarget(c, t.name()) : t.name();
              long restored = insert(c, zip, file, t, into, target.get(t.name()));
              if (datasetTable) {
                store.factTables().restored(c, t.name());
              }
              nextIds.merge(sequenceOf(t.name()), restored + 1, Math::max);
            }
            nextIds.putIfAbsent(IDS, 1L);
            for (java.util.Map.Entry<String, Long> e : nextIds.entrySet()) {
              store.restartIds(c, e.getKey(), e.getValue());
            }
            return manifest;
          });
    } catch (IOException e) {
      throw new BackupException("cannot read backup " + file + ": " + e.getMessage(), e);
    }
  }

  // The backup's order is its store's; foreign keys are the target's own (DuckDB's declare none).
  private static List<BackupManifest.Table> inTargetOrder(
      BackupManifest manifest, Map<String, Map<String, String>> target) {
    List<BackupManifest.Table> out = new ArrayList<>();
    for (String name : target.keySet()) {
      manifest.tables().stream().filter(t -> t.name().equals(name)).forEach(out::add);
    }
    manifest.tables().stream().filter(t -> !target.containsKey(t.name())).forEach(out::add);
    return out;
  }

  private static ZipFile open(Path file) {
    try {
      return new ZipFile(file.toFile(), StandardCharsets.UTF_8);
    } catch (ZipException e) {
      throw new BackupException(
          file + " is not a whole Yesan backup (not a readable zip: truncated or damaged?)", e);
    } catch (IOException e) {
      throw new BackupException("cannot read backup " + file + ": " + e.getMessage(), e);
    }
  }

  private static BackupManifest manifest(ZipFile zip, Path file) throws IOException {
    ZipEntry entry = zip.getEntry(StoreBackup.MANIFEST);
    if (entry == null) {
      throw new BackupException(file + " is not a Yesan backup: it has no " + StoreBackup.MANIFEST);
    }
    BackupManifest m;
    try (InputStream in = zip.getInputStream(entry)) {
      m = StoreBackup.JSON.readValue(in, BackupManifest.class);
    } catch (com.fasterxml.jackson.core.JacksonException | IllegalArgumentException e) {
      throw new BackupException(
          file + ": " + StoreBackup.MANIFEST + " does not read: " + e.getMessage(), e);
    }
    if (!BackupManifest.FORMAT.equals(m.format())
        || m.formatVersion() != BackupManifest.FORMAT_VERSION) {
      throw new BackupException(
          file
              + ": expected a "
              + BackupManifest.FORMAT
              + " of format version "
              + BackupManifest.FORMAT_VERSION
              + ", found "
              + m.format()
              + " version "
              + m.formatVersion());
    }
    return m;
  }

  /** Receives the rows of a table as the backup holds them. */
  private interface RowSink {
    void accept(List<Optional<String>> row) throws SQLException;
  }

  private static void readTable(ZipFile zip, Path file, BackupManifest.Table t, RowSink sink)
      throws IOException {
    ZipEntry entry = zip.getEntry(t.entry());
    if (entry == null) {
      throw new BackupException(
          file + ": the manifest names " + t.entry() + ", which the backup does not hold");
    }
    MessageDigest sha = StoreBackup.sha256();
    long rows = 0;
    try (InputStream raw = zip.getInputStream(entry);
        DigestInputStream digest = new DigestInputStream(raw, sha);
        BufferedReader r =
            new BufferedReader(new InputStreamReader(digest, StandardCharsets.UTF_8), 1 << 16)) {
      BackupCsv.RowReader csv = new BackupCsv.RowReader(r, file + "!" + t.entry());
      Optional<List<Optional<String>>> row;
      while ((row = csv.next()).isPresent()) {
        if (row.get().size() != t.columns().size()) {
          throw csv.broken(
              t.columns().size() + " fields (" + String.join(", ", t.columnNames()) + ")",
              row.get().size() + "");
        }
        sink.accept(row.get());
        rows++;
      }
    } catch (ZipException e) {
      throw new BackupException(file + "!" + t.entry() + " is damaged: " + e.getMessage(), e);
    } catch (SQLException e) {
      throw new BackupException(
          "cannot restore " + t.name() + " from " + file + ": " + e.getMessage(), e);
    }
    String found = HexFormat.of().formatHex(sha.digest());
    if (!found.equals(t.sha256())) {
      throw new BackupException(
          file + "!" + t.entry() + ": expected SHA-256 " + t.sha256() + ", found " + found);
    }
    if (rows != t.rows()) {
      throw new BackupException(
          file + "!" + t.entry() + ": expected " + t.rows() + " rows, found " + rows);
    }
  }

  // A catalog table the backup holds must have the same columns here; a dataset's tables are made.
  private static void checkFits(
      BackupManifest m, Map<String, Map<String, String>> target, BackupAccess store) {
    for (BackupManifest.Table t : m.tables()) {
      boolean datasetTable = BackupTables.DATASET_TABLE.matcher(t.name()).matches();
      if (!target.containsKey(t.name())) {
        if (datasetTable) {
          continue;
        }
        throw new BackupException(
            "the backup (a "
                + m.storeKind()
                + " store of schema version "
                + m.schemaVersion()
                + ") holds table "
                + t.name()
                + ", which this store (schema version "
                + store.schemaVersion()
                + ") has not; restore with the Yesan that wrote it");
      }
      if (!datasetTable && !List.copyOf(target.get(t.name()).keySet()).equals(t.columnNames())) {
        throw new BackupException(
            "table "
                + t.name()
                + " of the backup has columns "
                + t.columnNames()
                + ", this store's has "
                + target.get(t.name()).keySet()
                + "; restore with the Yesan that wrote it");
      }
    }
  }

  private static List<String> filledTables(Connection c, Map<String, Map<String, String>> tables)
      throws SQLException {
    List<String> out = new ArrayList<>();
    for (String t : tables.keySet()) {
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT count(*) FROM " + t)) {
        rs.next();
        if (rs.getLong(1) > 0) {
          out.add(t);
        }
      }
    }
    return out;
  }

  private static void empty(
      Connection c, Map<String, Map<String, String>> tables, FactTableStorage storage)
      throws SQLException {
    List<String> names = new ArrayList<>(tables.keySet());
    java.util.Collections.reverse(names);
    for (String t : names) {
      if (BackupTables.DATASET_TABLE.matcher(t).matches()) {
        for (String drop : storage.drop(t)) {
          execute(c, drop);
        }
      } else {
        execute(c, "DELETE FROM " + t);
      }
    }
  }

  /** Inserts a table's rows; returns the largest value of its {@code id} column, or 0. */
  private static long insert(
      Connection c,
      ZipFile zip,
      Path file,
      BackupManifest.Table t,
      String into,
      Map<String, String> types)
      throws SQLException {
    List<String> columns = t.columnNames();
    for (String column : columns) {
      if (!types.containsKey(column)) {
        throw new BackupException(
            "table " + t.name() + " of this store has no column " + column + " for the backup's");
      }
    }
    String sql =
        "INSERT INTO "
            + into
            + " ("
            + String.join(", ", columns)
            + ") VALUES ("
            + columns.stream().map(col -> cast(types.get(col))).collect(Collectors.joining(", "))
            + ")";
    // Only integer ids come from a sequence; a token's id is hex text.
    int idColumn =
        columns.contains("id")
                && String.valueOf(types.get("id"))
                    .toLowerCase(java.util.Locale.ROOT)
                    .matches("(big|small|huge)?int(eger)?|int[248]")
            ? columns.indexOf("id")
            : -1;
    long[] maxId = {0};
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int[] pending = {0};
      readTable(
          zip,
          file,
          t,
          row -> {
            for (int i = 0; i < row.size(); i++) {
              ps.setString(i + 1, row.get(i).orElse(null));
            }
            if (idColumn >= 0 && row.get(idColumn).isPresent()) {
              maxId[0] = Math.max(maxId[0], Long.parseLong(row.get(idColumn).get()));
            }
            ps.addBatch();
            if (++pending[0] == BATCH_ROWS) {
              ps.executeBatch();
              pending[0] = 0;
            }
          });
      if (pending[0] > 0) {
        ps.executeBatch();
      }
    } catch (IOException e) {
      throw new BackupException("cannot read backup " + file + ": " + e.getMessage(), e);
    } catch (NumberFormatException e) {
      throw new BackupException(
          file + "!" + t.entry() + ": expected an integer id, found " + e.getMessage(), e);
    }
    return maxId[0];
  }

  // Values travel as text and are cast by the database to the column's own type, which is how
  // both stores read exact decimals and instants alike.
  private static String cast(String type) {
    String t = type.toLowerCase(java.util.Locale.ROOT);
    if (t.equals("user-defined") || t.equals("array")) {
      return "?";
    }
    return "CAST(? AS " + type + ")";
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
