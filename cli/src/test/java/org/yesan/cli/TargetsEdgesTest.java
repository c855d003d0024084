package org.yesan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Targets, envelopes, commitments and the budget cycle asked of the CLI and of the server the same
 * way give the same rows and refuse the same bad requests with the same message. Figures from
 * data/targets: gpu-government's baseline 21000 (2025-08-11) and goal 35000 (target-points.csv),
 * its 2026 funding 2.1087 trillion KRW = 2,108,700,000,000 won; FY2026 passage on 2025-12-02
 * (cycle.csv), 30 days before 2026-01-01 (Constitution art. 54).
 */
class TargetsEdgesTest {

  private static final BothEdges EDGES = BothEdges.shared();

  private static JsonNode rowOf(JsonNode rows, String field, String value) {
    for (JsonNode r : rows) {
      if (r.path(field).asText().equals(value)) {
        return r;
      }
    }
    throw new AssertionError("no row with " + field + "=" + value + " in " + rows);
  }

  private static JsonNode same(BothEdges.Answer cli, BothEdges.Answer api) {
    assertThat(cli.status()).as(cli.err()).isZero();
    assertThat(api.status()).as(api.body()).isEqualTo(200);
    assertThat(api.json().get("rows")).isEqualTo(cli.json());
    assertThat(cli.json().size()).isPositive();
    return cli.json();
  }

  @Test
  void aTargetIsTheSameOnBothEdges() {
    JsonNode rows =
        same(
            EDGES.cli("targets", "--id", "gpu-government"),
            EDGES.api("/api/v1/targets", Map.of("id", "gpu-government")));
    assertThat(rows).hasSize(1);
    JsonNode gpu = rows.get(0);
    assertThat(new BigDecimal(gpu.get("baseline").asText())).isEqualByComparingTo("21000");
    assertThat(new BigDecimal(gpu.get("goal").asText())).isEqualByComparingTo("35000");
    assertThat(new BigDecimal(gpu.get("funding").asText()))
        .isEqualByComparingTo(new BigDecimal("2.1087").movePointRight(12));
    assertThat(gpu.get("label").get("en").asText()).isNotBlank();

    JsonNode points =
        same(
            EDGES.cli("targets", "--id", "gpu-government", "--points"),
            EDGES.api("/api/v1/targets", Map.of("id", "gpu-government", "points", "true")));
    assertThat(rowOf(points, "kind", "baseline").get("date").asText()).isEqualTo("2025-08-11");
  }

  @Test
  void envelopesAndTheirProgressAreTheSameOnBothEdges() {
    same(EDGES.cli("envelopes"), EDGES.api("/api/v1/envelopes", Map.of()));
    JsonNode y2026 =
        same(
            EDGES.cli("envelopes", "--year", "2026"),
            EDGES.api("/api/v1/envelopes", Map.of("year", "2026")));
    for (JsonNode r : y2026) {
      assertThat(r.get("fiscal_year").asInt()).isEqualTo(2026);
    }
    JsonNode progress =
        same(
            EDGES.cli("envelopes", "--progress", "--year", "2026"),
            EDGES.api("/api/v1/envelopes", Map.of("progress", "true", "year", "2026")));
    for (JsonNode r : progress) {
      assertThat(r.get("as_of").asInt()).isEqualTo(2026);
    }
  }

  @Test
  void commitmentsOnADayAreTheSameOnBothEdges() {
    JsonNode rows =
        same(
            EDGES.cli("commitments", "--as-of", "2026-12-01"),
            EDGES.api("/api/v1/commitments", Map.of("as_of", "2026-12-01")));
    assertThat(rowOf(rows, "commitment", "opcon-2030").get("status").asText())
        .isEqualTo("announced");
    same(
        EDGES.cli("commitments", "--id", "opcon-2030", "--history"),
        EDGES.api("/api/v1/commitments", Map.of("id", "opcon-2030", "history", "true")));
  }

  @Test
  void aYearsCycleIsTheSameOnBothEdges() {
    JsonNode rows =
        same(
            EDGES.cli("cycle", "--year", "2026"),
            EDGES.api("/api/v1/cycle", Map.of("year", "2026")));
    JsonNode passage = null;
    for (JsonNode r : rows) {
      if (r.get("event").asText().equals("passage") && r.get("budget").asText().equals("main")) {
        passage = r;
      }
    }
    assertThat(passage).isNotNull();
    assertThat(passage.get("date").asText()).isEqualTo("2025-12-02");
    LocalDate deadline = LocalDate.of(2026, 1, 1).minusDays(30);
    assertThat(passage.get("deadline").asText()).isEqualTo(deadline.toString());
    assertThat(passage.get("days_late").asLong())
        .isEqualTo(ChronoUnit.DAYS.between(deadline, LocalDate.of(2025, 12, 2)));
  }

  @Test
  void theSameBadRequestIsRefusedTheSameWay() {
    BothEdges.sameQueryError(
        EDGES.cli("targets", "--id", "no-such-target"),
        EDGES.api("/api/v1/targets", Map.of("id", "no-such-target")));
    BothEdges.sameQueryError(
        EDGES.cli("envelopes", "--id", "no-such-envelope"),
        EDGES.api("/api/v1/envelopes", Map.of("id", "no-such-envelope")));
    BothEdges.sameQueryError(
        EDGES.cli("commitments", "--as-of", "tomorrow"),
        EDGES.api("/api/v1/commitments", Map.of("as_of", "tomorrow")));
    BothEdges.sameQueryError(
        EDGES.cli("cycle", "--year", "1990"), EDGES.api("/api/v1/cycle", Map.of("year", "1990")));
  }
}
