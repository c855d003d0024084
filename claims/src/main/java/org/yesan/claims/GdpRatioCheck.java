package org.yesan.claims;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yesan.claims.text.Claim;
import org.yesan.claims.text.ClaimKind;
import org.yesan.claims.text.Subject;
import org.yesan.model.Stage;

/**
 * A percentage of GDP said of the national debt or the managed fiscal balance ({@code 국가채무비율
 * 46.7%}, {@code a deficit of 3.9 percent of GDP}), checked against the ratio the data hold for
 * that year and stage. A ratio that differs is never called false: it rests on a GDP estimate, and
 * GDP is revised, so a ratio from another vintage than the data's differs without being wrong.
 */
final class GdpRatioCheck extends ClaimCheck {

  /** What the ratio is of, the last one named before the figure wins; 통합재정수지 is not held. */
  private static final Pattern RATIO_OF =
      Pattern.compile(
          "(?i:(consolidated|integrated) fiscal balance|(managed fiscal balance|fiscal balance"
              + "|fiscal deficit|budget deficit|deficit)|(national debt|government debt|debt))"
              + "|(통합재정수지)|(관리재정수지|관리대상수지|재정수지|재정적자)|(국가채무|나랏빚|채무)");

  private static final Pattern GDP_BETWEEN =
      Pattern.compile("(?i:\\bGDP\\b|gross domestic product|\\bratio\\b)|국내총생산|비율|GDP");

  private static final Pattern GDP_AFTER =
      Pattern.compile("^\\s*(?i:of (?:the )?(?:GDP|gross domestic product|economic output))");

  /** "GDP 대비 관리재정수지 적자 폭은 2026년 4.0%": the ratio named before its subject. */
  private static final Pattern GDP_BEFORE =
      Pattern.compile("(?:GDP|국내총생산)\\s?(?:\\([^)]*\\)\\s?)?대비\\s?$");

  /** A growth rate's subject named as spending or revenue itself, which no ratio to GDP is. */
  private static final Pattern SPENDING_NAMED =
      Pattern.compile("(?i:total (?:expenditures?|spending)|spending|revenues?)|총지출|총수입|총계|세출|세입");

  /** "37.1%였던 국가채무비율": the ratio named right after its figure, as what the figure was. */
  private static final Pattern RATIO_NAMED_AFTER =
      Pattern.compile(
          "^\\s?(?:였던|이던|인|의|였던\\s|수준의?)?\\s?(?:GDP\\s?대비\\s?)?"
              + "(?:(국가채무\\s?비율|채무\\s?비율)|(관리재정수지\\s?(?:적자\\s?)?비율|재정적자\\s?비율))");

  /** How far back the ratio's subject may be named: its line and the one before it. */
  private static final int REACH = 160;

  private static final Subject DEBT_RATIO =
      aggregate(
          "theme:national_debt_to_gdp",
          "national debt to GDP",
          "GDP 대비 국가채무",
          "national_debt_to_gdp");

  private static final Subject BALANCE_RATIO =
      aggregate(
          "theme:managed_fiscal_balance_to_gdp",
          "managed fiscal balance to GDP",
          "GDP 대비 관리재정수지",
          "managed_fiscal_balance_to_gdp");

  private GdpRatioCheck(Context c) {
    super(c);
  }

  /** The ratio check for a percentage of GDP of the debt or the balance, if the claim is one. */
  static Optional<ClaimCheck> ifRatio(Context c) {
    Claim claim = c.claim();
    boolean moved =
        claim.kind() == ClaimKind.GROWTH_RATE
            && claim.figure().kind() == org.yesan.claims.text.MentionKind.PERCENT;
    if (claim.kind() != ClaimKind.OTHER_PERCENT && !moved) {
      return Optional.empty();
    }
    if (moved
        && (claim.subject().map(x -> x.id().startsWith("sector:")).orElse(false)
            || SPENDING_NAMED.matcher(claim.subjectPhrase()).find()
            || (SPENDING_NAMED.matcher(claim.sentence()).find()
                && !GDP_BETWEEN.matcher(claim.sentence()).find()))) {
      // A growth rate said of total spending or of a sector, in a sentence that names no ratio,
      // stays one.
      return Optional.empty();
    }
    // "국가채무비율은 39.8%로 늘었고", "the debt ratio will fall from 36.1 percent": a percentage of GDP
    // is the ratio's level even where the sentence says it moved; its change is in points.
    Claim level = moved ? claim.asLevel(ClaimKind.OTHER_PERCENT) : claim;
    return ratioSubject(c.text(), level)
        .map(s -> new GdpRatioCheck(c.withClaim(withSubject(level, s))));
  }

