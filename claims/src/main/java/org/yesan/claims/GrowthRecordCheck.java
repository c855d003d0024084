package org.yesan.claims;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yesan.claims.text.Comparison;
import org.yesan.claims.text.Subject;
import org.yesan.model.Stage;

/**
 * The check of a growth record ("the steepest annual rise in nine years", "6년 만에 가장 낮은 수준"): the
 * year's growth over the year before, against the growth of every year in the span the text names,
 * each as proposed and as passed. A record that the data do not bear out is never called false:
 * which years and which bases a writer compared is rarely said.
 */
final class GrowthRecordCheck extends ClaimCheck {

  GrowthRecordCheck(Context c) {
    super(c);
  }

  /** One year's growth over the year before's budget as passed. */
  private record Growth(int year, Stage stage, BigDecimal percent) {
    String show() {
      return year + " " + stageLabel(stage) + " " + percent.setScale(1, RoundingMode.HALF_UP) + "%";
    }
  }

  @Override
  CheckedClaim checkKind() {
    Optional<String> why = unresolved();
    if (why.isPresent()) {
      return unverifiable(why.get() + ".", "", "");
    }
    Subject subject = claim.subject().orElseThrow();
    int year = claim.fiscalYear().orElseThrow().value();
    Stage stage = claim.stage().orElseThrow();
    Comparison cmp = claim.comparison().orElseThrow();
    if (!(stage.equals(Stage.PROPOSAL) || stage.equals(Stage.ENACTED))) {
      return unverifiable(
          "a record of growth is checked for a main budget, as proposed or passed, not for "
              + stageLabel(stage),
          "",
          "");
    }
    if (cmp.baseYear().value() <= org.yesan.model.FiscalYear.MIN) {
      return unverifiable(
          "a record of growth over no stated span of years (\"the biggest rise\"): the data begin"
              + " in 2007, so \"ever\" cannot be checked",
          "",
          "");
    }
    for (StoreFigures.Series s : figures.series(subject)) {
      queries.add(s.query());
      Optional<Growth> own = growth(s, year, stage);
      if (own.isEmpty()) {
        continue;
      }
      List<Growth> earlier = new ArrayList<>();
      List<Integer> lacking = new ArrayList<>();
      for (int y = cmp.baseYear().value() + 1; y < year; y++) {
        Optional<Growth> proposed = growth(s, y, Stage.PROPOSAL);
        Optional<Growth> passed = growth(s, y, Stage.ENACTED);
        if (proposed.isEmpty() && passed.isEmpty()) {
          lacking.add(y);
        }
        proposed.ifPresent(earlier::add);
        passed.ifPresent(earlier::add);
      }
      rows.add(s.row(year, stage));
      rows.add(s.row(year - 1, Stage.ENACTED));
      String formula =
          "("
              + s.label()
              + " "
              + year
              + " "
              + stage.id()
              + " ÷ "
              + (year - 1)
              + " enacted − 1) × 100 = "
              + own.get().percent().setScale(2, RoundingMode.HALF_UP)
              + "%";
      String span = cmp.reason();
      if (!lacking.isEmpty() || earlier.isEmpty()) {
        return unverifiable(
            "the data lack the growth of "
                + lacking.stream()
                    .map(String::valueOf)
                    .reduce((a, b) -> a + ", " + b)
                    .orElse("the span")
                + " (they need each year's budget and the year before's as passed), so "
                + span
                + " cannot be compared",
            formula,
            "");
      }
      boolean highest = cmp.increase();
      Optional<Growth> breaks =
          earlier.stream()
              .filter(
                  g ->
                      highest
                          ? g.percent().compareTo(own.get().percent()) >= 0
                          : g.percent().compareTo(own.get().percent()) <= 0)
              .findFirst();
      Growth extreme =
          earlier.stream()
              .reduce(
                  (a, b) ->
                      (highest
                              ? a.percent().compareTo(b.percent()) >= 0
                              : a.percent().compareTo(b.percent()) <= 0)
                          ? a
                          : b)
              .orElseThrow();
      String tolerance =
          "strictly "
              + (highest ? "above" : "below")
              + " each earlier year's growth, as proposed and as passed, over the enacted budget of"
              + " the year before";
      if (breaks.isEmpty()) {
        return verdict(
            Verdict.SUPPORTED,
            "the "
                + year
                + " growth ("
                + own.get().show()
                + ") is "
                + (highest ? "higher" : "lower")
                + " than "
                + span
                + " (the "
                + (highest ? "highest" : "lowest")
                + " of them: "
                + extreme.show()
                + ").",
            formula,
            tolerance,
            Optional.of(own.get().percent()));
      }
      return unverifiable(
          "the "
              + year
              + " growth ("
              + own.get().show()
              + ") is not "
              + (highest ? "above" : "below")
              + " "
              + span
              + ": "
              + breaks.get().show()
              + ". Not called false, because a record of growth depends on which years and bases"
              + " the writer compared.",
          formula,
          tolerance);
    }
    return unverifiable(missing(subject, year, stage) + ", or the year before's as passed", "", "");
  }

  /** The growth of {@code year} at {@code stage} over the year before as passed, if both exist. */
  private static Optional<Growth> growth(StoreFigures.Series s, int year, Stage stage) {
    Optional<BigDecimal> now = s.at(year, stage);
    Optional<BigDecimal> before = s.at(year - 1, Stage.ENACTED);
    if (now.isEmpty() || before.isEmpty() || before.get().signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        new Growth(
            year,
            stage,
            now.get()
                .divide(before.get(), PRECISION)
                .subtract(BigDecimal.ONE)
                .multiply(Interval.HUNDRED)));
  }
}
