package org.yesan.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yesan.query.AggregateQuery;
import org.yesan.query.AggregateResult;
import org.yesan.query.Cut;
import org.yesan.query.Dimensions;
import org.yesan.query.Drilldown;

/**
 * Laws of "contradicted", an accusation: over the bundled data's own total-expenditure figures, a
 * sentence that states the data's figure is never called false, a confident sentence that states
 * another figure is, and the same wrong figure read with an uncertain year or stage is not.
 */
class AccusationLawsTest {

  private static final BigDecimal JO = BigDecimal.ONE.movePointRight(12);

  /** One total-expenditure figure of the bundled data, as the store gives it. */
  record Figure(int year, String stage, BigDecimal won) {
    /** The figure in 조원 to one decimal, as the bundled source states it. */
    String trillions(BigDecimal factor) {
      return won.multiply(factor).divide(JO).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    }

    String stageWords() {
      return stage.equals("proposal") ? "budget proposal" : "budget as passed by the Assembly";
    }
  }

  /** The bundled total expenditure of every year and stage, supplementaries included. */
  private static AggregateResult totalsByYearAndStage() {
    return SharedStores.headline()
        .aggregate(
            AggregateQuery.of("kr-headline")
                .withDrilldown(Drilldown.parse(Dimensions.FISCAL_YEAR + "," + Dimensions.STAGE))
                .withCut(Cut.of(Dimensions.MEASURE, "total_expenditure")));
  }

  /** Every stage's total of {@code year}, supplementaries included, in won. */
  private static List<BigDecimal> allStagesOf(int year) {
    AggregateResult r = totalsByYearAndStage();
    List<BigDecimal> out = new ArrayList<>();
    for (AggregateResult.Cell c : r.cells()) {
      if (Integer.parseInt(c.member(0)) == year) {
        out.add(c.amount());
      }
    }
    return out;
  }

  private static List<Figure> totals() {
    AggregateResult r = totalsByYearAndStage();
    List<Figure> out = new ArrayList<>();
    for (AggregateResult.Cell c : r.cells()) {
      String stage = c.member(1);
      if (stage.equals("proposal") || stage.equals("enacted")) {
        out.add(new Figure(Integer.parseInt(c.member(0)), stage, c.amount()));
      }
    }
    return out;
  }

  @Provide
  Arbitrary<Figure> figures() {
    List<Figure> all = totals();
    assertThat(all).hasSizeGreaterThan(20);
    return Arbitraries.of(all);
  }

  /** A wrong figure: 6% to 40% off the data's, never a slip of a power of ten. */
  @Provide
  Arbitrary<BigDecimal> wrongFactors() {
    return Arbitraries.oneOf(
        Arbitraries.bigDecimals().between(new BigDecimal("1.06"), new BigDecimal("1.40")),
        Arbitraries.bigDecimals().between(new BigDecimal("0.75"), new BigDecimal("0.94")));
  }

  private static List<CheckedClaim> check(String text, int year) {
    // Dated in the spring of the budget year, when its budget has long passed.
    return ClaimChecker.over(SharedStores.headline())
        .check(text, CheckOptions.defaults().withDate(LocalDate.of(year, 3, 10)))
        .claims();
  }

  private static CheckedClaim amountIn(List<CheckedClaim> claims) {
    return claims.stream().filter(c -> c.kind().equals("amount")).findFirst().orElseThrow();
  }

  private static String confident(Figure f, String trillions) {
    return "In the "
        + f.year()
        + " "
        + f.stageWords()
        + ", total expenditure is "
        + trillions
        + " trillion won.";
  }

  @Property(tries = 60)
  void theDatasOwnFigureIsSupported(@ForAll("figures") Figure f) {
    CheckedClaim c = amountIn(check(confident(f, f.trillions(BigDecimal.ONE)), f.year()));
    assertThat(c.verdict()).as(c.explanation()).isEqualTo(Verdict.SUPPORTED);
  }

  /**
   * "292조8000억원" for 292.8159조: a Korean writer's figure to the 1000억, rounded or cut off, is the
   * data's figure, as "292.8 trillion won" is.
   */
  @Property(tries = 60)
  void theDatasFigureWrittenInKoreanTo1000EokIsSupported(
      @ForAll("figures") Figure f, @ForAll boolean cutOff) {
    BigDecimal jo =
        f.won().divide(JO).setScale(1, cutOff ? RoundingMode.DOWN : RoundingMode.HALF_UP);
    BigDecimal whole = jo.setScale(0, RoundingMode.DOWN);
    int tenth = jo.subtract(whole).movePointRight(1).intValueExact();
    String written = whole.toPlainString() + "조" + (tenth == 0 ? "" : tenth + "000억") + "원";
    String stage = f.stage().equals("proposal") ? "정부안" : "국회 확정 예산";
    CheckedClaim c =
        amountIn(check(f.year() + "년 " + stage + " 총지출은 " + written + "이다.", f.year()));
    assertThat(c.verdict()).as(written + ": " + c.explanation()).isEqualTo(Verdict.SUPPORTED);
  }

  @Property(tries = 60)
  void aConfidentReadingOfAnotherFigureIsContradicted(
      @ForAll("figures") Figure f, @ForAll("wrongFactors") BigDecimal factor) {
    // "Another figure" is one no stage of the year has: 513.5조 × 1.08 is the 2020 budget after
    // its 4th supplementary (554.7조), a stage named loosely, not a wrong figure.
    BigDecimal stated = new BigDecimal(f.trillions(factor)).multiply(JO);
    // A stated amount stands for anything up to its next step (ClaimCheck.statedInterval).
    BigDecimal step = new BigDecimal("0.1").multiply(JO);
    Assume.that(
        allStagesOf(f.year()).stream()
            .noneMatch(w -> w.subtract(stated).abs().compareTo(step) <= 0));
    CheckedClaim c = amountIn(check(confident(f, f.trillions(factor)), f.year()));
    assertThat(c.verdict()).as(c.explanation()).isEqualTo(Verdict.CONTRADICTED);
  }

  @Property(tries = 60)
  void aYearCarriedFromAnEarlierSentenceIsNeverAnAccusation(
      @ForAll("figures") Figure f, @ForAll("wrongFactors") BigDecimal factor) {
    String text =
        "Lawmakers debated the "
            + f.year()
            + " budget for weeks.\nIn the "
            + f.stageWords()
            + ", total expenditure is "
            + f.trillions(factor)
            + " trillion won.";
    CheckedClaim c = amountIn(check(text, f.year()));
    assertThat(c.verdict()).as(c.explanation()).isNotEqualTo(Verdict.CONTRADICTED);
    // Named as a doubt about the year: carried over, or taken from the date.
    assertThat(c.explanation()).containsPattern("Not called false, because .*year");
  }

  @Property(tries = 60)
  void anUnnamedStageWhoseOtherStageFitsIsNeverAnAccusation(@ForAll("figures") Figure f) {
    // The proposal's figure stated with no stage word in a text dated after passage: the reader
    // assumes the enacted budget, but only that assumption makes the figure differ.
    if (!f.stage().equals("proposal")) {
      return;
    }
    String text =
        "Total expenditure for "
            + f.year()
            + " is "
            + f.trillions(BigDecimal.ONE)
            + " trillion won.";
    CheckedClaim c = amountIn(check(text, f.year()));
    assertThat(c.verdict()).as(c.explanation()).isNotEqualTo(Verdict.CONTRADICTED);
  }
}
