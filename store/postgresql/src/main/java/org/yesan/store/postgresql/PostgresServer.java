package org.yesan.store.postgresql;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Where a PostgreSQL store lives: the JDBC address of its database, who logs in, and the driver
 * parameters of the connection (TLS, timeouts, the application name). The password is never part of
 * {@link #described()}, which messages show.
 */
public record PostgresServer(
    String host,
    int port,
    String database,
    Optional<String> user,
    Optional<String> password,
    SortedMap<String, String> parameters) {

  /**
   * The PgJDBC parameters an address may carry, by the name the driver knows. Parameters that load
   * classes or write files (socketFactory, loggerFile …) are left out on purpose: an address is
   * often copied from a configuration file that more people can edit than can run code.
   */
  public static final Set<String> DRIVER_PARAMETERS =
      Set.of(
          "ApplicationName",
          "assumeMinServerVersion",
          "cancelSignalTimeout",
          "channelBinding",
          "connectTimeout",
          "currentSchema",
          "gssEncMode",
          "hostRecheckSeconds",
          "loadBalanceHosts",
          "loginTimeout",
          "options",
          "prepareThreshold",
          "preferQueryMode",
          "socketTimeout",
          "ssl",
          "sslcert",
          "sslhostnameverifier",
          "sslkey",
          "sslmode",
          "sslpassword",
          "sslrootcert",
          "targetServerType",
          "tcpKeepAlive");

  /** libpq's names for parameters that PgJDBC spells otherwise, so that a psql address works. */
  public static final Map<String, String> LIBPQ_NAMES =
      Map.of(
          "application_name", "ApplicationName",
          "connect_timeout", "connectTimeout",
          "target_session_attrs", "targetServerType");

  private static final Set<String> SECRET_PARAMETERS = Set.of("sslpassword");

  public PostgresServer {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(parameters, "parameters");
    if (host.isBlank()) {
      throw new IllegalArgumentException("a PostgreSQL address needs a host, found none");
    }
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("a port from 1 to 65535, found " + port);
    }
    if (database.isBlank()) {
      throw new IllegalArgumentException("a PostgreSQL address needs a database name, found none");
    }
    SortedMap<String, String> known = new TreeMap<>();
    for (Map.Entry<String, String> p : parameters.entrySet()) {
      String name = LIBPQ_NAMES.getOrDefault(p.getKey(), p.getKey());
      if (!DRIVER_PARAMETERS.contains(name)) {
        throw new IllegalArgumentException(
            "unknown PostgreSQL parameter '"
                + p.getKey()
                + "'; expected one of "
                + DRIVER_PARAMETERS.stream().sorted().collect(Collectors.joining(", "))
                + " (or libpq's "
                + LIBPQ_NAMES.keySet().stream().sorted().collect(Collectors.joining(", "))
                + ")");
      }
      if (known.put(name, Objects.requireNonNull(p.getValue(), name)) != null) {
        throw new IllegalArgumentException("PostgreSQL parameter '" + name + "' given twice");
      }
    }
    parameters = java.util.Collections.unmodifiableSortedMap(known);
  }

  /** An address without driver parameters. */
  public PostgresServer(
      String host, int port, String database, Optional<String> user, Optional<String> password) {
    this(host, port, database, user, password, new TreeMap<>());
  }

  /** The JDBC address the driver opens, with the parameters; user and password go separately. */
  public String jdbcUrl() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    String query =
        parameters.entrySet().stream()
            .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return "jdbc:postgresql://"
        + h
        + ":"
        + port
        + "/"
        + URLEncoder.encode(database, StandardCharsets.UTF_8)
        + (query.isEmpty() ? "" : "?" + query);
  }

  /**
   * How messages name it: {@code postgresql://USER@HOST:PORT/DB?sslmode=…}, without the password or
   * a key's pass phrase.
   */
  public String described() {
    String query =
        parameters.entrySet().stream()
            .map(
                p ->
                    p.getKey()
                        + "="
                        + (SECRET_PARAMETERS.contains(p.getKey()) ? "***" : p.getValue()))
            .collect(Collectors.joining("&"));
    return "postgresql://"
        + user.map(u -> u + "@").orElse("")
        + host
        + ":"
        + port
        + "/"
        + database
        + (query.isEmpty() ? "" : "?" + query);
  }
}
