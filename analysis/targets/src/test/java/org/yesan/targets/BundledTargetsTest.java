package org.yesan.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.yesan.ingest.CsvTable;
import org.yesan.targets.csv.TargetFiles;

/** The bundled register against figures the test computes itself from the raw files. */
class BundledTargetsTest {

  private static final BigDecimal JO = BigDecimal.TEN.pow(12);
  private static final Path DATA = Path.of(System.getProperty("user.dir"), "../../data/targets");
  private final TargetRegister register = TargetFiles.bundled();

  /** The raw rows of a bundled file, column name to value, read without the targets reader. */
  private static List<Map<String, String>> raw(String name) {
    List<Map<String, String>> rows = new ArrayList<>();
    try (CsvTable t = CsvTable.open(DATA.resolve(name))) {
      t.forEachRow(
          r -> {
            Map<String, String> m = new TreeMap<>();
            for (int i = 0; i < t.header().size(); i++) {
              m.put(t.header().get(i), r.field(i));
            }
            rows.add(m);
          });
    }
    return rows;
  }

  @Test
  void the2026BudgetWasSubmittedAndPassedOnTheLastLegalDay() {
    BudgetCycle fy2026 = register.calendar().cycle(2026).orElseThrow();
    LocalDate fiscalYearStart = LocalDate.of(2026, 1, 1);
    DeadlineCheck submission = fy2026.deadline(CycleEventKind.SUBMISSION).orElseThrow();
    DeadlineCheck passage = fy2026.deadline(CycleEventKind.PASSAGE).orElseThrow();

    assertThat(ChronoUnit.DAYS.between(submission.deadline(), fiscalYearStart)).isEqualTo(120);
    assertThat(submission.deadline()).isEqualTo(LocalDate.of(2025, 9, 3));
    assertThat(submission.event().orElseThrow().date()).isEqualTo(LocalDate.of(2025, 9, 3));
    assertThat(submission.outcome()).isEqualTo(DeadlineCheck.Outcome.MET);
    assertThat(submission.daysLate()).contains(0L);
    assertThat(submission.event().get().source().url()).contains("nabo.go.kr");

    assertThat(passage.deadline()).isEqualTo(LocalDate.of(2025, 12, 2));
    assertThat(passage.event().orElseThrow().date()).isEqualTo(LocalDate.of(2025, 12, 2));
    assertThat(passage.outcome()).isEqualTo(DeadlineCheck.Outcome.MET);
  }

  @Test
  void passageDelaysMatchTheDaysCountedFromTheRawDates() {
    for (Map<String, String> row : raw("cycle.csv")) {
      if (!row.get("event").equals("passage") || !row.get("budget").equals("main")) {
        continue;
      }
      int fy = Integer.parseInt(row.get("fiscal_year"));
      LocalDate passed = LocalDate.parse(row.get("date"));
      long late = ChronoUnit.DAYS.between(LocalDate.of(fy - 1, 12, 2), passed);
      DeadlineCheck check =
          register
              .calendar()
              .cycle(fy)
              .orElseThrow()
              .deadline(CycleEventKind.PASSAGE)
              .orElseThrow();
      assertThat(check.daysLate()).as("FY%d", fy).contains(late);
      assertThat(check.outcome())
          .as("FY%d", fy)
          .isEqualTo(late > 0 ? DeadlineCheck.Outcome.MISSED : DeadlineCheck.Outcome.MET);
    }
    DeadlineCheck fy2014 =
        register
            .calendar()
            .cycle(2014)
            .orElseThrow()
            .deadline(CycleEventKind.PASSAGE)
            .orElseThrow();
    assertThat(fy2014.daysLate()).contains(30L);
    DeadlineCheck fy2023 =
        register
            .calendar()
            .cycle(2023)
            .orElseThrow()
            .deadline(CycleEventKind.PASSAGE)
            .orElseThrow();
    assertThat(fy2023.daysLate()).contains(22L);
  }

