package org.yesan.store.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * How a store keeps the dataset tables a backup holds ({@code facts_N}, {@code lines_N}): by
 * default as the tables themselves; a store may keep a fact table as a view over rows elsewhere,
 * which the backup reads through the view and the restore writes where the store keeps them.
 */
public interface FactTableStorage {

  /** The tables kept as the backup holds them. */
  FactTableStorage PLAIN = new FactTableStorage() {};

  /** Whether a table holds rows that the backup reads through another table's name. */
  default boolean behindView(String table) {
    return false;
  }

  /** The statements that drop a dataset's table and whatever keeps its rows. */
  default List<String> drop(String table) {
    return List.of("DROP TABLE " + table);
  }

  /**
   * Checks, once a dataset's table is written to the backup with {@code rows} rows, that the backup
   * holds every row the store keeps for it.
   *
   * @throws BackupException when it does not
   */
  default void checkBackedUp(Connection c, String table, long rows) throws SQLException {}

  /** The table a restore inserts a dataset table's rows into, made here if need be. */
  default String restoreTarget(Connection c, String table) throws SQLException {
    return table;
  }

  /**
   * Moves the rows restored into {@link #restoreTarget} to where the store keeps them.
   *
   * @throws BackupException when the rows cannot be kept as the backup holds them
   */
  default void restored(Connection c, String table) throws SQLException {}
}
