package org.yesan.claims;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yesan.claims.text.Claim;
import org.yesan.claims.text.ClaimExtractor;
import org.yesan.claims.text.ClaimKind;
import org.yesan.claims.text.Comparison;
import org.yesan.claims.text.NumberMention;
import org.yesan.claims.text.Subject;
import org.yesan.model.Stage;

/**
 * The check of a growth rate, a change or a ratio: first against the text's own figures, then
 * against the data's two stages or years, with the other bases tried when it does not fit.
 */
final class ChangeCheck extends ClaimCheck {

  ChangeCheck(Context c) {
    super(c);
  }

  private static final BigDecimal WORD_RATIO = new BigDecimal("0.10");

  @Override
  CheckedClaim checkKind() {
    Comparison cmp = claim.comparison().orElse(null);
    if (cmp == null) {
      return unverifiable("no base to compare with: " + claim.yearReason(), "", "");
    }
    Interval stated = statedChange();
    // The text's own figures first: a stated rate the stated amounts cannot give.
    Optional<Claim> current = cmp.currentClaim().map(byId::get);
    Optional<Claim> base = cmp.baseClaim().map(byId::get);
    String internal = "";
    if (current.isPresent()
        && base.isPresent()
        && (claim.kind() == ClaimKind.MULTIPLE
            || comparable(current.get().figure(), base.get().figure()))) {
      Interval computed =
          relation(statedInterval(current.get().figure()), statedInterval(base.get().figure()));
      String formula =
          formulaOf(
              WonText.of(current.get().figure().value()), WonText.of(base.get().figure().value()));
      if (!computed.overlaps(stated)) {
        return verdict(
            Verdict.INCONSISTENT,
            "the text's own figures "
                + WonText.of(current.get().figure().value())
                + " and "
                + WonText.of(base.get().figure().value())
                + " give "
                + showInterval(computed)
                + ", not the stated "
                + claim.figure().text()
                + ".",
            formula + " = " + showInterval(computed),
            "stated " + showInterval(stated) + "; the amounts are taken at their stated precision",
            Optional.empty());
      }
      internal = " The text's own figures agree: " + formula + " = " + showInterval(computed) + ".";
    }
    Optional<String> why = unresolved();
    if (why.isPresent()) {
      return unverifiable(why.get() + "." + internal, "", "");
    }
    Subject subject = claim.subject().orElseThrow();
    int year = claim.fiscalYear().orElseThrow().value();
    Optional<Found> now = find(subject, year, claim.stage().orElseThrow());
    Optional<Found> then = findBase(subject, cmp.baseYear().value(), cmp.basis());
    if (now.isEmpty() || then.isEmpty()) {
      StringBuilder m = new StringBuilder();
      if (now.isEmpty()) {
        m.append(missing(subject, year, claim.stage().orElseThrow()));
      }
      if (then.isEmpty()) {
        if (m.length() > 0) {
          m.append("; ");
        }
        m.append(missingBase(subject, cmp)).append('.');
        if (now.isPresent()) {
          m.append(alternativeBases(subject, cmp, now.get(), stated, Optional.empty()));
        }
      }
      return unverifiable(m.toString().strip() + internal, "", "");
    }
    Found n = now.get();
    Found t = then.get();
    rows.add(n.row());
    rows.add(t.row());
    Interval computed = relation(n.interval(), t.interval());
    BigDecimal exact = exactRelation(n.amount(), t.amount());
    String formula =
        formulaOf(
                n.label() + " " + WonText.of(n.amount()), t.label() + " " + WonText.of(t.amount()))
            + " = "
            + show(exact);
    String tolerance =
        "stated "
            + claim.figure().text()
            + " stands for "
            + showInterval(stated)
            + "; the data's rounding allows "
            + showInterval(computed);
    if (computed.overlaps(stated)) {
      return verdict(
          Verdict.SUPPORTED,
          "the data give " + show(exact) + " (" + cmp.reason() + ")." + internal,
          formula,
          tolerance,
          Optional.of(exact));
    }
    List<Fit> fits = otherFits(subject, cmp, n, t, stated);
    Optional<Fit> onBase =
        fits.stream()
            .filter(f -> f.sameBase(cmp, n, t) || againstOwnProposal(f, n))
            .filter(
                f ->
                    ReadingDoubts.of(claim, Optional.of(f.exact()), Optional.of(n.amount()))
                        .stream()
                        // The Assembly's net change is small by nature: its size says nothing of
                        // an item.
                        .filter(d -> !(againstOwnProposal(f, n) && d.startsWith(SMALL_CHANGE)))
                        .noneMatch(ReadingDoubts::aboutTheSubject))
            .findFirst();
    if (onBase.isPresent()) {
      return supportedOnBase(onBase.get(), cmp, n, t, exact, tolerance, internal);
    }
    Optional<Fit> fit = fits.stream().findFirst();
    String explanation =
        "the data give "
            + show(exact)
            + " against "
            + t.label()
            + ", not "
            + claim.figure().text()
            + "."
            + alternativeBases(subject, cmp, n, stated, Optional.of(t))
            + internal;
    if (fit.isPresent()) {
      Fit f = fit.get();
      rows.add(f.now().row());
      rows.add(f.base().row());
      return unverifiable(
          explanation
              + " Not called false, because "
              + f.now().label()
              + " against "
              + f.base().label()
              + " gives "
              + show(f.exact())
              + ", which fits: the text may mean that "
              + (f.now().equals(n) ? "base" : "stage and base")
              + ", as reports often do.",
          formula,
          tolerance);
    }
    Optional<Claim> itemLevel = farLevelInSentence(subject, n.amount());
    if (itemLevel.isPresent()) {
      return unverifiable(
          explanation
              + " Not called false, because the same sentence gives "
              + itemLevel.get().figure().text()
              + " as the level, far from the data's "
              + WonText.of(n.amount())
              + ": the change is probably that item's.",
          formula,
          tolerance);
    }
    return verdict(Verdict.CONTRADICTED, explanation, formula, tolerance, Optional.of(exact));
  }

