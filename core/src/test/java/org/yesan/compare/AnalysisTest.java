package org.yesan.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.yesan.query.AggregateQuery;
import org.yesan.query.AggregateResult;
import org.yesan.query.Drilldown;
import org.yesan.query.Page;

class AnalysisTest {

  private static AggregateResult result(List<String> dims, Object... cells) {
    List<AggregateResult.Cell> out = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < cells.length; i += dims.size() + 1) {
      List<String> members = new ArrayList<>();
      for (int d = 0; d < dims.size(); d++) {
        members.add((String) cells[i + d]);
      }
      BigDecimal amount = new BigDecimal(cells[i + dims.size()].toString());
      total = total.add(amount);
      out.add(new AggregateResult.Cell(members, amount, 1));
    }
    AggregateQuery q = AggregateQuery.of("t").withDrilldown(new Drilldown(dims));
    return new AggregateResult(
        q, dims, out, new AggregateResult.Summary(total, out.size(), out.size()));
  }

  @Test
  void yearOnYearAndCompoundGrowth() {
    AggregateResult r = result(List.of("fiscal_year"), "2016", 100, "2017", 110, "2018", 121);
    Growth g = Growth.of(r, 0).get(0);
    assertThat(g.points())
        .extracting(
            p -> p.fiscalYear() + ":" + p.percent().map(BigDecimal::toPlainString).orElse("-"))
        .containsExactly("2016:-", "2017:10.00", "2018:10.00");
    assertThat(g.cagrPercent()).contains(new BigDecimal("10.00"));
  }

  @Test
  void aGapYearBreaksYearOnYearButNotCompoundGrowth() {
    AggregateResult r = result(List.of("fiscal_year"), "2015", 200, "2017", 242);
    Growth g = Growth.of(r, 0).get(0);
    // 2016 has no figure: it is listed without an amount, and neither it nor 2017 has a change
    assertThat(g.points())
        .extracting(
            p -> p.fiscalYear() + ":" + p.amount().map(BigDecimal::toPlainString).orElse("—"))
        .containsExactly("2015:200", "2016:—", "2017:242");
    assertThat(g.points().get(1).change()).isEmpty();
    assertThat(g.points().get(2).change()).isEmpty();
    assertThat(g.missingYears()).containsExactly(2016);
    assertThat(g.cagrPercent()).contains(new BigDecimal("10.00"));
  }

  @Test
  void compoundGrowthOfKoreanTotalExpenditure() {
    // 400.5조 (2017 enacted) to 727.9조 (2026 enacted): (727.9/400.5)^(1/9) − 1 = 6.8614...%
    TreeMap<Integer, BigDecimal> m = new TreeMap<>();
    m.put(2017, new BigDecimal("400500000000000"));
    m.put(2026, new BigDecimal("727900000000000"));
    assertThat(Growth.cagr(m)).contains(new BigDecimal("6.86"));
  }

  @Test
  void noCompoundGrowthFromZeroOrNegative() {
    TreeMap<Integer, BigDecimal> m = new TreeMap<>();
    m.put(2017, BigDecimal.ZERO);
    m.put(2018, BigDecimal.TEN);
    assertThat(Growth.cagr(m)).isEmpty();
  }

  @Test
  void nthRootIsExactEnough() {
    assertThat(
            Growth.nthRoot(new BigDecimal("1.331"), 3).setScale(20, java.math.RoundingMode.HALF_UP))
        .isEqualByComparingTo("1.10000000000000000000");
  }

  @Test
  void sharesOfTotalAndOfParent() {
    AggregateResult r =
        result(List.of("ministry", "program"), "국방부", "a", 300, "국방부", "b", 100, "교육부", "c", 600);
    Shares s = Shares.of(r);
    assertThat(s.rows())
        .extracting(
            x ->
                x.members().get(1)
                    + " "
                    + x.ofTotal().orElseThrow()
                    + " "
                    + x.ofParent().orElseThrow())
        .containsExactly("a 30.00 75.00", "b 10.00 25.00", "c 60.00 100.00");
  }

  @Test
  void sharesRefuseOnePage() {
    AggregateResult r = result(List.of("ministry"), "a", 1);
    AggregateResult paged =
        new AggregateResult(
            r.query().withPage(Page.first(1)), r.dimensions(), r.cells(), r.summary());
    assertThatThrownBy(() -> Shares.of(paged))
        .hasMessage("shares need the whole result, not one page");
  }

  @Test
  void moversAndLineChangesBetweenProposalAndEnacted() {
    AggregateResult proposal =
        result(List.of("program"), "kept", 100, "cut", 500, "grown", 50, "dropped", 70);
    AggregateResult enacted =
        result(List.of("program"), "kept", 100, "cut", 400, "grown", 80, "new", 40);
    Comparison c = Comparison.of("proposal", proposal, "enacted", enacted);
    Movers byAmount = Movers.of(c, Movers.By.AMOUNT, 5);
    // "new" and "dropped" have one side only: no change to rank, counted as unranked
    assertThat(byAmount.increases()).extracting(r -> r.members().get(0)).containsExactly("grown");
    assertThat(byAmount.cuts()).extracting(r -> r.members().get(0)).containsExactly("cut");
    assertThat(byAmount.unranked()).isEqualTo(2);
    Movers byPercent = Movers.of(c, Movers.By.PERCENT, 5);
    // "new" has no base, so no percentage: it cannot rank by percent.
    assertThat(byPercent.increases()).extracting(r -> r.members().get(0)).containsExactly("grown");
    assertThat(byPercent.cuts()).extracting(r -> r.members().get(0)).containsExactly("cut");
    LineChanges lc = LineChanges.of(c);
    assertThat(lc)
        .isEqualTo(
            new LineChanges(
                1,
                new BigDecimal("40"),
                1,
                new BigDecimal("70"),
                1,
                new BigDecimal("30"),
                1,
                new BigDecimal("-100"),
                1));
    // 720 → 620: −100 / 720 = −13.888…% → −13.89 (HALF_UP, 2 places)
    assertThat(c.total().change()).contains(new BigDecimal("-100"));
    assertThat(c.rows())
        .filteredOn(r -> r.members().get(0).equals("new"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.status()).isEqualTo(Comparison.Status.NEW);
              assertThat(r.base()).isEmpty();
              assertThat(r.change()).isEmpty();
            });
    assertThat(c.total().percentChange()).contains(new BigDecimal("-13.89"));
    assertThat(Optional.of(c.rows().size())).contains(5);
  }

  private static AggregateResult empty(List<String> dims) {
    AggregateQuery q = AggregateQuery.of("t").withDrilldown(new Drilldown(dims));
    return new AggregateResult(
        q, dims, List.of(), new AggregateResult.Summary(BigDecimal.ZERO, 0, 0));
  }

  @Test
  void aSideWithoutFactsHasNoFiguresAndNoChange() {
    Comparison c =
        Comparison.of(
            "proposal", empty(List.of()), "enacted", result(List.of(), 37_983_269_091_000L));
    assertThat(c.sideMissing()).isTrue();
    assertThat(c.total().base()).isEmpty();
    assertThat(c.total().target()).contains(new BigDecimal("37983269091000"));
    assertThat(c.total().change()).isEmpty();
    assertThat(c.total().percentChange()).isEmpty();
    assertThat(c.total().status()).isEqualTo(Comparison.Status.NO_BASE_DATA);
    assertThat(c.rows()).allSatisfy(r -> assertThat(r.change()).isEmpty());
    assertThat(c.missingReason().orElseThrow()).startsWith("no proposal figures are stored");
    assertThat(LineChanges.of(c).added()).isZero();
    assertThat(Movers.of(c, Movers.By.AMOUNT, 5).increases()).isEmpty();
  }

  @Test
  void aRenameJoinsTwoOneSidedRowsIntoOne() {
    AggregateResult y2017 = result(List.of("ministry"), "행정자치부", 400, "국방부", 300);
    AggregateResult y2018 = result(List.of("ministry"), "행정안전부", 450, "국방부", 310);
    Comparison c =
        Comparison.of(
            "2017", y2017, "2018", y2018, java.util.Map.of(List.of("행정자치부"), List.of("행정안전부")));
    assertThat(c.rows()).hasSize(2);
    Comparison.Row renamed = c.byLargestChange().rows().get(0);
    assertThat(renamed.members()).containsExactly("행정안전부");
    assertThat(renamed.baseMembers()).contains(List.of("행정자치부"));
    assertThat(renamed.status()).isEqualTo(Comparison.Status.RENAMED);
    assertThat(renamed.change()).contains(new BigDecimal("50"));
    assertThat(renamed.percentChange()).contains(new BigDecimal("12.50"));
  }

  @Test
  void aRenameIsNotAppliedWhenTheOldNameLivesOn() {
    AggregateResult a = result(List.of("ministry"), "x", 1, "y", 2);
    AggregateResult b = result(List.of("ministry"), "x", 1, "z", 2);
    Comparison c = Comparison.of("a", a, "b", b, java.util.Map.of(List.of("x"), List.of("z")));
    assertThat(c.rows())
        .extracting(Comparison.Row::status)
        .containsExactly(Comparison.Status.BOTH, Comparison.Status.GONE, Comparison.Status.NEW);
  }
}