  @Test
  void theLastOnTimePassageBefore2026WasFiveYearsEarlier() {
    int lastMet = 0;
    for (Map<String, String> row : raw("cycle.csv")) {
      int fy = Integer.parseInt(row.get("fiscal_year"));
      if (row.get("event").equals("passage")
          && row.get("budget").equals("main")
          && fy < 2026
          && !LocalDate.parse(row.get("date")).isAfter(LocalDate.of(fy - 1, 12, 2))) {
        lastMet = Math.max(lastMet, fy);
      }
    }
    assertThat(lastMet).isEqualTo(2021);
    assertThat(register.calendar().yearsSinceLastMet(CycleEventKind.PASSAGE, 2026))
        .contains(2026 - lastMet);
  }

  @Test
  void submissionDeadlinesFollowThePhaseInOfThe2013Amendment() {
    assertThat(deadline(2014)).isEqualTo(LocalDate.of(2013, 10, 3));
    assertThat(deadline(2015)).isEqualTo(LocalDate.of(2014, 9, 23));
    assertThat(deadline(2016)).isEqualTo(LocalDate.of(2015, 9, 13));
    assertThat(deadline(2017)).isEqualTo(LocalDate.of(2016, 9, 3));
    for (BudgetCycle c : register.calendar().cycles()) {
      assertThat(c.deadline(CycleEventKind.PASSAGE)).as("FY%d", c.fiscalYear()).isPresent();
    }
  }

  private LocalDate deadline(int fy) {
    return register
        .calendar()
        .cycle(fy)
        .orElseThrow()
        .deadline(CycleEventKind.SUBMISSION)
        .orElseThrow()
        .deadline();
  }

  @Test
  void theAiBudgetOf2026IsAboutThreePointZeroSixTimesThatOf2025() {
    Envelope ai = register.envelope("ai-transformation").orElseThrow();
    BigDecimal y2026 = rawAmount("ai-transformation", "2026", "proposal");
    BigDecimal y2025 = rawAmount("ai-transformation", "2025", "enacted");
    assertThat(y2026).isEqualByComparingTo("10.1");
    assertThat(y2025).isEqualByComparingTo("3.3");
    BigDecimal expected = y2026.divide(y2025, 2, RoundingMode.HALF_UP);
    assertThat(expected).isEqualByComparingTo("3.06");
    assertThat(ai.times(2026, "proposal", 2025, "enacted", 2)).contains(expected);
    assertThat(ai.amount(2026, "proposal", "appropriation").orElseThrow().won())
        .isEqualByComparingTo(y2026.multiply(JO));
  }

