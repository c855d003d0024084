package org.yesan.store.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a store to one store-neutral file: a zip of every table of the store's schema as CSV
 * (exact decimal text, instants in UTC) and a manifest with the schema version, each table's
 * columns and rows, and the SHA-256 of each entry. A DuckDB backup restores into PostgreSQL and
 * back.
 */
public final class StoreBackup {

  static final String MANIFEST = "manifest.json";

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private static final int FETCH_ROWS = 10_000;

  private StoreBackup() {}

  /**
   * Writes the store, read in one snapshot, to {@code file}; the file appears whole or not at all.
   *
   * @throws BackupException when the store cannot be read or the file cannot be written
   */
  public static BackupManifest write(BackupAccess store, Path file) {
    Path absolute = file.toAbsolutePath();
    Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
    try {
      BackupManifest manifest =
          store.inSnapshot(
              c -> {
                try (OutputStream out = Files.newOutputStream(partial);
                    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                  return write(store, c, zip);
                } catch (IOException e) {
                  throw new BackupException("cannot write " + file + ": " + e.getMessage(), e);
                }
              });
      Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
      return manifest;
    } catch (IOException e) {
      throw new BackupException("cannot write " + file + ": " + e.getMessage(), e);
    } finally {
      try {
        Files.deleteIfExists(partial);
      } catch (IOException e) {
        // a partial file left behind is named as such and never read as a backup
      }
    }
  }

  private static BackupManifest write(BackupAccess store, Connection c, ZipOutputStream zip)
      throws SQLException, IOException {
    List<BackupManifest.Table> tables = new ArrayList<>();
    for (Map.Entry<String, Map<String, String>> t : BackupTables.list(c, store).entrySet()) {
      String entry = "tables/" + t.getKey() + ".csv";
      zip.putNextEntry(new ZipEntry(entry));
      MessageDigest sha = sha256();
      Writer w =
          new BufferedWriter(
              new OutputStreamWriter(
                  new DigestOutputStream(new KeptOpen(zip), sha), StandardCharsets.UTF_8),
              1 << 16);
      long rows = writeTable(c, t.getKey(), t.getValue().size(), w);
      w.flush();
      store.factTables().checkBackedUp(c, t.getKey(), rows);
      zip.closeEntry();
      List<BackupManifest.Column> columns =
          t.getValue().entrySet().stream()
              .map(e -> new BackupManifest.Column(e.getKey(), e.getValue()))
              .toList();
      tables.add(
          new BackupManifest.Table(
              t.getKey(), entry, rows, HexFormat.of().formatHex(sha.digest()), columns));
    }
    BackupManifest manifest =
        new BackupManifest(
            BackupManifest.FORMAT,
            BackupManifest.FORMAT_VERSION,
            store.kind(),
            store.schemaVersion(),
            Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
            tables);
    zip.putNextEntry(new ZipEntry(MANIFEST));
    zip.write(JSON.writeValueAsBytes(manifest));
    zip.closeEntry();
    return manifest;
  }

  private static long writeTable(Connection c, String table, int width, Writer w)
      throws SQLException, IOException {
    long rows = 0;
    try (Statement s = c.createStatement()) {
      // PostgreSQL streams in a transaction only when asked to fetch in batches
      s.setFetchSize(FETCH_ROWS);
      try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
        List<Optional<String>> row = new ArrayList<>(width);
        while (rs.next()) {
          row.clear();
          for (int i = 1; i <= width; i++) {
            row.add(text(rs, i));
          }
          BackupCsv.writeRow(w, row);
          rows++;
        }
      }
    }
    return rows;
  }

  // Decimals as plain text (never 1E+3), instants in UTC, so that both stores read them alike.
  private static Optional<String> text(ResultSet rs, int column) throws SQLException {
    Object value = rs.getObject(column);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof BigDecimal d) {
      return Optional.of(d.toPlainString());
    }
    if (value instanceof OffsetDateTime t) {
      return Optional.of(t.toInstant().toString());
    }
    if (value instanceof Timestamp t) {
      return Optional.of(t.toInstant().toString());
    }
    return Optional.of(rs.getString(column));
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** The zip's stream, which closing an entry's writer must not close. */
  private static final class KeptOpen extends FilterOutputStream {
    KeptOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
