package org.yesan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** The targets endpoints on the shared dashboard server (a real server on a free port). */
class TargetRoutesApiTest {

  private final DashboardFixture fx = DashboardFixture.shared();

  private static JsonNode byField(JsonNode array, String field, String value) {
    for (JsonNode n : array) {
      if (n.path(field).asText().equals(value)) {
        return n;
      }
    }
    throw new AssertionError("no element with " + field + "=" + value + " in " + array);
  }

  @Test
  void cycleGivesThe2026DatesAgainstTheirLegalDeadlines() {
    JsonNode c = fx.json("/api/v1/cycle?year=2026").get("cycles").get(0);
    assertThat(c.get("fiscal_year").asInt()).isEqualTo(2026);
    JsonNode submission = byField(c.get("deadlines"), "event", "submission");
    JsonNode passage = byField(c.get("deadlines"), "event", "passage");
    LocalDate start = LocalDate.of(2026, 1, 1);
    assertThat(submission.get("deadline").asText()).isEqualTo(start.minusDays(120).toString());
    assertThat(submission.get("date").asText()).isEqualTo("2025-09-03");
    assertThat(submission.get("outcome").asText()).isEqualTo("met");
    assertThat(passage.get("deadline").asText()).isEqualTo(start.minusDays(30).toString());
    long late =
        ChronoUnit.DAYS.between(
            LocalDate.parse(passage.get("deadline").asText()),
            LocalDate.parse(passage.get("date").asText()));
    assertThat(passage.get("days_late").asLong()).isEqualTo(late).isZero();
    assertThat(c.get("years_since_last_on_time_passage").asInt()).isEqualTo(5);
    assertThat(byField(c.get("events"), "event", "passage").get("source").get("url").asText())
        .startsWith("https://");
  }

  @Test
  void anUnknownYearIsAProblemNotAnEmptyList() {
    HttpResponse<byte[]> r = fx.get("/api/v1/cycle?year=1990");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(DashboardFixture.parse(r).get("detail").asText()).contains("1990");
  }

  @Test
  void envelopesGiveTheAiRatioAndTheFundsProgress() {
    JsonNode envelopes = fx.json("/api/v1/envelopes").get("envelopes");
    JsonNode ai = byField(envelopes, "id", "ai-transformation");
    JsonNode y2026 = null;
    JsonNode y2025 = null;
    for (JsonNode a : ai.get("amounts")) {
      if (a.get("fiscal_year").asInt() == 2026 && a.get("stage").asText().equals("proposal")) {
        y2026 = a;
      }
      if (a.get("fiscal_year").asInt() == 2025 && a.get("stage").asText().equals("enacted")) {
        y2025 = a;
      }
    }
    BigDecimal a = new BigDecimal(y2026.get("amount").asText());
    BigDecimal b = new BigDecimal(y2025.get("amount").asText());
    assertThat(a).isEqualByComparingTo("10100000000000");
    assertThat(y2026.get("amount_readable").get("ko").asText()).isEqualTo("10.1조원");
    assertThat(new BigDecimal(y2026.get("times_prior_year").asText()))
        .isEqualByComparingTo(a.divide(b, 2, RoundingMode.HALF_UP))
        .isEqualByComparingTo("3.06");

    JsonNode fund = byField(envelopes, "id", "national-growth-fund");
    assertThat(fund.get("total").asText()).isEqualTo("150000000000000");
    assertThat(fund.get("to_year").asInt() - fund.get("from_year").asInt() + 1).isEqualTo(5);
    JsonNode p = fund.get("progress");
    assertThat(p.get("basis").asText()).isEqualTo("deployment");
    assertThat(p.get("at_least").asBoolean()).isTrue();
    assertThat(new BigDecimal(p.get("left").asText()).add(new BigDecimal(p.get("filled").asText())))
        .isEqualByComparingTo(fund.get("total").asText());
  }

  @Test
  void targetsAndCommitmentsCarryTheirFiguresAndSources() {
    JsonNode gpu = byField(fx.json("/api/v1/targets").get("targets"), "id", "gpu-government");
    assertThat(gpu.get("baseline").asText()).isEqualTo("21000");
    assertThat(gpu.get("goal").asText()).isEqualTo("35000");
    assertThat(gpu.get("planned").asText()).isEqualTo("36000");
    assertThat(gpu.get("goal_reached_on_plan").asBoolean()).isTrue();
    JsonNode funding = byField(gpu.get("points"), "kind", "funding");
    assertThat(funding.get("won").asText()).isEqualTo("2108700000000");

    JsonNode opcon =
        byField(
            fx.json("/api/v1/commitments?as_of=2026-12-01").get("commitments"), "id", "opcon-2030");
    assertThat(opcon.get("deadline").asText()).isEqualTo("2030");
    assertThat(opcon.get("status").asText()).isEqualTo("announced");
    assertThat(opcon.get("overdue").asBoolean()).isFalse();
    assertThat(opcon.get("history").size()).isEqualTo(3);
    assertThat(fx.get("/api/v1/commitments?as_of=tomorrow").statusCode()).isEqualTo(400);
  }

  @Test
  void theEndpointsAreInTheOpenApiDocumentAndAnswerCsv() {
    JsonNode paths = fx.json("/api/v1/openapi.json").get("paths");
    for (String p :
        new String[] {
          "/api/v1/targets", "/api/v1/commitments", "/api/v1/envelopes", "/api/v1/cycle"
        }) {
      assertThat(paths.has(p)).as(p).isTrue();
    }
    String csv = DashboardFixture.text(fx.get("/api/v1/cycle?year=2026&format=csv"));
    assertThat(csv).contains("2026,main,passage,2025-12-02,2025-12-02,0,met,");
  }
}
