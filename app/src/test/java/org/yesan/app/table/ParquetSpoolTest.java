package org.yesan.app.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large Parquet export arrives whole through a plain stream, and its spool is bounded. */
class ParquetSpoolTest {

  private static final int ROWS = 400_000;
  private static final List<Column> COLUMNS =
      List.of(
          new Column("unit_project", Column.Kind.TEXT),
          new Column("fiscal_year", Column.Kind.YEAR),
          new Column("amount", Column.Kind.AMOUNT));

  @TempDir Path dir;

  private static List<Optional<Object>> row(int i) {
    return List.of(
        Optional.of("단위사업 " + i),
        Optional.of(2007 + i % 12),
        Optional.of(BigDecimal.valueOf(i).multiply(BigDecimal.valueOf(1000)).add(BigDecimal.ONE)));
  }

  @Test
  void aLargeExportArrivesWholeThroughAStreamThatCannotSeek() throws Exception {
    Path file = dir.resolve("large.parquet");
    // a stream, not a file: what a response body is
    try (OutputStream out = Files.newOutputStream(file);
        ParquetTableWriter w = new ParquetTableWriter(COLUMNS, out)) {
      for (int i = 0; i < ROWS; i++) {
        w.row(row(i));
      }
    }
    // Σ (1000 i + 1) for i < n = 1000 n (n − 1) / 2 + n
    long n = ROWS;
    BigDecimal expected = BigDecimal.valueOf(1000 * n * (n - 1) / 2 + n);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*), sum(amount), count(DISTINCT unit_project) FROM '" + file + "'")) {
      rs.next();
      assertThat(rs.getLong(1)).isEqualTo(ROWS);
      assertThat(rs.getBigDecimal(2)).isEqualByComparingTo(expected);
      assertThat(rs.getLong(3)).isEqualTo(ROWS);
    }
  }

  @Test
  void aSpoolPastItsBoundFailsTheExportAndLeavesNoScratch() throws IOException {
    Path file = dir.resolve("refused.parquet");
    try (OutputStream out = Files.newOutputStream(file)) {
      ParquetTableWriter w = new ParquetTableWriter(COLUMNS, out, 1024);
      assertThatThrownBy(
              () -> {
                for (int i = 0; i < ParquetTableWriter.CHECK_EVERY; i++) {
                  w.row(row(i));
                }
              })
          .isInstanceOf(IOException.class)
          .hasMessageContaining("passed 1024 bytes after " + ParquetTableWriter.CHECK_EVERY)
          .hasMessageContaining("export as CSV");
      w.close();
    }
    assertThat(Files.size(file)).isZero();
  }
}
