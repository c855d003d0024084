package org.yesan.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Laws of the model: deadlines count back exactly, envelopes never add two stages of one year. */
class TargetLawsProperties {

  private static final Source SOURCE =
      new Source("https://example.org", "Example", LooseDate.parse("2025-01-01"));

  @Property
  void aDeadlineLiesExactlyItsDaysBeforeTheFiscalYear(
      @ForAll @IntRange(min = 1950, max = 2090) int year,
      @ForAll @IntRange(min = 1, max = 365) int days) {
    DeadlineRule rule =
        new DeadlineRule(
            CycleEventKind.SUBMISSION, 1950, Optional.empty(), days, "a law", SOURCE, "");
    LocalDate d = rule.deadline(year);
    assertThat(ChronoUnit.DAYS.between(d, LocalDate.of(year, 1, 1))).isEqualTo(days);
  }

  @Property
  void aLooseDateReadsBackAsWritten(
      @ForAll @IntRange(min = 1900, max = 2100) int year,
      @ForAll @IntRange(min = 1, max = 12) int month,
      @ForAll @IntRange(min = 1, max = 28) int day) {
    for (String text :
        List.of(
            Integer.toString(year),
            String.format("%04d-%02d", year, month),
            String.format("%04d-%02d-%02d", year, month, day))) {
      LooseDate d = LooseDate.parse(text);
      assertThat(d.toString()).isEqualTo(text);
      assertThat(d.last()).isAfterOrEqualTo(d.first());
    }
  }

  @Provide
  Arbitrary<List<EnvelopeAmount>> amounts() {
    Arbitrary<EnvelopeAmount> one =
        Combinators.combine(
                Arbitraries.integers().between(2026, 2030),
                Arbitraries.of("plan", "proposal", "enacted", "supplementary_1"),
                Arbitraries.longs().between(0, 50))
            .as(
                (y, stage, jo) ->
                    new EnvelopeAmount(
                        "fund",
                        y,
                        stage,
                        "appropriation",
                        BigDecimal.valueOf(jo).multiply(BigDecimal.TEN.pow(12)),
                        Long.toString(jo),
                        false,
                        SOURCE,
                        ""));
    return one.list().ofMaxSize(12);
  }

  @Property
  void anEnvelopeCountsOneFigurePerYearTheMostFinal(@ForAll("amounts") List<EnvelopeAmount> in) {
    // one row per year and stage: the reader refuses a second one
    Map<String, EnvelopeAmount> unique = new HashMap<>();
    for (EnvelopeAmount a : in) {
      unique.putIfAbsent(a.fiscalYear() + a.stage(), a);
    }
    List<EnvelopeAmount> rows = new ArrayList<>(unique.values());
    Envelope fund =
        new Envelope(
            "fund",
            "기금",
            "Fund",
            Optional.of(2026),
            Optional.of(2030),
            Optional.of(BigDecimal.valueOf(150).multiply(BigDecimal.TEN.pow(12))),
            Optional.empty(),
            Optional.empty(),
            Optional.of("appropriation"),
            SOURCE,
            "",
            rows);
    EnvelopeProgress p = fund.progress("appropriation", 2030);
    BigDecimal expected = BigDecimal.ZERO;
    for (int y = 2026; y <= 2030; y++) {
      EnvelopeAmount best = null;
      for (EnvelopeAmount a : rows) {
        if (a.fiscalYear() == y && (best == null || a.finality() > best.finality())) {
          best = a;
        }
      }
      if (best != null) {
        expected = expected.add(best.won());
      }
    }
    assertThat(p.filled()).isEqualByComparingTo(expected);
    assertThat(p.counted().stream().map(EnvelopeAmount::fiscalYear).distinct().count())
        .isEqualTo(p.counted().size());
    assertThat(p.left().orElseThrow().add(p.filled())).isEqualByComparingTo(fund.total().get());
  }
}
