package org.yesan.store.postgresql;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a PostgreSQL store lives: the JDBC address of its database and who logs in. The password is
 * never part of {@link #described()}, which messages show.
 */
public record PostgresServer(
    String host, int port, String database, Optional<String> user, Optional<String> password) {

  public PostgresServer {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(database, "database");
    if (host.isBlank()) {
      throw new IllegalArgumentException("a PostgreSQL address needs a host, found none");
    }
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("a port from 1 to 65535, found " + port);
    }
    if (database.isBlank()) {
      throw new IllegalArgumentException("a PostgreSQL address needs a database name, found none");
    }
  }

  /** The JDBC address the driver opens. */
  public String jdbcUrl() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return "jdbc:postgresql://"
        + h
        + ":"
        + port
        + "/"
        + java.net.URLEncoder.encode(database, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** How messages name it: {@code postgresql://USER@HOST:PORT/DB}, without the password. */
  public String described() {
    return "postgresql://" + user.map(u -> u + "@").orElse("") + host + ":" + port + "/" + database;
  }
}
