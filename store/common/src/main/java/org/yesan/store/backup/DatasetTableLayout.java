package org.yesan.store.backup;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yesan.store.sql.TableNames;

/**
 * The statements that remake a dataset's table for a restore, from the store's own DDL of its fact
 * and line tables: a line table gets back the level columns that imports had added to it.
 */
public final class DatasetTableLayout {

  private static final Pattern LEVEL_COLUMN = Pattern.compile("[a-z][a-z0-9_]*");

  private DatasetTableLayout() {}

  /**
   * @param facts the store's {@code CREATE TABLE} of a dataset's fact table
   * @param lines the store's {@code CREATE TABLE} of a dataset's line table, without level columns
   */
  public static List<String> statements(
      String table, List<String> columns, IntFunction<String> facts, IntFunction<String> lines) {
    return statementsOf(table, columns, id -> List.of(facts.apply(id)), lines);
  }

  /**
   * @param facts the store's statements that make a dataset's fact table
   * @param lines the store's {@code CREATE TABLE} of a dataset's line table, without level columns
   */
  public static List<String> statementsOf(
      String table,
      List<String> columns,
      IntFunction<List<String>> facts,
      IntFunction<String> lines) {
    Matcher m = BackupTables.DATASET_TABLE.matcher(table);
    if (!m.matches()) {
      throw new BackupException("not a dataset's table: " + table);
    }
    int datasetId = Integer.parseInt(m.group(2));
    List<String> out = new ArrayList<>();
    if (m.group(1).equals("facts")) {
      out.addAll(facts.apply(datasetId));
      return out;
    }
    out.add(lines.apply(datasetId));
    for (String column : columns) {
      if (column.equals("line_id")) {
        continue;
      }
      // names come from the backup's manifest: only what an import could have made is accepted
      if (!LEVEL_COLUMN.matcher(column).matches()) {
        throw new BackupException("not a level column of " + table + ": " + column);
      }
      out.add(
          "ALTER TABLE " + TableNames.lineTable(datasetId) + " ADD COLUMN " + column + " VARCHAR");
    }
    return out;
  }
}
