package org.yesan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A comparison is drilled down only by levels the compared measure has members at. In the shared
 * headline data (kr-headline/total_expenditure.csv) the rows of 총지출 (sector_en "total") carry no
 * sector and the twelve sectors belong to sector_allocation, so total expenditure has no sector
 * members.
 */
class CompareLevelsCliTest {

  @TempDir static Path dir;

  private static Cli cli;

  @BeforeAll
  static void loadTheHeadlineData() {
    cli = new Cli(dir.resolve("levels.duckdb"));
    Cli.Run demo = cli.run("demo", "--brief", "--shared", dir.toString());
    assertThat(demo.exit()).as(demo.err()).isZero();
  }

  private static Cli.Run compare(String measure, String... more) {
    java.util.List<String> args =
        new java.util.ArrayList<>(
            java.util.List.of(
                "compare",
                "--dataset",
                "kr-headline",
                "--measure",
                measure,
                "--stage",
                "enacted",
                "--years",
                "2025,2026",
                "--format",
                "json"));
    args.addAll(java.util.List.of(more));
    return cli.run(args.toArray(String[]::new));
  }

  @Test
  void aLevelTheMeasureHasNoMembersAtIsRefusedNamingTheLevelsItHas() {
    Cli.Run r = compare("total_expenditure", "--drilldown", "sector");
    assertThat(r.exit()).isEqualTo(YesanCli.EXIT_QUERY);
    assertThat(r.err().strip())
        .isEqualTo(
            "yesan: drilldown: total_expenditure has no members at sector; drill down by nothing"
                + " (it has no members at any level)");
  }

  @Test
  void aLevelTheMeasureHasIsCompared() throws IOException {
    Cli.Run r = compare("sector_allocation", "--drilldown", "sector");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode rows = new ObjectMapper().readTree(r.out());
    assertThat(rows.size()).isGreaterThan(1);
    for (JsonNode row : rows) {
      assertThat(row.get("sector").isNull()).isFalse();
    }
  }

  @Test
  void withoutDrilldownTheMeasuresWholeIsOneRow() throws IOException {
    Cli.Run r = compare("total_expenditure");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(new ObjectMapper().readTree(r.out())).hasSize(1);
  }
}
