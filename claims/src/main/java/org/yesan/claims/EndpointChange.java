package org.yesan.claims;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yesan.claims.text.Claim;
import org.yesan.claims.text.ClaimKind;
import org.yesan.claims.text.Comparison;

/**
 * A change stated with both its ends ("총지출은 687조1000억원에서 703조3000억원으로 16조2000억원 증가"): when the data
 * hold both ends as stated, of one subject, the change between them is the data's change, from
 * whatever stage or year the ends are, and the stated change agrees if the stated ends give it.
 */
final class EndpointChange {

  private static final MathContext PRECISION = new MathContext(24, RoundingMode.HALF_EVEN);

  private EndpointChange() {}

  /** The checked claims with each unsettled change between two supported ends settled by them. */
  static List<CheckedClaim> settle(List<CheckedClaim> checked, Map<Integer, Claim> byId) {
    List<CheckedClaim> out = new ArrayList<>(checked);
    for (int i = 0; i < out.size(); i++) {
      CheckedClaim c = out.get(i);
      Claim claim = byId.get(c.id());
      // A change called false whose two ends the data hold as stated is not false either.
      if (claim == null
          || !(c.verdict() == Verdict.UNVERIFIABLE || c.verdict() == Verdict.CONTRADICTED)) {
        continue;
      }
      int at = i;
      settled(claim, checked, byId).ifPresent(s -> out.set(at, s));
    }
    return out;
  }

  private static Optional<CheckedClaim> settled(
      Claim claim, List<CheckedClaim> checked, Map<Integer, Claim> byId) {
    if (claim.kind() == ClaimKind.PERCENTAGE_POINTS) {
      return points(claim, checked, byId);
    }
    if (claim.kind() != ClaimKind.CHANGE_AMOUNT && claim.kind() != ClaimKind.GROWTH_RATE) {
      return Optional.empty();
    }
    Optional<Comparison> cmp = claim.comparison();
    if (cmp.isEmpty() || cmp.get().currentClaim().isEmpty() || cmp.get().baseClaim().isEmpty()) {
      return Optional.empty();
    }
    Optional<CheckedClaim> now = byId(checked, cmp.get().currentClaim().get());
    Optional<CheckedClaim> then = byId(checked, cmp.get().baseClaim().get());
    if (now.isEmpty() || then.isEmpty() || !held(now.get()) || !held(then.get())) {
      return Optional.empty();
    }
    DataRow n = now.get().rows().get(0);
    DataRow t = then.get().rows().get(0);
    boolean sameSubject = n.measure().equals(t.measure()) && n.member().equals(t.member());
    boolean twoFigures = n.fiscalYear() != t.fiscalYear() || !n.stage().equals(t.stage());
    if (!sameSubject || !twoFigures || t.amount().signum() == 0) {
      return Optional.empty();
    }
    // A deficit written without its sign ("적자는 58조2천억원에서 92조원으로") grows as its size grows.
    BigDecimal nowAmount = n.amount().abs();
    BigDecimal baseAmount = t.amount().abs();
    if (n.amount().signum() != t.amount().signum()) {
      return Optional.empty();
    }
    BigDecimal change =
        claim.kind() == ClaimKind.CHANGE_AMOUNT
            ? nowAmount.subtract(baseAmount)
            : nowAmount
                .divide(baseAmount, PRECISION)
                .subtract(BigDecimal.ONE)
                .multiply(Interval.HUNDRED);
    if (change.signum() != 0 && (change.signum() > 0) != cmp.get().increase()) {
      return Optional.empty();
    }
    Interval statedNow =
        ClaimCheck.statedInterval(byId.get(cmp.get().currentClaim().get()).figure());
    Interval statedBase = ClaimCheck.statedInterval(byId.get(cmp.get().baseClaim().get()).figure());
    Interval fromText =
        claim.kind() == ClaimKind.CHANGE_AMOUNT
            ? statedNow.minus(statedBase)
            : statedNow.dividedBy(statedBase).asPercentChange();
    if (!cmp.get().increase()) {
      fromText = fromText.negated();
    }
    Interval stated = ClaimCheck.statedInterval(claim.figure());
    if (!stated.overlaps(fromText)) {
      return Optional.empty();
    }
    String shown =
        claim.kind() == ClaimKind.CHANGE_AMOUNT
            ? WonText.of(change.abs())
            : change.abs().setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    String explanation =
        "the text's own ends, "
            + now.get().text()
            + " and "
            + then.get().text()
            + ", are the data's "
            + label(n)
            + " and "
            + label(t)
            + "; between them the data give "
            + shown
            + ", and the stated ends give the stated "
            + claim.figure().text()
            + ".";
    BigDecimal value = change.abs();
    String formula =
        (claim.kind() == ClaimKind.CHANGE_AMOUNT
                ? n.shown() + " − " + t.shown()
                : "(" + n.shown() + " ÷ " + t.shown() + " − 1) × 100")
            + " = "
            + shown;
    return Optional.of(
        settledBy(
            byId(checked, claim.id()).orElseThrow(),
            claim,
            n,
            label(n) + " and " + label(t),
            List.of(n, t),
            explanation,
            formula,
            value));
  }

