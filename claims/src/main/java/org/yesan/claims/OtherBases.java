package org.yesan.claims;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.regex.Pattern;
import org.yesan.claims.ClaimCheck.Found;
import org.yesan.claims.text.Claim;
import org.yesan.claims.text.ClaimKind;
import org.yesan.claims.text.Comparison;
import org.yesan.claims.text.Subject;
import org.yesan.model.Stage;

/**
 * The other bases a growth rate or change that misses the usual one is tried against, for {@link
 * ChangeCheck}: the base year after a supplementary, the base as a later budget restated it, the
 * year before the budget year, the budget's own proposal, and the other stages of its own year.
 */
final class OtherBases {

  private final Claim claim;
  private final String text;
  private final StoreFigures figures;
  private final BinaryOperator<Interval> relation;
  private final BinaryOperator<BigDecimal> exact;

  /**
   * The bases of {@code claim} in {@code text}, with the claim's relation of two levels (a rate, a
   * change or a multiple) as intervals and exactly.
   */
  OtherBases(
      Claim claim,
      String text,
      StoreFigures figures,
      BinaryOperator<Interval> relation,
      BinaryOperator<BigDecimal> exact) {
    this.claim = claim;
    this.text = text;
    this.figures = figures;
    this.relation = relation;
    this.exact = exact;
  }

  /**
   * Words that name the proposal as what a figure is compared with: "정부가 제출한 470조5000억원에서 9300억원
   * 순감소", "정부안보다", "than the government proposed".
   */
  private static final Pattern PROPOSAL_AS_BASE =
      Pattern.compile(
          "정부안|원안|당초안|정부가?\\s?(?:국회에\\s?)?제출한|제출된|순감|순삭감|순증"
              + "|(?i:(?:government'?s?|original|initial)\\s+(?:proposal|plan|bill)|than proposed"
              + "|than the government (?:proposed|sought|requested))");

  /**
   * Whether the fit is the budget as passed against its own proposal, in a sentence that names the
   * proposal as the base: the Assembly's net change, read against last year by the first reading.
   */
  boolean againstOwnProposal(Fit f, Found n) {
    return f.now().year() == n.year()
        && f.now().stage().equals(Stage.ENACTED)
        && f.base().year() == n.year()
        && f.base().stage().equals(Stage.PROPOSAL)
        && claim.kind() == ClaimKind.CHANGE_AMOUNT
        && PROPOSAL_AS_BASE.matcher(leadOf(claim)).find();
  }

  /** The doubt that a change is too small for the whole budget's (see {@link ReadingDoubts}). */
  private static final String SMALL_CHANGE = "a change under 1% of the whole budget";

  /** Whether a doubt is that the change is too small to be the whole budget's. */
  static boolean smallChange(String doubt) {
    return doubt.startsWith(SMALL_CHANGE);
  }

  /** The claim's sentence and what precedes it in its paragraph, up to 200 characters back. */
  private String leadOf(Claim c) {
    int from = Math.max(0, c.figure().start() - 200);
    String before = text.substring(from, c.figure().start());
    int paragraph = before.lastIndexOf("\n\n");
    return (paragraph >= 0 ? before.substring(paragraph) : before) + c.sentence();
  }

  /** The words a comparison's reason gives when the text named the base's stage. */
  static final String NAMED_BASIS = "basis \"";

  /** Another pair of data figures whose relation fits the stated figure. */
  record Fit(Found now, Found base, BigDecimal exact) {

    /**
     * Whether only the base's stage or vintage changed, and the stage was not named or is the one
     * named: then the text used that base and the figure is right on it.
     */
    boolean sameBase(Comparison cmp, Found current, Found used) {
      // The base the text names or the usual one, as the new budget's documents restated it: a
      // growth rate published with a budget is against that restated base.
      return now.equals(current)
          && base.year() == cmp.baseYear().value()
          && base.stage().equals(used.stage());
    }
  }

  /**
   * The pairs of data figures other than the first reading's whose relation fits the stated figure,
   * the claim's own figure first: against the base year after a supplementary, the base as the
   * claim year's documents restated it, the year before the budget year when the base year was read
   * otherwise, or the claim year's own proposal; then the same for the other main-budget stages of
   * the claim's year. Reporting computes rates against the base it has at hand (the budget after
   * its supplementaries, the figure restated in the new budget's documents), so a rate that fits
   * one of them is not false. The base year's proposal is not such a base: "larger than the 2019
   * budget" means the budget passed.
   */
  List<Fit> fits(Subject subject, Comparison cmp, Found n, Found t, Interval stated) {
    int year = n.year();
    int baseYear = cmp.baseYear().value();
    List<Found> currents = new ArrayList<>();
    currents.add(n);
    // Reports name stages loosely ("the budget bill" once passed, 본예산 before it), so the other
    // stages of the claim's year are tried too when no stage or a loose word was named; only the
    // named one can support the figure.
    // "정부가 제출한 470조5000억원에서 9300억원 순감소": the proposal word names the base, so the change
    // is of the budget as passed.
    boolean proposalIsBase =
        claim.kind() == ClaimKind.CHANGE_AMOUNT && PROPOSAL_AS_BASE.matcher(leadOf(claim)).find();
    n.series().stages(year).stream()
        .filter(s -> !claim.stageStated() || ClaimCheck.looseStageWord(claim) || proposalIsBase)
        .filter(s -> !s.equals(n.stage()))
        .filter(s -> n.stage().isSupplementary() || !s.isSupplementary())
        .forEach(s -> currents.add(new Found(n.series(), year, s)));
    List<Found> bases = new ArrayList<>();
    // A base year read from a relative word ("last year" in a text of the autumn before the budget
    // year) may be the budget year's previous year instead.
    for (int y : baseYear == year - 1 ? List.of(baseYear) : List.of(baseYear, year - 1)) {
      List<StoreFigures.Series> baseSeries = new ArrayList<>(figures.series(subject));
      if (y < year) {
        baseSeries.addAll(figures.restated(subject, year));
      }
      for (StoreFigures.Series s : baseSeries) {
        for (Stage stage : s.stages(y)) {
          // A supplementary is a base once passed; its proposal is not, nor the base year's own
          // proposal unless the text named it ("larger than the 2019 budget" is the budget passed).
          if (stage.kind() != Stage.Kind.SUPPLEMENTARY_PROPOSAL
              && (!stage.equals(Stage.PROPOSAL) || t.stage().equals(Stage.PROPOSAL))) {
            bases.add(new Found(s, y, stage));
          }
        }
      }
    }
    if (!cmp.reason().contains(NAMED_BASIS)
        && baseYear == year - 1
        && claim.kind() != ClaimKind.MULTIPLE
        && n.series().at(year, Stage.PROPOSAL).isPresent()) {
      bases.add(new Found(n.series(), year, Stage.PROPOSAL));
    }
    List<Fit> out = new ArrayList<>();
    for (Found c : currents) {
      for (Found b : bases) {
        boolean first = c.equals(n) && b.equals(t);
        boolean itself = c.year() == b.year() && c.stage().equals(b.stage());
        boolean sameFigure =
            c.equals(n)
                && b.year() == t.year()
                && b.stage().equals(t.stage())
                && b.amount().compareTo(t.amount()) == 0;
        if (first || itself || sameFigure) {
          continue;
        }
        if (relation.apply(c.interval(), b.interval()).overlaps(stated)) {
          out.add(new Fit(c, b, exact.apply(c.amount(), b.amount())));
        }
      }
    }
    return out;
  }
}