  /** The rate or change supported against another base of the base year, which it names. */
  private CheckedClaim supportedOnBase(
      Fit f,
      Comparison cmp,
      Found n,
      Found t,
      BigDecimal exact,
      String tolerance,
      String internal) {
    rows.add(f.base().row());
    CheckedClaim c =
        verdict(
            Verdict.SUPPORTED,
            "the data give "
                + show(f.exact())
                + " against "
                + f.base().label()
                + ", the base that fits the stated figure ("
                + (f.base().year() == n.year()
                    ? "the sentence names the proposal as the base: the Assembly's net change"
                    : "the "
                        + (cmp.reason().contains(NAMED_BASIS)
                            ? "base the text names"
                            : "usual base")
                        + " as the FY"
                        + n.year()
                        + " documents restate it")
                + "); against "
                + t.label()
                + " it would be "
                + show(exact)
                + "."
                + internal,
            formulaOf(
                    n.label() + " " + WonText.of(n.amount()),
                    f.base().label() + " " + WonText.of(f.base().amount()))
                + " = "
                + show(f.exact()),
            tolerance,
            Optional.of(f.exact()));
    String base =
        f.base().year()
            + "년 "
            + f.base().stage().labelKo()
            + f.base().series().reportedIn().map(y -> "(" + y + "년도 예산 자료에서 다시 밝힌 수치)").orElse("");
    return c.withVerdict(
        c.verdict(), c.explanation(), c.explanationKo() + " 비교 기준은 " + base + "입니다.");
  }

  /**
   * Words that name the proposal as what a figure is compared with: "정부가 제출한 470조5000억원에서 9300억원
   * 순감소", "정부안보다", "than the government proposed".
   */
  private static final java.util.regex.Pattern PROPOSAL_AS_BASE =
      java.util.regex.Pattern.compile(
          "정부안|원안|당초안|정부가?\\s?(?:국회에\\s?)?제출한|제출된|순감|순삭감|순증"
              + "|(?i:(?:government'?s?|original|initial)\\s+(?:proposal|plan|bill)|than proposed"
              + "|than the government (?:proposed|sought|requested))");

  /**
   * Whether the fit is the budget as passed against its own proposal, in a sentence that names the
   * proposal as the base: the Assembly's net change, read against last year by the first reading.
   */
  private boolean againstOwnProposal(Fit f, Found n) {
    return f.now().year() == n.year()
        && f.now().stage().equals(Stage.ENACTED)
        && f.base().year() == n.year()
        && f.base().stage().equals(Stage.PROPOSAL)
        && claim.kind() == ClaimKind.CHANGE_AMOUNT
        && PROPOSAL_AS_BASE.matcher(leadOf(claim)).find();
  }