  /**
   * "GDP 대비 적자 비율은 2.8%에서 4.0%로 1.2%포인트 높아진다": a change in points of a ratio whose two ends, the
   * two figures right before it, the data hold as stated.
   */
  private static Optional<CheckedClaim> points(
      Claim claim, List<CheckedClaim> checked, Map<Integer, Claim> byId) {
    Claim nowClaim = byId.get(claim.id() - 1);
    Claim baseClaim = byId.get(claim.id() - 2);
    if (nowClaim == null
        || baseClaim == null
        || !nowClaim.sentence().equals(claim.sentence())
        || !baseClaim.sentence().equals(claim.sentence())) {
      return Optional.empty();
    }
    String s = claim.sentence();
    int base = s.indexOf(baseClaim.figure().text());
    int now = s.indexOf(nowClaim.figure().text(), Math.max(0, base));
    int at = s.indexOf(claim.figure().text(), Math.max(0, now));
    if (base < 0 || now < 0 || at < 0) {
      return Optional.empty();
    }
    String from = s.substring(base + baseClaim.figure().text().length(), now);
    String to = s.substring(now + nowClaim.figure().text().length(), at);
    boolean fromTo =
        (from.matches("(?s)\\s?에서.{0,8}") && to.matches("(?s)\\s?(?:으로|로).{0,4}"))
            || (s.substring(Math.max(0, base - 6), base).matches("(?s).*(?i:from)\\s+")
                && from.matches("(?s)\\s+(?i:to)\\s+.{0,12}"));
    Optional<CheckedClaim> n = byId(checked, nowClaim.id());
    Optional<CheckedClaim> t = byId(checked, baseClaim.id());
    if (!fromTo || n.isEmpty() || t.isEmpty() || !ratioHeld(n.get()) || !ratioHeld(t.get())) {
      return Optional.empty();
    }
    DataRow nr = n.get().rows().get(0);
    DataRow tr = t.get().rows().get(0);
    if (!nr.measure().equals(tr.measure())
        || (nr.fiscalYear() == tr.fiscalYear() && nr.stage().equals(tr.stage()))) {
      return Optional.empty();
    }
    BigDecimal change = n.get().dataValue().get().abs().subtract(t.get().dataValue().get().abs());
    Interval fromText =
        ClaimCheck.statedInterval(nowClaim.figure())
            .minus(ClaimCheck.statedInterval(baseClaim.figure()));
    if (change.signum() < 0) {
      fromText = fromText.negated();
    }
    if (!ClaimCheck.statedInterval(claim.figure()).overlaps(fromText)) {
      return Optional.empty();
    }
    String shown = change.abs().stripTrailingZeros().toPlainString() + " percentage points";
    String explanation =
        "the text's own ends, "
            + t.get().text()
            + " and "
            + n.get().text()
            + ", are the data's "
            + label(tr)
            + " and "
            + label(nr)
            + "; between them the data give "
            + shown
            + ", as stated.";
    String formula =
        n.get().dataValue().get().abs() + " − " + t.get().dataValue().get().abs() + " = " + shown;
    return Optional.of(
        settledBy(
            byId(checked, claim.id()).orElseThrow(),
            claim,
            nr,
            label(tr) + " and " + label(nr),
            List.of(nr, tr),
            explanation,
            formula,
            change.abs()));
  }

  /** The claim {@code c} supported by the change between its two ends, dated as the later one. */
  private static CheckedClaim settledBy(
      CheckedClaim c,
      Claim claim,
      DataRow now,
      String readAs,
      List<DataRow> rows,
      String explanation,
      String formula,
      BigDecimal value) {
    return new CheckedClaim(
        c.id(),
        c.start(),
        c.end(),
        c.text(),
        c.kind(),
        c.subject(),
        Optional.of(now.fiscalYear()),
        Optional.of(now.stage()),
        c.reading() + "; settled by its two ends, read as " + readAs,
        Verdict.SUPPORTED,
        explanation,
        KoreanExplanation.of(claim, Verdict.SUPPORTED, explanation, Optional.of(value)),
        formula,
        c.tolerance(),
        Optional.of(value),
        rows,
        c.queries());
  }

  /** Whether a checked end is a ratio the data hold as stated, from one row. */
  private static boolean ratioHeld(CheckedClaim end) {
    return end.verdict() == Verdict.SUPPORTED
        && end.rows().size() == 1
        && end.kind().equals("other_percent")
        && end.dataValue().isPresent();
  }

  /** Whether a checked end is a figure the data hold as stated, from one row. */
  private static boolean held(CheckedClaim end) {
    return end.verdict() == Verdict.SUPPORTED
        && end.rows().size() == 1
        && end.kind().equals("amount")
        && end.dataValue().isPresent();
  }

  private static Optional<CheckedClaim> byId(List<CheckedClaim> checked, int id) {
    return checked.stream().filter(c -> c.id() == id).findFirst();
  }

  private static String label(DataRow r) {
    return r.fiscalYear() + " " + r.stage() + " " + r.shown();
  }
}
