package org.yesan.claims;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yesan.claims.text.Approximation;
import org.yesan.claims.text.Claim;
import org.yesan.claims.text.ClaimExtractor;
import org.yesan.claims.text.Glossary;
import org.yesan.claims.text.MentionKind;
import org.yesan.claims.text.NumberMention;
import org.yesan.claims.text.Subject;
import org.yesan.model.Stage;

/**
 * The check of one claim against the store, by kind: the state of one check (the rows and queries
 * it used) and what every kind shares (lookups, stated intervals, doubts, the verdict's wording).
 */
abstract class ClaimCheck {

  static final MathContext PRECISION = new MathContext(24, RoundingMode.HALF_EVEN);
  static final BigDecimal ABOUT = new BigDecimal("0.03");
  static final BigDecimal NEARLY = new BigDecimal("0.90");

  final String text;
  final Claim claim;
  final Map<Integer, Claim> byId;
  final StoreFigures figures;
  final Glossary glossary;
  final Optional<LocalDate> date;
  final List<DataRow> rows = new ArrayList<>();
  final List<String> queries = new ArrayList<>();

  /** What one check reads: the text, the claim, the text's other claims, the store, the date. */
  record Context(
      String text,
      Claim claim,
      Map<Integer, Claim> byId,
      StoreFigures figures,
      Glossary glossary,
      Optional<LocalDate> date) {

    /** The same context for a claim read anew (a subject the check found, not the glossary). */
    Context withClaim(Claim c) {
      return new Context(text, c, byId, figures, glossary, date);
    }
  }

  /**
   * The claim with the subject a check found in its words, such as the debt's ratio to GDP or the
   * Assembly's cuts, which no glossary phrase names.
   */
  static Claim withSubject(Claim c, Subject s) {
    return c.withReading(
        Optional.of(s),
        s.labelEn(),
        c.fiscalYear(),
        c.yearReason(),
        c.stage(),
        c.stageStated(),
        c.stageReason());
  }

  ClaimCheck(Context c) {
    this.text = c.text();
    this.claim = c.claim();
    this.byId = c.byId();
    this.figures = c.figures();
    this.glossary = c.glossary();
    this.date = c.date();
  }

  /** The check that fits the claim's kind. */
  static ClaimCheck of(Context c) {
    Optional<ClaimCheck> gross = AssemblyChangeCheck.ifGross(c);
    if (gross.isPresent()) {
      return gross.get();
    }
    return switch (c.claim().kind()) {
      case AMOUNT -> new AmountCheck(c);
      case GROWTH_RATE -> GdpRatioCheck.ifRatio(c).orElseGet(() -> new ChangeCheck(c));
      case CHANGE_AMOUNT, MULTIPLE -> new ChangeCheck(c);
      case SHARE -> new ShareCheck(c);
      case RECORD -> new RecordCheck(c);
      case GROWTH_RECORD -> new GrowthRecordCheck(c);
      case OTHER_PERCENT -> GdpRatioCheck.ifRatio(c).orElseGet(() -> new UncheckedKind(c));
      default -> new UncheckedKind(c);
    };
  }

  /** The verdict: a projection is never checked; otherwise as the kind's check says. */
  final CheckedClaim run() {
    Optional<String> projection = projection();
    if (projection.isPresent()) {
      return unverifiable(projection.get(), "", "");
    }
    return checkKind();
  }

  /** The check proper of this claim's kind. */
  abstract CheckedClaim checkKind();

  /**
   * A figure for a budget year more than a year after the text's date is a projection (the
   * medium-term plan), not a budget any stage of the data holds; comparing it with the budget later
   * passed would call a correct forecast false.
   */
  private Optional<String> projection() {
    if (date.isEmpty() || claim.fiscalYear().isEmpty()) {
      return Optional.empty();
    }
    int year = claim.fiscalYear().get().value();
    int dated = date.get().getYear();
    if (year <= dated + 1) {
      return Optional.empty();
    }
    return Optional.of(
        "FY"
            + year
            + " is more than a year after the text's date ("
            + date.get()
            + "), so the figure is a projection of the medium-term plan, not a budget the data"
            + " hold");
  }

