package org.yesan.store.imports;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.yesan.ingest.BatchDescription;
import org.yesan.store.imports.ImportRules.SliceKey;
import org.yesan.store.sql.ModelJson;

/**
 * What an import writes to the catalog tables both SQL stores share (datasets, sources, slices), on
 * the import's own connection and inside its transaction.
 */
public final class CatalogWrites {

  /** A dataset already in the store: its id, currency and model. */
  public record StoredDataset(int id, String currency, ModelJson model) {}

  private CatalogWrites() {}

  public static Optional<StoredDataset> find(Connection c, String name) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT id, currency, model_json FROM datasets WHERE name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new StoredDataset(rs.getInt(1), rs.getString(2), ModelJson.read(rs.getString(3))));
      }
    }
  }

  /** Adds a dataset's row; its model is written when the import's slices are. */
  public static void insertDataset(Connection c, int id, String name, BatchDescription d)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO datasets (id, name, title, country, currency, source_unit_id,"
                + " source_unit_label, source_unit_factor, source, licence, model_json)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{}')")) {
      ps.setInt(1, id);
      ps.setString(2, name);
      ps.setString(3, d.title());
      ps.setString(4, d.country().orElse(null));
      ps.setString(5, d.currency());
      ps.setString(6, d.sourceUnit().id());
      ps.setString(7, d.sourceUnit().label());
      ps.setBigDecimal(8, d.sourceUnit().factor());
      ps.setString(9, d.source());
      ps.setString(10, d.licence());
      ps.executeUpdate();
    }
  }

  /** Records an imported file and how many facts it gave. */
  public static void insertSource(
      Connection c, int sourceId, int datasetId, ImportInput in, long facts) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      ps.setInt(1, sourceId);
      ps.setInt(2, datasetId);
      ps.setString(3, in.recordedAs());
      ps.setString(4, in.format());
      ps.setString(5, in.sha256());
      ps.setLong(6, facts);
      ps.setObject(7, OffsetDateTime.now(ZoneOffset.UTC));
      ps.executeUpdate();
    }
  }

  /** A slice an import writes: its key, ids, fact count and exact total. */
  public record NewSlice(SliceKey key, int sliceId, int sourceId, long facts, BigDecimal total) {}

  /** Rows of the slices table per insert statement (9 parameters each, well under any limit). */
  private static final int SLICES_PER_INSERT = 200;

  /**
   * Puts each slice in place of the stored slices of the same key, their facts deleted with them. A
   * handful of statements whatever the number of slices: one statement per slice cost the 48 열린재정
   * files hundreds of statements, each planned on its own.
   *
   * @param factRows the table the dataset's facts are deleted from
   * @return how many stored slices they replaced
   */
  public static int replaceSlices(
      Connection c, int datasetId, String factRows, List<NewSlice> slices) throws SQLException {
    java.util.Map<SliceKey, List<Integer>> stored = new java.util.HashMap<>();
    try (PreparedStatement find =
        c.prepareStatement(
            "SELECT id, measure, fiscal_year, stage, reported_in FROM slices WHERE dataset_id = ?")) {
      find.setInt(1, datasetId);
      try (ResultSet rs = find.executeQuery()) {
        while (rs.next()) {
          stored
              .computeIfAbsent(
                  new SliceKey(rs.getString(2), rs.getInt(3), rs.getString(4), rs.getInt(5)),
                  k -> new ArrayList<>())
              .add(rs.getInt(1));
        }
      }
    }
    List<Integer> old = new ArrayList<>();
    for (NewSlice n : slices) {
      old.addAll(stored.getOrDefault(n.key(), List.of()));
    }
    if (!old.isEmpty()) {
      // Slice ids are integers the store drew itself, so they are written into the statement.
      String ids =
          old.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
      try (Statement s = c.createStatement()) {
        s.executeUpdate("DELETE FROM " + factRows + " WHERE slice_id IN (" + ids + ")");
        s.executeUpdate("DELETE FROM slices WHERE id IN (" + ids + ")");
      }
    }
    for (int from = 0; from < slices.size(); from += SLICES_PER_INSERT) {
      List<NewSlice> chunk =
          slices.subList(from, Math.min(slices.size(), from + SLICES_PER_INSERT));
      String rows =
          String.join(
              ", ", java.util.Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
      try (PreparedStatement ins = c.prepareStatement("INSERT INTO slices VALUES " + rows)) {
        int p = 1;
        for (NewSlice n : chunk) {
          ins.setInt(p++, n.sliceId());
          ins.setInt(p++, datasetId);
          ins.setString(p++, n.key().measure());
          ins.setInt(p++, n.key().fiscalYear());
          ins.setString(p++, n.key().stage());
          ins.setInt(p++, n.key().reportedIn());
          ins.setInt(p++, n.sourceId());
          ins.setLong(p++, n.facts());
          ins.setBigDecimal(p++, n.total());
        }
        ins.executeUpdate();
      }
    }
    return old.size();
  }

  /** Writes a dataset's grown model, the time of this import and its new content hash. */
  public static void finishDataset(Connection c, int datasetId, ModelJson model)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE datasets SET model_json = ?, imported_at = ?, content_hash = ? WHERE id = ?")) {
      ps.setString(1, model.write());
      ps.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
      ps.setString(3, contentHash(c, datasetId).orElse(null));
      ps.setInt(4, datasetId);
      ps.executeUpdate();
    }
  }

  /**
   * Deletes the sources that no slice refers to any more: a source whose slices were all replaced
   * backs nothing, and keeping it would grow the store on every re-import of the same files.
   */
  public static void dropUnusedSources(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("DELETE FROM sources WHERE id NOT IN (SELECT DISTINCT source_id FROM slices)");
    }
  }

  /**
   * The SHA-256 (hex) of the sorted, comma-joined SHA-256 of the sources still backing a slice of
   * the dataset: one set of files has one hash, in either store; none when nothing backs it.
   */
  static Optional<String> contentHash(Connection c, int datasetId) throws SQLException {
    List<String> hashes = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT DISTINCT s.sha256 FROM sources s JOIN slices sl ON sl.source_id = s.id"
                + " WHERE sl.dataset_id = ?")) {
      ps.setInt(1, datasetId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          hashes.add(rs.getString(1));
        }
      }
    }
    if (hashes.isEmpty()) {
      return Optional.empty();
    }
    // sorted here, not by the database, whose collation may not be the code-point order
    java.util.Collections.sort(hashes);
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(String.join(",", hashes).getBytes(StandardCharsets.UTF_8));
      return Optional.of(HexFormat.of().formatHex(digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
