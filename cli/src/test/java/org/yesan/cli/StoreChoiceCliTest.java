package org.yesan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yesan.store.postgresql.LocalPostgres;
import org.yesan.store.postgresql.PostgresServer;

/** The store chosen by {@code --db}: a file, a PostgreSQL database, or a refusal. */
class StoreChoiceCliTest {

  @TempDir Path dir;

  @Test
  void anUnknownSchemeIsRefusedAndMakesNoFolder() {
    for (String address : new String[] {"mysql://localhost/budget", "foo:bar"}) {
      String scheme = address.substring(0, address.indexOf(':') + 1);
      Cli.Run r = new Cli(address).run("datasets");
      assertThat(r.exit()).as(address).isEqualTo(2);
      assertThat(r.err()).contains("--db: unknown store scheme '" + scheme + "'");
      assertThat(Path.of(scheme)).doesNotExist();
    }
  }

  @Test
  void aServerThatIsNotThereIsAStoreFailure() {
    Cli.Run r = new Cli("postgresql://127.0.0.1:1/nothing").run("datasets");
    assertThat(r.exit()).isEqualTo(YesanCli.EXIT_STORE);
    assertThat(r.err()).contains("yesan: cannot connect to postgresql://127.0.0.1:1/nothing");
  }

  @Test
  void aPostgresDatabaseAnswersAsTheFileDoes() {
    Path out2018 = Cli.shared().resolve("data/kr-openfiscal-2007-2018/out_2018.csv");
    PostgresServer pg = LocalPostgres.newDatabase();
    Cli server = new Cli("postgresql://yesan@127.0.0.1:" + pg.port() + "/" + pg.database());
    Cli file = new Cli(dir.resolve("y.duckdb"));
    for (Cli cli : new Cli[] {server, file}) {
      assertThat(cli.run("import", "--quiet", out2018.toString()).exit()).isZero();
    }
    String[] query = {
      "query",
      "--dataset",
      "kr-openfiscal",
      "--drilldown",
      "ministry",
      "--measure",
      "expenditure",
      "--year",
      "2018",
      "--stage",
      "enacted",
      "--order",
      "amount:desc"
    };
    Cli.Run fromServer = server.run(query);
    Cli.Run fromFile = file.run(query);
    assertThat(fromServer.exit()).as(fromServer.err()).isZero();
    assertThat(fromServer.out()).isEqualTo(fromFile.out()).contains("국방부");
    Cli.Run validated = server.run("validate", "--dataset", "kr-openfiscal");
    assertThat(validated.out()).isEqualTo(file.run("validate", "--dataset", "kr-openfiscal").out());
    assertThat(Files.exists(Path.of("postgresql:"))).isFalse();
  }
}