  /** Why a claim cannot be looked up at all, if it cannot. */
  Optional<String> unresolved() {
    if (claim.subject().isEmpty()) {
      return Optional.of(
          "the sentence names nothing the glossary knows, so there is no subject to look up");
    }
    if (claim.fiscalYear().isEmpty()) {
      return Optional.of("no fiscal year: " + claim.yearReason());
    }
    if (claim.stage().isEmpty()) {
      return Optional.of("no stage: " + claim.stageReason());
    }
    if (figures.series(claim.subject().get()).isEmpty()) {
      return Optional.of(missingSubject(claim.subject().get()));
    }
    return Optional.empty();
  }

  String missingSubject(Subject s) {
    String base =
        s.missing().isEmpty() ? "no dataset in the store has " + s.labelEn() : s.missing();
    return base + " (store: " + figures.describeDatasets() + ")";
  }

  String missing(Subject s, int year, Stage stage) {
    StringBuilder b = new StringBuilder();
    for (StoreFigures.Series series : figures.series(s)) {
      if (b.length() > 0) {
        b.append("; ");
      }
      String has = series.stagesOf(year);
      b.append(series.label())
          .append(" has no ")
          .append(stageLabel(stage))
          .append(" figure for ")
          .append(year)
          .append(
              has.isEmpty()
                  ? " (it covers " + series.coverage() + ")"
                  : " (for " + year + " it has " + has + ")");
    }
    return b.toString();
  }

  /** A store figure with the series it came from. */
  record Found(StoreFigures.Series series, int year, Stage stage) {
    BigDecimal amount() {
      return series.at(year, stage).orElseThrow();
    }

    Interval interval() {
      return series.interval(year, stage);
    }

    DataRow row() {
      return series.row(year, stage);
    }

    String label() {
      return series.dataset().name()
          + " "
          + series.target()
          + " "
          + year
          + " "
          + stage.id()
          + series.restatement();
    }
  }

  Optional<Found> find(Subject subject, int year, Stage stage) {
    for (StoreFigures.Series s : figures.series(subject)) {
      queries.add(s.query());
      Stage actual = stage;
      if (stage.equals(ClaimExtractor.LATEST_SUPPLEMENTARY)) {
        Optional<Stage> latest = s.latestSupplementary(year);
        if (latest.isEmpty()) {
          continue;
        }
        actual = latest.get();
      }
      if (s.at(year, actual).isPresent()) {
        return Optional.of(new Found(s, year, actual));
      }
    }
    return Optional.empty();
  }

  /** The arithmetic of an amount compared with one store figure, for the report. */
  String amountFormula(Found f) {
    return "stated "
        + WonText.of(claim.figure().value())
        + " vs "
        + f.label()
        + " = "
        + WonText.of(f.amount());
  }

  /**
   * A subject a check finds in a claim's words rather than through a glossary phrase: one measure
   * of the national aggregates (the debt's ratio to GDP, the Assembly's cuts).
   */
  static Subject aggregate(String id, String labelEn, String labelKo, String measure) {
    return new Subject(
        id,
        labelEn,
        labelKo,
        Subject.Kind.FISCAL,
        List.of(),
        List.of(org.yesan.claims.text.SubjectTarget.measure(measure)),
        "no dataset in the store has " + labelEn + " (measure " + measure + ")");
  }

  private static final BigDecimal HUNDRED_BILLION = new BigDecimal("100000000000");

