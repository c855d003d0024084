package org.yesan.app.access;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yesan.store.postgresql.PostgresServer;

/**
 * Where the store is, parsed once from {@code --db} or {@code YESAN_DB}: an embedded DuckDB file (a
 * plain path or {@code duckdb:PATH}) or a PostgreSQL database ({@code
 * postgresql://HOST:PORT/DB?sslmode=…}).
 */
public sealed interface StoreLocation {

  /** The port PostgreSQL listens on unless the address names another. */
  int POSTGRES_PORT = 5432;

  /** A DuckDB file on this machine. */
  record Embedded(Path file) implements StoreLocation {
    @Override
    public String described() {
      return file.toString();
    }
  }

  /** A database on a PostgreSQL server, shared by every Yesan process that names it. */
  record Server(PostgresServer server) implements StoreLocation {
    @Override
    public String described() {
      return server.described();
    }
  }

  /** How messages name the store; never a password. */
  String described();

  // Two or more characters before the colon: "C:\budget.duckdb" and "C:budget" are Windows paths,
  // not schemes; a path with a folder before its first colon ("data/x:y") is no scheme either.
  Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.\\-]+):");

  /**
   * Parses a store address.
   *
   * @param environment where {@code PGUSER} and {@code PGPASSWORD} are looked up when the address
   *     names no user or password
   * @throws IllegalArgumentException for an unknown scheme or a malformed PostgreSQL address
   */
  static StoreLocation parse(String text, Map<String, String> environment) {
    if (text.isBlank()) {
      throw new IllegalArgumentException(
          "--db: expected a store file or postgresql://HOST:PORT/DB, found nothing");
    }
    Matcher m = SCHEME.matcher(text);
    if (!m.find()) {
      return new Embedded(Path.of(text));
    }
    String scheme = m.group(1).toLowerCase(Locale.ROOT);
    return switch (scheme) {
      case "duckdb" -> {
        String file = text.substring(m.end());
        if (file.isBlank()) {
          throw new IllegalArgumentException("--db: expected duckdb:PATH, found " + text);
        }
        yield new Embedded(Path.of(file));
      }
      case "postgresql", "postgres" -> new Server(server(text, environment));
      default ->
          throw new IllegalArgumentException(
              "--db: unknown store scheme '"
                  + m.group(1)
                  + ":'; expected a file path, duckdb:PATH or postgresql://HOST:PORT/DB (write"
                  + " ./"
                  + text
                  + " for a file whose name holds a colon)");
    };
  }

  private static PostgresServer server(String text, Map<String, String> environment) {
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "--db: expected postgresql://[USER[:PASSWORD]@]HOST[:PORT]/DB, found "
              + hidePassword(text)
              + " ("
              + e.getReason()
              + ")",
          e);
    }
    if (uri.getHost() == null || uri.getRawPath() == null || uri.getRawPath().length() < 2) {
      throw new IllegalArgumentException(
          "--db: expected postgresql://[USER[:PASSWORD]@]HOST[:PORT]/DB, found "
              + hidePassword(text));
    }
    if (uri.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "--db: expected postgresql://HOST:PORT/DB[?PARAMETER=VALUE&…] without a #fragment, found "
              + hidePassword(text));
    }
    SortedMap<String, String> parameters = parameters(uri.getRawQuery(), text);
    Optional<String> user = Optional.empty();
    Optional<String> password = Optional.empty();
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      user = Optional.of(decode(parts[0])).filter(u -> !u.isEmpty());
      if (parts.length == 2) {
        password = Optional.of(decode(parts[1]));
      }
    }
    user = user.or(() -> Optional.ofNullable(environment.get("PGUSER")).filter(u -> !u.isBlank()));
    password = password.or(() -> Optional.ofNullable(environment.get("PGPASSWORD")));
    String database = decode(uri.getRawPath().substring(1));
    try {
      return new PostgresServer(
          uri.getHost(),
          uri.getPort() < 0 ? POSTGRES_PORT : uri.getPort(),
          database,
          user,
          password,
          parameters);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--db: " + e.getMessage(), e);
    }
  }

  // The user and password belong before the host, where they are hidden from messages; in the
  // query they would be shown, and PgJDBC would take them over the ones given apart.
  private static SortedMap<String, String> parameters(String rawQuery, String text) {
    SortedMap<String, String> out = new TreeMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return out;
    }
    for (String pair : rawQuery.split("&", -1)) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException(
            "--db: expected PARAMETER=VALUE after '?', found '"
                + pair
                + "' in "
                + hidePassword(text));
      }
      String name = decode(pair.substring(0, eq));
      if (name.equals("user") || name.equals("password")) {
        throw new IllegalArgumentException(
            "--db: write the "
                + name
                + " as postgresql://USER:PASSWORD@HOST/DB (or PGUSER, PGPASSWORD), not as a"
                + " parameter");
      }
      if (out.put(name, decode(pair.substring(eq + 1))) != null) {
        throw new IllegalArgumentException("--db: parameter '" + name + "' given twice");
      }
    }
    return out;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static String hidePassword(String text) {
    return text.replaceFirst("//([^/@:]*):[^/@]*@", "//$1:***@");
  }
}