  /** The doubt that a change is too small for the whole budget's (see {@link ReadingDoubts}). */
  private static final String SMALL_CHANGE = "a change under 1% of the whole budget";

  /** The claim's sentence and what precedes it in its paragraph, up to 200 characters back. */
  private String leadOf(Claim c) {
    int from = Math.max(0, c.figure().start() - 200);
    String before = text.substring(from, c.figure().start());
    int paragraph = before.lastIndexOf("\n\n");
    return (paragraph >= 0 ? before.substring(paragraph) : before) + c.sentence();
  }

  /** The words a comparison's reason gives when the text named the base's stage. */
  private static final String NAMED_BASIS = "basis \"";

  /** Another pair of data figures whose relation fits the stated figure. */
  private record Fit(Found now, Found base, BigDecimal exact) {

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
  private List<Fit> otherFits(Subject subject, Comparison cmp, Found n, Found t, Interval stated) {
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
    stagesOf(n.series(), year).stream()
        .filter(s -> !claim.stageStated() || looseStageWord(claim) || proposalIsBase)
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
        for (Stage stage : stagesOf(s, y)) {
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
        if (relation(c.interval(), b.interval()).overlaps(stated)) {
          out.add(new Fit(c, b, exactRelation(c.amount(), b.amount())));
        }
      }
    }
    return out;
  }

  private static List<Stage> stagesOf(StoreFigures.Series s, int year) {
    List<Stage> out = new ArrayList<>();
    for (String key : s.amounts().keySet()) {
      String[] k = key.split("\\|");
      if (Integer.parseInt(k[0]) == year) {
        out.add(Stage.parse(k[1]));
      }
    }
    return out;
  }

  /**
   * "내년 예산이 1조6813억원 증액된 13조1765억원": a level of the same subject in the change's own sentence,
   * under half or over twice the data's level, says the change is of a smaller item.
   */
  private Optional<Claim> farLevelInSentence(Subject subject, BigDecimal dataLevel) {
    if (dataLevel.signum() == 0) {
      return Optional.empty();
    }
    return byId.values().stream()
        .filter(
            o ->
                o.id() != claim.id()
                    && o.kind() == ClaimKind.AMOUNT
                    && o.sentence().equals(claim.sentence())
                    && o.subject().map(x -> x.id().equals(subject.id())).orElse(false)
                    && o.figure().isMoneyIn("KRW"))
        .filter(
            o -> {
              BigDecimal ratio = o.figure().value().abs().divide(dataLevel.abs(), PRECISION);
              return ratio.compareTo(new BigDecimal("0.5")) < 0
                  || ratio.compareTo(BigDecimal.valueOf(2)) > 0;
            })
        .findFirst();
  }

  /**
   * Whether two of the text's amounts can be the two levels a rate or change joins: levels of the
   * same thing a year or a stage apart are within a factor of two (a change or a part is not).
   */
  private static boolean comparable(NumberMention current, NumberMention base) {
    if (base.value().signum() == 0 || !current.isMoneyIn("KRW") || !base.isMoneyIn("KRW")) {
      return false;
    }
    BigDecimal ratio = current.value().divide(base.value(), PRECISION);
    return ratio.compareTo(new BigDecimal("0.5")) >= 0
        && ratio.compareTo(BigDecimal.valueOf(2)) <= 0;
  }

  /**
   * Whether the stated figure fits another base: the prior proposal, or the prior total with extra
   * budgets.
   */
  private String alternativeBases(
      Subject subject, Comparison cmp, Found now, Interval stated, Optional<Found> used) {
    StringBuilder b = new StringBuilder();
    int year = cmp.baseYear().value();
    for (StoreFigures.Series s : figures.series(subject)) {
      for (Map.Entry<String, BigDecimal> e : s.amounts().entrySet()) {
        String[] k = e.getKey().split("\\|");
        Stage stage = Stage.parse(k[1]);
        if (Integer.parseInt(k[0]) != year
            || used.filter(u -> u.stage().equals(stage)).isPresent()) {
          continue;
        }
        Interval computed = relation(now.interval(), s.interval(year, stage));
        BigDecimal exact = exactRelation(now.amount(), e.getValue());
        rows.add(s.row(year, stage));
        b.append(" Against the ")
            .append(year)
            .append(' ')
            .append(stageLabel(stage))
            .append(" (")
            .append(WonText.of(e.getValue()))
            .append(") it is ")
            .append(show(exact))
            .append(
                computed.overlaps(stated)
                    ? ", which matches the stated figure: the text uses that base."
                    : ", which does not match the stated figure either.");
      }
    }
    return b.toString();
  }

