package org.yesan.bench.api;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * One SQL statement exactly as the store issued it (captured from DuckDB's query log), with the
 * parameter values it was bound to, so that it can be rerun on raw DuckDB or on PostgreSQL.
 */
record StoreStatement(String role, String sql, List<Object> parameters) {

  StoreStatement {
    parameters = List.copyOf(parameters);
    long marks = sql.chars().filter(c -> c == '?').count();
    if (marks != parameters.size()) {
      throw new IllegalStateException(
          role + " has " + marks + " parameters, bench binds " + parameters.size() + ": " + sql);
    }
  }

  /** What a run returned: its rows and, when it has an {@code amount} column, their sum. */
  record Outcome(long rows, BigDecimal amountSum) {}

  /**
   * Prepares, binds, runs and reads every row, as the store does for each request; amounts are read
   * as BigDecimal, as the store reads them.
   */
  Outcome run(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        ps.setObject(i + 1, parameters.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        int amount = -1;
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          if (rs.getMetaData().getColumnLabel(i).equalsIgnoreCase("amount")) {
            amount = i;
          }
        }
        long rows = 0;
        BigDecimal sum = BigDecimal.ZERO;
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          rows++;
          for (int i = 1; i <= columns; i++) {
            Object v = i == amount ? rs.getBigDecimal(i) : rs.getObject(i);
            if (i == amount && v != null) {
              sum = sum.add((BigDecimal) v);
            }
          }
        }
        return new Outcome(rows, sum);
      }
    }
  }
}
