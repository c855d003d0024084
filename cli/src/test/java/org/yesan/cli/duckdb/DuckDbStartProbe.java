package org.yesan.cli.duckdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

/**
 * Starts DuckDB once and prints what it answered and how many copies of its native library it left
 * in the temporary folder while running, for {@link UnpackedDuckDbTest}.
 */
public final class DuckDbStartProbe {
  private DuckDbStartProbe() {}

  public static void main(String[] args) throws SQLException, IOException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT 6 * 7")) {
      rs.next();
      System.out.println("answer " + rs.getInt(1));
    }
    // The driver deletes its copy only when the JVM exits, so count while it still runs.
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      System.out.println(
          "copies "
              + files.filter(f -> f.getFileName().toString().startsWith("libduckdb_java")).count());
    }
  }
}