  private static BigDecimal rawAmount(String envelope, String year, String stage) {
    return raw("envelope-amounts.csv").stream()
        .filter(r -> r.get("envelope").equals(envelope))
        .filter(r -> r.get("fiscal_year").equals(year) && r.get("stage").equals(stage))
        .map(r -> new BigDecimal(r.get("amount_trillion_krw")))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theGrowthFundIsAFiveYearEnvelopeOfOneHundredFiftyTrillionWon() {
    Envelope fund = register.envelope("national-growth-fund").orElseThrow();
    assertThat(fund.total()).contains(new BigDecimal("150").multiply(JO));
    assertThat(fund.toYear().orElseThrow() - fund.fromYear().orElseThrow() + 1).isEqualTo(5);
    assertThat(fund.publicShare().orElseThrow().add(fund.privateShare().orElseThrow()))
        .isEqualByComparingTo(fund.total().orElseThrow());

    // one figure per year: the enacted 1조 replaces the proposal's 1조, never 2조
    EnvelopeProgress budget = fund.progress("appropriation", 2026);
    assertThat(budget.counted()).hasSize(1);
    assertThat(budget.counted().get(0).stage()).isEqualTo("enacted");
    assertThat(budget.filled()).isEqualByComparingTo(JO);

    EnvelopeProgress deployed = fund.progress("deployment", 2026);
    BigDecimal plan = rawAmount("national-growth-fund", "2026", "plan").multiply(JO);
    assertThat(deployed.filled()).isEqualByComparingTo(plan);
    assertThat(deployed.atLeast()).isTrue();
    assertThat(deployed.left()).contains(new BigDecimal("150").multiply(JO).subtract(plan));
    assertThat(deployed.evenSpreadByYear()).contains(new BigDecimal("30").multiply(JO));
    assertThat(deployed.behindSchedule()).contains(BigDecimal.ZERO);
    // the budget's contribution does not fill the fund: no "left" or schedule on that basis
    assertThat(budget.left()).isEmpty();
    assertThat(budget.behindSchedule()).isEmpty();
  }

  @Test
  void theGpuTargetHasItsBaselineGoalPlanAndMoney() {
    Target gpu = register.target("gpu-government").orElseThrow();
    assertThat(gpu.baseline().orElseThrow().value()).isEqualByComparingTo("21000");
    assertThat(gpu.goal().orElseThrow().value()).isEqualByComparingTo("35000");
    BigDecimal addition = gpu.points(TargetPoint.Kind.PLANNED_ADDITION).get(0).value();
    assertThat(addition).isEqualByComparingTo("15000");
    assertThat(gpu.planned()).contains(new BigDecimal("36000"));
    assertThat(gpu.goalReachedOnPlan()).contains(true);
    assertThat(gpu.percentOfGoal(1)).contains(new BigDecimal("60.0"));
    assertThat(gpu.funding().get(0).won()).contains(new BigDecimal("2108700000000"));
    assertThat(gpu.fundedBy()).contains("ai-transformation");
    assertThat(gpu.deadline().orElseThrow().last()).isEqualTo(LocalDate.of(2030, 12, 31));
  }

  @Test
  void opconIsACommitmentWithItsDeadlineAndAnOpenStatus() {
    Commitment opcon = register.commitment("opcon-2030").orElseThrow();
    assertThat(opcon.deadline().orElseThrow().toString()).isEqualTo("2030");
    assertThat(opcon.current().orElseThrow().status()).isEqualTo(CommitmentStatus.ANNOUNCED);
    assertThat(opcon.overdueOn(LocalDate.of(2026, 12, 1))).isFalse();
    assertThat(opcon.overdueOn(LocalDate.of(2031, 1, 1))).isTrue();

    assertThat(
            register
                .commitment("passage-2025-12-02")
                .orElseThrow()
                .current()
                .orElseThrow()
                .status())
        .isEqualTo(CommitmentStatus.MET);
    assertThat(register.commitment("opcon-moon").orElseThrow().current().orElseThrow().status())
        .isEqualTo(CommitmentStatus.DROPPED);
    Commitment speaker = register.commitment("speaker-2022-12-15").orElseThrow();
    assertThat(speaker.statusOn(LocalDate.of(2022, 12, 20)).orElseThrow().status())
        .isEqualTo(CommitmentStatus.LATE);
    assertThat(speaker.current().orElseThrow().status()).isEqualTo(CommitmentStatus.MET);
    assertThat(speaker.daysLate()).contains(9L);
    assertThat(register.commitment("passage-2025-12-02").orElseThrow().daysLate()).contains(0L);
  }

  @Test
  void everyThemeAmountTracesToTheSharedHeadlineTable() throws IOException {
    Path shared =
        Path.of(System.getProperty("yesan.shared"), "data/kr-headline/total_expenditure.csv");
    List<String> table = Files.readAllLines(shared, StandardCharsets.UTF_8);
    Map<String, String> sectorOf = Map.of("ai-transformation", "theme:ai_budget", "rnd", "rnd");
    int traced = 0;
    for (Map<String, String> row : raw("envelope-amounts.csv")) {
      String sector = sectorOf.get(row.get("envelope"));
      if (sector == null) {
        continue;
      }
      String wanted = row.get("fiscal_year") + "," + row.get("stage") + ",";
      boolean found =
          table.stream()
              .anyMatch(
                  l ->
                      l.startsWith(wanted)
                          && l.contains("," + sector + "," + row.get("amount_trillion_krw") + ",")
                          && l.contains(row.get("source_url"))
                          && !l.contains("DISPUTED("));
      assertThat(found).as("%s in the shared table", row).isTrue();
      traced++;
    }
    assertThat(traced).isEqualTo(7);
  }
}