  private String missingBase(Subject subject, Comparison cmp) {
    return switch (cmp.basis()) {
      case ENACTED -> missing(subject, cmp.baseYear().value(), Stage.ENACTED);
      case PROPOSAL -> missing(subject, cmp.baseYear().value(), Stage.PROPOSAL);
      case LATEST_SUPPLEMENTARY ->
          "no supplementary budget of "
              + cmp.baseYear()
              + " for "
              + subject.labelEn()
              + " in the store";
    };
  }

  private Optional<Found> findBase(Subject subject, int year, Comparison.Basis basis) {
    return switch (basis) {
      case ENACTED -> find(subject, year, Stage.ENACTED);
      case PROPOSAL -> find(subject, year, Stage.PROPOSAL);
      case LATEST_SUPPLEMENTARY -> find(subject, year, ClaimExtractor.LATEST_SUPPLEMENTARY);
    };
  }

  /** current ÷ base − 1 in percent, current − base, or current ÷ base, as the claim asks. */
  private Interval relation(Interval current, Interval base) {
    return switch (claim.kind()) {
      case GROWTH_RATE -> current.dividedBy(base).asPercentChange();
      case CHANGE_AMOUNT -> current.minus(base);
      default -> current.dividedBy(base);
    };
  }

  private BigDecimal exactRelation(BigDecimal current, BigDecimal base) {
    return switch (claim.kind()) {
      case GROWTH_RATE ->
          current.divide(base, PRECISION).subtract(BigDecimal.ONE).multiply(Interval.HUNDRED);
      case CHANGE_AMOUNT -> current.subtract(base);
      default -> current.divide(base, PRECISION);
    };
  }

  private String formulaOf(String current, String base) {
    return switch (claim.kind()) {
      case GROWTH_RATE -> "(" + current + " ÷ " + base + " − 1) × 100";
      case CHANGE_AMOUNT -> current + " − " + base;
      default -> current + " ÷ " + base;
    };
  }

  /** A relation's value as the report shows it: won amounts as 조/억, others to two decimals. */
  private String show(BigDecimal v) {
    return claim.kind() == ClaimKind.CHANGE_AMOUNT
        ? WonText.of(v)
        : v.setScale(2, RoundingMode.HALF_UP).toPlainString() + unit();
  }

  private String showInterval(Interval i) {
    if (claim.kind() != ClaimKind.CHANGE_AMOUNT) {
      return i.show(2) + unit();
    }
    return "["
        + i.low().map(WonText::of).orElse("−∞")
        + ", "
        + i.high().map(WonText::of).orElse("∞")
        + "]";
  }

  private String unit() {
    return switch (claim.kind()) {
      case GROWTH_RATE, SHARE -> "%";
      case CHANGE_AMOUNT -> " 원";
      default -> "×";
    };
  }

  /** The stated change as an interval, signed by the text's direction. */
  private Interval statedChange() {
    NumberMention f = claim.figure();
    Interval i;
    if (claim.kind() == ClaimKind.MULTIPLE) {
      BigDecimal r = f.value();
      i =
          switch (f.approximation()) {
            case OVER -> Interval.atLeast(r);
            case NEARLY -> Interval.closed(r.multiply(NEARLY), r);
            default ->
                Interval.closed(
                    r.multiply(BigDecimal.ONE.subtract(WORD_RATIO)),
                    r.multiply(BigDecimal.ONE.add(WORD_RATIO)));
          };
      return i;
    }
    i = statedInterval(f);
    boolean down = claim.comparison().map(c -> !c.increase()).orElse(false);
    return down ? i.negated() : i;
  }
}
