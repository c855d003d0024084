package org.yesan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Where crash trials keep their named stores (the state before, the state after, the trial's own
 * copy): DuckDB files in the work folder, or databases of one PostgreSQL server.
 */
sealed interface TrialStores {

  /** The {@code --db} address of the store called {@code name}. */
  String address(String name);

  /** Makes {@code to} an exact copy of {@code from}, replacing what {@code to} held. */
  void copy(String from, String to) throws IOException;

  /** Removes the store called {@code name} if it exists. */
  void delete(String name) throws IOException;

  /** Makes the store called {@code name} empty, ready for a first import. */
  void empty(String name) throws IOException;

  /** A plain JDBC connection that reads the store called {@code name}, bypassing Yesan. */
  Connection read(String name) throws SQLException;

  /** Files {@code NAME.duckdb} (and their write-ahead logs) in one folder. */
  record DuckDbFiles(Path folder) implements TrialStores {
    @Override
    public String address(String name) {
      return file(name).toString();
    }

    private Path file(String name) {
      return folder.resolve(name + ".duckdb");
    }

    @Override
    public void copy(String from, String to) throws IOException {
      delete(to);
      Files.copy(file(from), file(to), StandardCopyOption.REPLACE_EXISTING);
      Path wal = Path.of(file(from) + ".wal");
      if (Files.exists(wal)) {
        Files.copy(wal, Path.of(file(to) + ".wal"), StandardCopyOption.REPLACE_EXISTING);
      }
    }

    @Override
    public void delete(String name) throws IOException {
      Files.deleteIfExists(file(name));
      Files.deleteIfExists(Path.of(file(name) + ".wal"));
    }

    @Override
    public void empty(String name) throws IOException {
      delete(name);
    }

    @Override
    public Connection read(String name) throws SQLException {
      java.util.Properties p = new java.util.Properties();
      p.setProperty("duckdb.read_only", "true");
      return DriverManager.getConnection("jdbc:duckdb:" + file(name), p);
    }
  }

  /**
   * Databases of one PostgreSQL server, {@code server} being {@code postgresql://USER@HOST:PORT}
   * with no database; a copy is {@code CREATE DATABASE … TEMPLATE}, which PostgreSQL makes from the
   * template's files while no session is connected to it.
   */
  record PostgresDatabases(String server) implements TrialStores {

    private static final Pattern SERVER = Pattern.compile("postgresql://([^@/]+)@([^/]+)");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    public PostgresDatabases {
      if (!SERVER.matcher(server).matches()) {
        throw new IllegalArgumentException(
            "expected postgresql://USER@HOST:PORT with no database, found " + server);
      }
    }

    @Override
    public String address(String name) {
      return server + "/" + checked(name);
    }

    @Override
    public void copy(String from, String to) throws IOException {
      admin(
          "DROP DATABASE IF EXISTS " + checked(to) + " WITH (FORCE)",
          "CREATE DATABASE " + checked(to) + " TEMPLATE " + checked(from));
    }

    @Override
    public void delete(String name) throws IOException {
      admin("DROP DATABASE IF EXISTS " + checked(name) + " WITH (FORCE)");
    }

    @Override
    public void empty(String name) throws IOException {
      admin(
          "DROP DATABASE IF EXISTS " + checked(name) + " WITH (FORCE)",
          "CREATE DATABASE " + checked(name));
    }

    private static String checked(String name) {
      if (!NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("not a database name: " + name);
      }
      return name;
    }

    @Override
    public Connection read(String name) throws SQLException {
      return DriverManager.getConnection(jdbc(name));
    }

    private String jdbc(String name) {
      var m = SERVER.matcher(server);
      if (!m.matches()) {
        throw new IllegalStateException(server);
      }
      return "jdbc:postgresql://" + m.group(2) + "/" + checked(name) + "?user=" + m.group(1);
    }

    private void admin(String... statements) throws IOException {
      try (Connection c = DriverManager.getConnection(jdbc("postgres"));
          Statement s = c.createStatement()) {
        for (String sql : statements) {
          s.execute(sql);
        }
      } catch (SQLException e) {
        throw new IOException(String.join("; ", statements) + ": " + e.getMessage(), e);
      }
    }
  }
}