  /**
   * The step a figure was written to. "292조8000억원" is 292.8조 rounded as a Korean writer writes it,
   * not a figure exact to the 억: zeros at the end of its 억 group are rounding, as "292.8 trillion"
   * is, up to 1000억.
   */
  static BigDecimal stepOf(NumberMention f) {
    BigDecimal step = f.step();
    if (f.kind() != MentionKind.AMOUNT
        || !f.isMoneyIn("KRW")
        || f.text().indexOf('억') < 0
        || step.signum() <= 0) {
      return step;
    }
    BigDecimal value = f.value().abs();
    while (step.compareTo(HUNDRED_BILLION) < 0
        && value.remainder(step.movePointRight(1)).signum() == 0) {
      step = step.movePointRight(1);
    }
    return step;
  }

  /** The values a stated figure stands for, given its precision and the text's qualifier. */
  static Interval statedInterval(NumberMention f) {
    BigDecimal v = f.value();
    BigDecimal top = f.upper().orElse(v);
    BigDecimal step = stepOf(f);
    BigDecimal half = step.multiply(new BigDecimal("0.5"));
    return switch (f.approximation()) {
      // Reporters round money or cut it off ("61조5878억" written 61.5조), so an amount may stand
      // for anything up to its next step; a rate is taken as rounded.
      case EXACT ->
          f.kind() == MentionKind.AMOUNT
              ? Interval.closed(v.subtract(half), top.add(step))
              : Interval.closed(v.subtract(half), top.add(half));
      // "About" widens a figure by a few percent, but never past one more step of the precision
      // it is written to: "about 5.7 percent" is not 5.5, nor "about 375.4 trillion" 365. Zeros
      // at the end of a whole number are that coarse already ("about 730 trillion" is 728).
      case ABOUT -> {
        BigDecimal spread = v.abs().multiply(ABOUT).min(coarseStep(v, step)).max(half);
        yield Interval.closed(v.subtract(spread), top.add(spread));
      }
      case OVER -> Interval.atLeast(v);
      case AT_LEAST -> Interval.atLeast(v.subtract(half));
      case UNDER -> Interval.atMost(v);
      case AT_MOST -> Interval.atMost(top.add(half));
      case NEARLY -> Interval.closed(v.multiply(NEARLY), v.add(half));
    };
  }

  /** The step a figure's trailing zeros allow: 10 for 730 written to the unit, 0.1 for 5.7. */
  private static BigDecimal coarseStep(BigDecimal value, BigDecimal step) {
    BigDecimal coarse = step;
    if (value.signum() == 0 || step.signum() <= 0) {
      return coarse;
    }
    while (value.remainder(coarse.movePointRight(1)).signum() == 0) {
      coarse = coarse.movePointRight(1);
    }
    return coarse;
  }

  static String toleranceOf(NumberMention f, Interval stated) {
    String what =
        f.approximation() == Approximation.EXACT
            ? "stated to " + WonText.of(stepOf(f))
            : "qualified " + f.approximation().name().toLowerCase(java.util.Locale.ROOT);
    return "stated " + f.text() + " (" + what + ") stands for " + showWon(stated);
  }

  static String showWon(Interval i) {
    return "["
        + i.low().map(WonText::of).orElse("−∞")
        + ", "
        + i.high().map(WonText::of).orElse("∞")
        + "]";
  }

  /**
   * Stage words that do not tell the main budget's stages apart: the bill, the budget "finalized"
   * or 확정 (by the cabinet as by the Assembly), 예산안 (the bill before and after the vote), 본예산 (the
   * main budget as against a supplementary, before the vote as after).
   */
  private static final java.util.regex.Pattern LOOSE_MAIN_STAGE =
      java.util.regex.Pattern.compile(
          "^\"(?i:budget bill|bill|budget plan|finali[sz]ed|final|main budget|확정|예산안|본예산)\"$");

  /** Whether the claim's stage was named by a word that does not tell proposal from passed. */
  static boolean looseStageWord(Claim c) {
    return c.stageStated() && LOOSE_MAIN_STAGE.matcher(c.stageReason()).find();
  }

  static String stageLabel(Stage s) {
    return s.equals(ClaimExtractor.LATEST_SUPPLEMENTARY) ? "latest supplementary" : s.labelEn();
  }

