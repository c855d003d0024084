package org.yesan.store.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The tables of a store as its own schema lists them (information_schema), so that a backup takes
 * whatever tables later migrations add without a list of its own; ordered so that a table comes
 * after the tables its foreign keys point to.
 */
final class BackupTables {

  /** A dataset's own tables, made by the import that creates the dataset. */
  static final Pattern DATASET_TABLE = Pattern.compile("(facts|lines)_([0-9]+)");

  private BackupTables() {}

  /**
   * Table name to its columns (name to type), catalog tables in dependency order, then datasets.
   */
  static Map<String, Map<String, String>> list(Connection c, BackupAccess store)
      throws SQLException {
    List<String> excluded = store.versionTables();
    FactTableStorage storage = store.factTables();
    List<String> names = new ArrayList<>();
    // A view is a dataset's table when the store keeps its rows behind it; no other view is data.
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT table_name, table_type = 'VIEW' FROM information_schema.tables WHERE"
                    + " table_schema = current_schema() AND table_type IN ('BASE TABLE', 'VIEW')"
                    + " ORDER BY table_name")) {
      while (rs.next()) {
        String name = rs.getString(1);
        boolean view = rs.getBoolean(2);
        if (!excluded.contains(name)
            && !storage.behindView(name)
            && (!view || DATASET_TABLE.matcher(name).matches())) {
          names.add(name);
        }
      }
    }
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    for (String name : ordered(c, names)) {
      out.put(name, columns(c, name));
    }
    return out;
  }

  private static Map<String, String> columns(Connection c, String table) throws SQLException {
    Map<String, String> out = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema ="
                + " current_schema() AND table_name = ? ORDER BY ordinal_position")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    return out;
  }

  // Catalog tables first, each after those it refers to; dataset tables refer to nothing.
  private static List<String> ordered(Connection c, List<String> names) throws SQLException {
    Map<String, Set<String>> refersTo = new LinkedHashMap<>();
    DatabaseMetaData meta = c.getMetaData();
    for (String name : names) {
      Set<String> targets = new LinkedHashSet<>();
      if (!DATASET_TABLE.matcher(name).matches()) {
        try (ResultSet rs = meta.getImportedKeys(null, c.getSchema(), name)) {
          while (rs.next()) {
            String target = rs.getString("PKTABLE_NAME");
            if (!target.equals(name) && names.contains(target)) {
              targets.add(target);
            }
          }
        } catch (SQLFeatureNotSupportedException e) {
          // a driver without foreign key metadata: a store whose tables declare none
        }
      }
      refersTo.put(name, targets);
    }
    List<String> out = new ArrayList<>();
    List<String> datasets = new ArrayList<>();
    while (out.size() + datasets.size() < names.size()) {
      boolean progressed = false;
      for (String name : names) {
        if (out.contains(name) || datasets.contains(name)) {
          continue;
        }
        if (DATASET_TABLE.matcher(name).matches()) {
          datasets.add(name);
          progressed = true;
        } else if (out.containsAll(refersTo.get(name))) {
          out.add(name);
          progressed = true;
        }
      }
      if (!progressed) {
        throw new BackupException("the store's tables refer to each other in a cycle: " + names);
      }
    }
    out.addAll(datasets);
    return out;
  }
}
