package org.yesan.app.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yesan.store.postgresql.PostgresServer;

class StoreLocationTest {

  private static StoreLocation parse(String text) {
    return StoreLocation.parse(text, Map.of());
  }

  @Test
  void pathsAndDuckdbAddressesAreFiles() {
    assertThat(parse("/tmp/x/yesan.duckdb"))
        .isEqualTo(new StoreLocation.Embedded(Path.of("/tmp/x/yesan.duckdb")));
    assertThat(parse("store.duckdb"))
        .isEqualTo(new StoreLocation.Embedded(Path.of("store.duckdb")));
    assertThat(parse("duckdb:/tmp/a.duckdb"))
        .isEqualTo(new StoreLocation.Embedded(Path.of("/tmp/a.duckdb")));
    // a folder before the first colon, a leading ./, or one drive letter: still a path
    assertThat(parse("data/x:y.duckdb")).isInstanceOf(StoreLocation.Embedded.class);
    assertThat(parse("./foo:bar")).isEqualTo(new StoreLocation.Embedded(Path.of("./foo:bar")));
    assertThat(parse("C:\\budget\\yesan.duckdb")).isInstanceOf(StoreLocation.Embedded.class);
    assertThat(parse("C:budget.duckdb")).isInstanceOf(StoreLocation.Embedded.class);
  }

  @Test
  void postgresAddressesNameServerDatabaseAndUser() {
    assertThat(parse("postgresql://ana:s%3Acret@db.example:6543/budget"))
        .isEqualTo(
            new StoreLocation.Server(
                new PostgresServer(
                    "db.example", 6543, "budget", Optional.of("ana"), Optional.of("s:cret"))));
    StoreLocation bare =
        StoreLocation.parse(
            "postgres://localhost/yesan", Map.of("PGUSER", "bo", "PGPASSWORD", "pw"));
    assertThat(bare)
        .isEqualTo(
            new StoreLocation.Server(
                new PostgresServer(
                    "localhost", 5432, "yesan", Optional.of("bo"), Optional.of("pw"))));
    assertThat(bare.described()).isEqualTo("postgresql://bo@localhost:5432/yesan");
    assertThat(((StoreLocation.Server) bare).server().jdbcUrl())
        .isEqualTo("jdbc:postgresql://localhost:5432/yesan");
    // the URL's own user wins over the environment's, and a password never shows
    StoreLocation own =
        StoreLocation.parse("postgresql://cy:pw@h:1/d", Map.of("PGUSER", "bo", "PGPASSWORD", "x"));
    assertThat(own.described()).isEqualTo("postgresql://cy@h:1/d");
    assertThat(((StoreLocation.Server) own).server().password()).contains("pw");
  }

  @Test
  void unknownSchemesAndBrokenAddressesAreRefused() {
    assertThatThrownBy(() -> parse("mysql://h/db"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "--db: unknown store scheme 'mysql:'; expected a file path, duckdb:PATH or"
                + " postgresql://HOST:PORT/DB (write ./mysql://h/db for a file whose name holds a"
                + " colon)");
    assertThatThrownBy(() -> parse("foo:bar"))
        .hasMessageStartingWith("--db: unknown store scheme 'foo:'");
    assertThatThrownBy(() -> parse("postgresql://h"))
        .hasMessage(
            "--db: expected postgresql://[USER[:PASSWORD]@]HOST[:PORT]/DB, found postgresql://h");
    assertThatThrownBy(() -> parse("postgresql://u:secret@/db"))
        .hasMessage(
            "--db: expected postgresql://[USER[:PASSWORD]@]HOST[:PORT]/DB, found"
                + " postgresql://u:***@/db");
    assertThatThrownBy(() -> parse("postgresql://h/db#x"))
        .hasMessageStartingWith("--db: expected postgresql://HOST:PORT/DB[?PARAMETER=VALUE&…]");
    assertThatThrownBy(() -> parse("duckdb:"))
        .hasMessage("--db: expected duckdb:PATH, found duckdb:");
    assertThatThrownBy(() -> parse(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void driverParametersPassThroughAndUnknownOnesAreRefused() {
    StoreLocation.Server tls =
        (StoreLocation.Server)
            parse(
                "postgresql://ana:pw@db.example/budget?sslmode=verify-full"
                    + "&sslrootcert=%2Fetc%2Fssl%2Froot.crt&application_name=yesan%20web"
                    + "&connectTimeout=5&sslpassword=k3y");
    assertThat(tls.server().parameters())
        .containsExactly(
            Map.entry("ApplicationName", "yesan web"),
            Map.entry("connectTimeout", "5"),
            Map.entry("sslmode", "verify-full"),
            Map.entry("sslpassword", "k3y"),
            Map.entry("sslrootcert", "/etc/ssl/root.crt"));
    assertThat(tls.server().jdbcUrl())
        .isEqualTo(
            "jdbc:postgresql://db.example:5432/budget?ApplicationName=yesan+web&connectTimeout=5"
                + "&sslmode=verify-full&sslpassword=k3y&sslrootcert=%2Fetc%2Fssl%2Froot.crt");
    // neither the password nor the key's pass phrase shows
    assertThat(tls.described())
        .isEqualTo(
            "postgresql://ana@db.example:5432/budget?ApplicationName=yesan web&connectTimeout=5"
                + "&sslmode=verify-full&sslpassword=***&sslrootcert=/etc/ssl/root.crt");
    assertThatThrownBy(() -> parse("postgresql://h/db?sslmode=require&socketFactory=x.Evil"))
        .hasMessageStartingWith(
            "--db: unknown PostgreSQL parameter 'socketFactory'; expected one of ApplicationName,");
    assertThatThrownBy(() -> parse("postgresql://h/db?sslmode"))
        .hasMessage(
            "--db: expected PARAMETER=VALUE after '?', found 'sslmode' in postgresql://h/db?sslmode");
    assertThatThrownBy(() -> parse("postgresql://h/db?sslmode=a&sslmode=b"))
        .hasMessage("--db: parameter 'sslmode' given twice");
    assertThatThrownBy(() -> parse("postgresql://h/db?connect_timeout=1&connectTimeout=2"))
        .hasMessage("--db: PostgreSQL parameter 'connectTimeout' given twice");
    assertThatThrownBy(() -> parse("postgresql://h/db?password=x"))
        .hasMessageStartingWith("--db: write the password as postgresql://USER:PASSWORD@HOST/DB");
  }
}