  CheckedClaim unverifiable(String why, String formula, String tolerance) {
    return verdict(Verdict.UNVERIFIABLE, why, formula, tolerance, Optional.empty());
  }

  CheckedClaim verdict(
      Verdict v, String explanation, String formula, String tolerance, Optional<BigDecimal> value) {
    if (v == Verdict.CONTRADICTED) {
      Optional<BigDecimal> level =
          rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0).amount());
      List<String> doubts = new ArrayList<>(ReadingDoubts.of(claim, value, level));
      if (!claim.stageStated() && (explanation.contains(" instead.") || anotherStageFits())) {
        doubts.add("the stage was not named (" + claim.stageReason() + ")");
      } else if (claim.kind() == org.yesan.claims.text.ClaimKind.AMOUNT && anotherStageFits()) {
        // Reporting names stages loosely ("the budget bill" for the budget as passed, "finalized"
        // for the proposal): a figure that is another stage's of the same year is not a false one.
        doubts.add(
            "the figure is another stage's of the same year, and reports name stages loosely ("
                + claim.stageReason()
                + ")");
      }
      if (!doubts.isEmpty()) {
        return checked(
            Verdict.UNVERIFIABLE,
            explanation + " Not called false, because " + String.join("; ", doubts) + ".",
            formula,
            tolerance,
            value);
      }
    }
    return checked(v, explanation, formula, tolerance, value);
  }

  /**
   * Whether an amount that differs from its stage's figure fits another stage of the same year:
   * then only the stage, which the text did not name, makes it false.
   */
  private boolean anotherStageFits() {
    if (claim.kind() != org.yesan.claims.text.ClaimKind.AMOUNT
        || claim.subject().isEmpty()
        || claim.fiscalYear().isEmpty()) {
      return false;
    }
    int year = claim.fiscalYear().get().value();
    Interval stated = statedInterval(claim.figure());
    for (StoreFigures.Series s : figures.series(claim.subject().get())) {
      for (String key : s.amounts().keySet()) {
        String[] p = key.split("\\|");
        if (Integer.parseInt(p[0]) == year
            && stated.overlaps(s.interval(year, Stage.parse(p[1])))) {
          return true;
        }
      }
    }
    return false;
  }

  private CheckedClaim checked(
      Verdict v, String explanation, String formula, String tolerance, Optional<BigDecimal> value) {
    return new CheckedClaim(
        claim.id(),
        claim.start(),
        claim.end(),
        text.substring(claim.start(), claim.end()),
        claim.kind().name().toLowerCase(java.util.Locale.ROOT),
        claim.subject().map(Subject::id).orElse(""),
        claim.fiscalYear().map(y -> y.value()),
        claim
            .stage()
            .map(
                s ->
                    s.equals(ClaimExtractor.LATEST_SUPPLEMENTARY)
                        ? "supplementary (latest)"
                        : s.id()),
        reading(),
        v,
        explanation,
        KoreanExplanation.of(claim, v, explanation, value),
        formula,
        tolerance,
        value,
        rows,
        queries.stream().distinct().toList());
  }

  private String reading() {
    return claim.kind().name().toLowerCase(java.util.Locale.ROOT)
        + " of "
        + claim.subject().map(Subject::labelEn).orElse("(no subject)")
        + (claim.subjectPhrase().isEmpty() ? "" : " (\"" + claim.subjectPhrase() + "\")")
        + ", FY"
        + claim.fiscalYear().map(Object::toString).orElse("?")
        + " ["
        + claim.yearReason()
        + "]"
        + ", "
        + claim.stage().map(ClaimCheck::stageLabel).orElse("stage ?")
        + " ["
        + claim.stageReason()
        + "]"
        + claim
            .comparison()
            .map(
                c ->
                    ", vs "
                        + c.baseYear()
                        + " "
                        + c.basis().name().toLowerCase(java.util.Locale.ROOT)
                        + " ["
                        + c.reason()
                        + "]")
            .orElse("");
  }
}
