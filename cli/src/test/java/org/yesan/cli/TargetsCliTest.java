package org.yesan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The four targets commands and the brief's section, run in-process on the bundled data. */
class TargetsCliTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Cli cli() {
    return new Cli(dir.resolve("x.duckdb"));
  }

  private JsonNode json(String... args) throws IOException {
    Cli.Run r = cli().run(args);
    assertThat(r.exit()).as(r.err()).isZero();
    return JSON.readTree(r.out());
  }

  private static JsonNode find(
      JsonNode rows, String field, String value, String field2, String value2) {
    for (JsonNode r : rows) {
      if (r.path(field).asText().equals(value) && r.path(field2).asText().equals(value2)) {
        return r;
      }
    }
    throw new AssertionError(
        "no row with " + field + "=" + value + " and " + field2 + "=" + value2);
  }

  @Test
  void cycleShowsThe2026DatesAgainstTheirDeadlines() throws IOException {
    JsonNode rows = json("cycle", "--year", "2026", "--format", "json");
    JsonNode submission = find(rows, "event", "submission", "budget", "main");
    JsonNode passage = find(rows, "event", "passage", "budget", "main");
    LocalDate start = LocalDate.of(2026, 1, 1);
    assertThat(LocalDate.parse(submission.get("deadline").asText()))
        .isEqualTo(start.minusDays(120));
    assertThat(submission.get("date").asText()).isEqualTo("2025-09-03");
    assertThat(submission.get("outcome").asText()).isEqualTo("met");
    assertThat(LocalDate.parse(passage.get("deadline").asText())).isEqualTo(start.minusDays(30));
    assertThat(passage.get("date").asText()).isEqualTo("2025-12-02");
    assertThat(passage.get("days_late").asLong()).isZero();

    Cli.Run table = cli().run("cycle", "--year", "2026");
    assertThat(table.out())
        .contains("the last budget passed by its legal deadline was FY2021 (5 years earlier)");
  }

  @Test
  void cycleMarksAYearWithoutASubmissionDateAsUnknown() throws IOException {
    JsonNode rows = json("cycle", "--year", "2019", "--format", "json");
    JsonNode submission = find(rows, "event", "submission", "budget", "main");
    assertThat(submission.get("date").isNull()).isTrue();
    assertThat(submission.get("outcome").asText()).isEqualTo("unknown");
    JsonNode passage = find(rows, "event", "passage", "budget", "main");
    long late =
        ChronoUnit.DAYS.between(
            LocalDate.of(2018, 12, 2), LocalDate.parse(passage.get("date").asText()));
    assertThat(passage.get("days_late").asLong()).isEqualTo(late);
  }

  @Test
  void envelopesShowTheAiBudgetTripledAndTheFundAsAFiveYearEnvelope() throws IOException {
    JsonNode rows = json("envelopes", "--format", "json");
    JsonNode ai2026 = find(rows, "envelope", "ai-transformation", "fiscal_year", "2026");
    JsonNode ai2025 = find(rows, "envelope", "ai-transformation", "fiscal_year", "2025");
    BigDecimal a = new BigDecimal(ai2026.get("amount").asText());
    BigDecimal b = new BigDecimal(ai2025.get("amount").asText());
    assertThat(a).isEqualByComparingTo("10100000000000");
    assertThat(b).isEqualByComparingTo("3300000000000");
    assertThat(ai2026.get("stage").asText()).isEqualTo("proposal");
    assertThat(new BigDecimal(ai2026.get("times_prior_year").asText()))
        .isEqualByComparingTo(a.divide(b, 2, RoundingMode.HALF_UP))
        .isEqualByComparingTo("3.06");
    assertThat(ai2026.get("readable").get("ko").asText()).isEqualTo("10.1조원");

    JsonNode progress = json("envelopes", "--progress", "--format", "json");
    JsonNode deployed = find(progress, "envelope", "national-growth-fund", "basis", "deployment");
    assertThat(deployed.get("period").asText()).isEqualTo("2026–2030");
    assertThat(new BigDecimal(deployed.get("total").asText()))
        .isEqualByComparingTo("150000000000000");
    assertThat(deployed.get("at_least").asText()).isEqualTo("yes");
    JsonNode budget = find(progress, "envelope", "national-growth-fund", "basis", "appropriation");
    assertThat(new BigDecimal(budget.get("filled").asText())).isEqualByComparingTo("1000000000000");
    assertThat(budget.get("left").isNull()).isTrue();
  }

  @Test
  void targetsShowTheGpuBaselineGoalAndTheMoneyBehindIt() throws IOException {
    JsonNode gpu =
        find(json("targets", "--format", "json"), "target", "gpu-government", "unit", "GPUs");
    assertThat(new BigDecimal(gpu.get("baseline").asText())).isEqualByComparingTo("21000");
    assertThat(new BigDecimal(gpu.get("goal").asText())).isEqualByComparingTo("35000");
    assertThat(new BigDecimal(gpu.get("planned").asText()))
        .isEqualByComparingTo(new BigDecimal("21000").add(new BigDecimal("15000")));
    assertThat(gpu.get("reached_on_plan").asText()).isEqualTo("yes");
    assertThat(gpu.get("funding_year").asText()).isEqualTo("2026");
    assertThat(new BigDecimal(gpu.get("funding").asText())).isEqualByComparingTo("2108700000000");
    assertThat(gpu.get("funding_readable").get("ko").asText()).isEqualTo("2조 1,087억원");

    JsonNode points = json("targets", "--id", "gpu-government", "--points", "--format", "json");
    JsonNode addition = find(points, "kind", "planned_addition", "target", "gpu-government");
    assertThat(new BigDecimal(addition.get("value").asText())).isEqualByComparingTo("15000");
    assertThat(addition.get("source").asText()).startsWith("https://");
  }

  @Test
  void commitmentsShowOpconWithItsDeadline() throws IOException {
    JsonNode rows =
        json("commitments", "--lang", "en", "--as-of", "2026-12-01", "--format", "json");
    JsonNode opcon = find(rows, "commitment", "opcon-2030", "deadline", "2030");
    assertThat(opcon.get("status").asText()).isEqualTo("announced");
    assertThat(opcon.get("overdue").asText()).isEqualTo("no");
    JsonNode passage = find(rows, "commitment", "passage-2025-12-02", "status", "met");
    assertThat(passage.get("days_late").asLong()).isZero();
    JsonNode history = json("commitments", "--id", "opcon-2030", "--history", "--format", "json");
    assertThat(history.size()).isEqualTo(3);
  }

  @Test
  void aUsersFileAddsRowsAndABrokenOneStopsEverything() throws IOException {
    Path mine = dir.resolve("my-cycle.csv");
    Files.writeString(
        mine,
        "fiscal_year,budget,event,date,source_url,publisher,source_date,note\n"
            + "2019,main,submission,2018-08-31,https://example.org/x,Example,2018-08-31,a test row\n",
        StandardCharsets.UTF_8);
    JsonNode rows = json("cycle", "--year", "2019", "--file", mine.toString(), "--format", "json");
    JsonNode submission = find(rows, "event", "submission", "budget", "main");
    assertThat(submission.get("outcome").asText()).isEqualTo("met");
    assertThat(submission.get("days_late").asLong()).isEqualTo(-3);

    Path broken = dir.resolve("broken.csv");
    Files.writeString(
        broken,
        "fiscal_year,budget,event,date,source_url,publisher,source_date,note\n"
            + "2019,main,submission,31/08/2018,https://example.org/x,Example,2018-08-31,\n",
        StandardCharsets.UTF_8);
    Cli.Run r = cli().run("cycle", "--file", broken.toString());
    assertThat(r.exit()).isEqualTo(YesanCli.EXIT_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .contains(
            broken + ":2:4: expected a date as yyyy, yyyy-mm or yyyy-mm-dd, found '31/08/2018'");
  }

  @Test
  void theBriefHasASectionOnTheYearsPromises() {
    Cli.Run r = cli().run("demo", "--brief", "--lang", "en");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("FY2026: calendar, promises and envelopes")
        .contains("passed 2025-12-02 (legal deadline 2025-12-02, on time)")
        .contains("first on-time passage since the FY2021 budget, 5 years earlier")
        .contains("proposal 10.1 trillion won (3.06× the year before)")
        .contains("goal 35,000 by 2030");
  }
}
