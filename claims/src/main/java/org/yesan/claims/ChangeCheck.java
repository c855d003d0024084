package org.yesan.claims;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
    OtherBases others = new OtherBases(claim, text, figures, this::relation, this::exactRelation);
    List<OtherBases.Fit> fits = others.fits(subject, cmp, n, t, stated);
    Optional<OtherBases.Fit> onBase =
        fits.stream()
            .filter(f -> f.sameBase(cmp, n, t) || others.againstOwnProposal(f, n))
            .filter(
                f ->
                    ReadingDoubts.of(claim, Optional.of(f.exact()), Optional.of(n.amount()))
                        .stream()
                        // The Assembly's net change is small by nature: its size says nothing of
                        // an item.
                        .filter(
                            d -> !(others.againstOwnProposal(f, n) && OtherBases.smallChange(d)))
                        .noneMatch(ReadingDoubts::aboutTheSubject))
            .findFirst();
    if (onBase.isPresent()) {
      return supportedOnBase(onBase.get(), cmp, n, t, exact, tolerance, internal);
    }
    Optional<OtherBases.Fit> fit = fits.stream().findFirst();
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
      OtherBases.Fit f = fit.get();
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
      OtherBases.Fit f,
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
                        + (cmp.reason().contains(OtherBases.NAMED_BASIS)
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