  /**
   * The debt or the balance, when the last of them named before the figure (on its line or the one
   * before) is followed by GDP or a ratio word before the figure, or the figure by "of GDP".
   */
  static Optional<Subject> ratioSubject(String text, Claim claim) {
    int at = claim.figure().start();
    int from = Math.max(0, at - REACH);
    String before = text.substring(from, at);
    int lines = 0;
    for (int i = before.length() - 1; i >= 0; i--) {
      if (before.charAt(i) == '\n' && ++lines == 2) {
        before = before.substring(i + 1);
        break;
      }
    }
    String next =
        text.substring(claim.figure().end(), Math.min(text.length(), claim.figure().end() + 24));
    Matcher named = RATIO_NAMED_AFTER.matcher(next);
    if (named.find()) {
      return Optional.of(named.group(1) != null ? DEBT_RATIO : BALANCE_RATIO);
    }
    Matcher m = RATIO_OF.matcher(before);
    Optional<Subject> last = Optional.empty();
    int end = -1;
    int start = -1;
    while (m.find()) {
      end = m.end();
      start = m.start();
      if (m.group(1) != null || m.group(4) != null) {
        last = Optional.empty();
      } else if (m.group(2) != null || m.group(5) != null) {
        last = Optional.of(BALANCE_RATIO);
      } else {
        last = Optional.of(DEBT_RATIO);
      }
    }
    if (last.isEmpty()) {
      return last;
    }
    String after = text.substring(claim.figure().end(), Math.min(text.length(), at + 80));
    boolean gdp =
        GDP_BETWEEN.matcher(before.substring(end)).find()
            || GDP_AFTER.matcher(after).find()
            || GDP_BEFORE.matcher(before.substring(0, start)).find();
    return gdp ? last : Optional.empty();
  }

  @Override
  CheckedClaim checkKind() {
    Subject subject = claim.subject().orElseThrow();
    if (claim.fiscalYear().isEmpty()) {
      return unverifiable("no fiscal year: " + claim.yearReason(), "", "");
    }
    if (claim.stage().isEmpty()) {
      return unverifiable("no stage: " + claim.stageReason(), "", "");
    }
    if (figures.series(subject).isEmpty()) {
      return unverifiable(missingSubject(subject), "", "");
    }
    int year = claim.fiscalYear().get().value();
    Stage stage = claim.stage().get();
    Optional<Found> found = find(subject, year, stage);
    if (found.isEmpty()) {
      return unverifiable(missing(subject, year, stage), "", "");
    }
    Found f = found.get();
    BigDecimal data = f.amount();
    Interval stated = statedInterval(claim.figure());
    String sign = "";
    if (data.signum() < 0 && claim.figure().value().signum() > 0) {
      // "a deficit of 3.9 percent of GDP": the balance's ratio stated without its sign.
      stated = stated.negated();
      sign = " (a deficit, compared with its sign)";
    }
    BigDecimal step = stepOf(data);
    Interval held = Interval.rounded(data, step);
    rows.add(
        new DataRow(
            f.series().dataset().name(),
            f.series().target().measure(),
            "",
            year,
            f.stage().id(),
            data,
            percent(data),
            "stated to " + step.toPlainString() + " percentage points in the source"));
    String formula = "stated " + claim.figure().text() + " vs " + f.label() + " = " + percent(data);
    String tolerance =
        "stated "
            + claim.figure().text()
            + " stands for "
            + stated.show(2)
            + "%; data "
            + held.show(2)
            + "%";
    if (stated.overlaps(held)) {
      return verdict(
          Verdict.SUPPORTED,
          "the data give " + percent(data) + " for " + f.label() + sign + ".",
          formula,
          tolerance,
          Optional.of(data));
    }
    Optional<CheckedClaim> restated = restated(subject, year, f.stage(), stated, sign);
    if (restated.isPresent()) {
      return restated.get();
    }
    return verdict(
        Verdict.UNVERIFIABLE,
        "the data give "
            + percent(data)
            + " for "
            + f.label()
            + ", not "
            + claim.figure().text()
            + ". Not called false, because a ratio to GDP rests on a GDP estimate that is revised,"
            + " so a ratio from another vintage differs without being wrong"
            + (claim.stageStated()
                ? ""
                : "; and the stage was not named (" + claim.stageReason() + ")")
            + ".",
        formula,
        tolerance,
        Optional.of(data));
  }

  /**
   * The ratio as a later budget's documents restate it, on the GDP revised since: "50.4%" for the
   * 2023 debt ratio is the FY2024 documents' figure, where the 2023 budget's own said 49.8%.
   */
  private Optional<CheckedClaim> restated(
      Subject subject, int year, Stage stage, Interval stated, String sign) {
    for (int later = year + 1; later <= year + 2; later++) {
      for (StoreFigures.Series s : figures.restated(subject, later)) {
        Optional<BigDecimal> v = s.at(year, stage);
        if (v.isEmpty()) {
          continue;
        }
        BigDecimal data = v.get();
        Interval held = Interval.rounded(data, stepOf(data));
        if (stated.overlaps(held)) {
          Found f = new Found(s, year, stage);
          rows.add(f.row());
          return Optional.of(
              verdict(
                  Verdict.SUPPORTED,
                  "the data give "
                      + percent(data)
                      + " for "
                      + f.label()
                      + sign
                      + ": the ratio as a later budget restated it, on revised GDP.",
                  "stated " + claim.figure().text() + " vs " + f.label() + " = " + percent(data),
                  "stated " + stated.show(2) + "%; data " + held.show(2) + "%",
                  Optional.of(data)));
        }
      }
    }
    return Optional.empty();
  }

  /** The step a ratio in the data is published to: its last digit, at least a tenth. */
  static BigDecimal stepOf(BigDecimal ratio) {
    return BigDecimal.ONE.movePointLeft(Math.max(1, ratio.stripTrailingZeros().scale()));
  }

  private static String percent(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString() + "% of GDP";
  }
}
