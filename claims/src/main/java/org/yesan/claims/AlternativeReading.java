package org.yesan.claims;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yesan.claims.text.Approximation;
import org.yesan.claims.text.Claim;
import org.yesan.claims.text.ClaimExtractor;
import org.yesan.claims.text.ClaimKind;
import org.yesan.claims.text.Glossary;
import org.yesan.claims.text.MentionKind;
import org.yesan.claims.text.Subject;
import org.yesan.model.FiscalYear;
import org.yesan.model.Stage;

/**
 * A second reading of an amount left unverifiable or called false: when the first reading was
 * uncertain, the parts of it that were uncertain are tried against the other years the text names,
 * the other stages and the other subjects its sentence names, and a figure precise enough to
 * identify one data figure that fits it is supported on that reading, which the report states.
 * Never gives an accusation, and takes one back when the figure is exactly another data figure of a
 * year the text names.
 */
final class AlternativeReading extends ClaimCheck {

  /**
   * The coarsest step a stated figure may be written to, relative to the figure, for a match with
   * another reading to tell: {@code 558조} (1조, 0.18%) and {@code 28조4천억} (0.35%) identify a figure;
   * {@code 12.2 trillion} (0.8%) could fit too many.
   */
  static final BigDecimal DISTINCTIVE = new BigDecimal("0.006");

  /** A year written as a year, not the digits inside an amount such as 7조2000억. */
  private static final Pattern YEAR =
      Pattern.compile("(?<![0-9.,조억])((?:19|20)\\d\\d)(?![0-9])(?!\\s*(?:억|조|만|천|원|명|개))");

  /** The uncertain parts of the first reading and the data figure that fits the figure. */
  record Match(Subject subject, int year, Stage stage, StoreFigures.Series series, String why) {}

  private final Match match;

  private AlternativeReading(Context c, Match match) {
    super(c);
    this.match = match;
  }

  /** The claim supported on another reading, if the first left it unverifiable and one fits. */
  static Optional<CheckedClaim> of(Context context, CheckedClaim first) {
    Context c = context;
    boolean ratio = c.claim().kind() == ClaimKind.OTHER_PERCENT;
    if (ratio) {
      // A percentage is read again only as the debt's or the balance's ratio to GDP.
      Optional<Subject> of = GdpRatioCheck.ratioSubject(c.text(), c.claim());
      if (of.isEmpty()) {
        return Optional.empty();
      }
      c = c.withClaim(withSubject(c.claim(), of.get()));
    }
    Claim claim = c.claim();
    if (!(first.verdict() == Verdict.UNVERIFIABLE || first.verdict() == Verdict.CONTRADICTED)
        || !eligible(claim, c.date())
        || ReadingDoubts.of(claim, first.dataValue(), Optional.empty()).stream()
            .anyMatch(ReadingDoubts::aboutTheSubject)) {
      // A doubt about what the subject is (a ministry's basis, an item inside the budget) is not
      // settled by a figure that fits another reading of the same subject.
      return Optional.empty();
    }
    Context read = c;
    if (ratio) {
      // A ratio to GDP read again is checked by its own check, on the new reading.
      if (first.verdict() != Verdict.UNVERIFIABLE) {
        return Optional.empty();
      }
      return find(c, List.of(claim.subject().orElseThrow()), false)
          .flatMap(m -> GdpRatioCheck.ifRatio(read.withClaim(reread(claim, m))))
          .map(ClaimCheck::run)
          .filter(x -> x.verdict() == Verdict.SUPPORTED)
          .map(x -> x.withVerdict(x.verdict(), x.explanation() + SECOND, x.explanationKo()))
          .map(AlternativeReading::saidInKorean);
    }
    Optional<CheckedClaim> second =
        find(c, subjects(claim, c.glossary()), false)
            .map(m -> new AlternativeReading(read.withClaim(reread(claim, m)), m).run())
            .map(AlternativeReading::saidInKorean);
    if (second.isPresent() || first.verdict() != Verdict.CONTRADICTED) {
      return second;
    }
    return find(c, subjects(claim, c.glossary()), true).map(m -> notAccused(read, first, m));
  }

  /**
   * A figure called false on a reading that seemed sure, which is exactly another year's or stage's
   * data figure of a year the text speaks of: the text may speak of that figure ("up 2.9% from this
   * year's 284.5 trillion won" read as next year's), so it is not an accusation.
   */
  private static CheckedClaim notAccused(Context c, CheckedClaim first, Match m) {
    BigDecimal amount = m.series().at(m.year(), m.stage()).orElseThrow();
    String explanation =
        first.explanation()
            + " Not called false, because the figure is exactly "
            + WonText.of(amount.abs())
            + ", the data's figure for "
            + m.year()
            + " "
            + stageLabel(m.stage())
            + ", a year the text speaks of: the text may mean that figure.";
    return first.withVerdict(
        Verdict.UNVERIFIABLE,
        explanation,
        KoreanExplanation.of(c.claim(), Verdict.UNVERIFIABLE, explanation, first.dataValue()));
  }

  private static final String SECOND =
      " The first reading was uncertain or had no data figure; the figure, stated precisely enough"
          + " to tell one data figure from another, fits this one when read again.";

  /** The Korean explanation says, too, that the claim was read a second time. */
  private static CheckedClaim saidInKorean(CheckedClaim x) {
    return x.withVerdict(
        x.verdict(),
        x.explanation(),
        x.explanationKo() + " 처음 읽은 연도·단계·대상이 불확실해, 수치가 맞는 자료 항목으로 다시 읽었습니다.");
  }

  private static boolean eligible(Claim claim, Optional<LocalDate> date) {
    boolean amount =
        claim.kind() == ClaimKind.AMOUNT
            && claim.figure().kind() == MentionKind.AMOUNT
            && claim.figure().isMoneyIn("KRW");
    boolean ratio =
        claim.kind() == ClaimKind.OTHER_PERCENT && claim.figure().kind() == MentionKind.PERCENT;
    if (!(amount || ratio)
        || claim.figure().approximation() != Approximation.EXACT
        || claim.figure().value().signum() <= 0
        || claim.subject().map(s -> s.kind() == Subject.Kind.NOT_BUDGET).orElse(false)) {
      return false;
    }
    if (date.isPresent()
        && claim.fiscalYear().map(y -> y.value() > date.get().getYear() + 1).orElse(false)) {
      return false;
    }
    return true;
  }

  /**
   * Whether the figure is written finely enough to tell one data figure of any year from another.
   */
  private static boolean distinctive(Claim claim) {
    return stepOf(claim.figure()).compareTo(claim.figure().value().multiply(DISTINCTIVE)) <= 0;
  }

  /**
   * The first data figure, in order of closeness to the first reading, that the figure fits; {@code
   * anyReading} tries every year the text names and every stage, sure or not.
   */
  private static Optional<Match> find(Context c, List<Subject> subjects, boolean anyReading) {
    Claim claim = c.claim();
    BigDecimal value = claim.figure().value();
    Interval stated = Interval.rounded(value, stepOf(claim.figure()));
    if (!distinctive(claim)) {
      // A coarse figure ("14 trillion won") cannot tell years apart, but may still tell the few
      // stages of its own year and subject: only if exactly one of them fits.
      return anyReading ? Optional.empty() : ownYearStage(c, stated);
    }
    boolean yearSure = yearSure(claim) && !anyReading;
    List<Integer> years = new ArrayList<>();
    claim.fiscalYear().ifPresent(y -> years.add(y.value()));
    if (!yearSure) {
      years.addAll(textYears(c.text(), c.date()));
    }
    for (Subject subject : subjects) {
      for (int year : years.stream().distinct().toList()) {
        for (StoreFigures.Series s : c.figures().series(subject)) {
          for (Map.Entry<String, BigDecimal> e : s.amounts().entrySet()) {
            String[] k = e.getKey().split("\\|");
            Stage stage = Stage.parse(k[1]);
            boolean first =
                claim.fiscalYear().map(y -> y.value() == year).orElse(false)
                    && claim.stage().map(stage::equals).orElse(false);
            if (Integer.parseInt(k[0]) != year
                || !(anyReading ? !first : stageAllowed(claim, stage))) {
              continue;
            }
            BigDecimal amount = e.getValue();
            Interval data =
                claim.kind() == ClaimKind.OTHER_PERCENT
                    ? Interval.rounded(amount, GdpRatioCheck.stepOf(amount))
                    : s.interval(year, stage);
            if (amount.signum() < 0) {
              data = data.negated();
              amount = amount.negate();
            }
            // Stricter than the first check, which lets an amount stand for anything up to its next
            // step: here either figure must lie within the other's rounding.
            if (stated.overlaps(Interval.exact(amount)) || data.overlaps(Interval.exact(value))) {
              return Optional.of(new Match(subject, year, stage, s, why(claim, subject, year)));
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The one stage of the claim's own year and subject, other than the first reading's, whose figure
   * the stated figure fits, among the stages its stage word allows; empty if none or several fit.
   */
  private static Optional<Match> ownYearStage(Context c, Interval stated) {
    Claim claim = c.claim();
    if (claim.subject().isEmpty() || claim.fiscalYear().isEmpty() || claim.stage().isEmpty()) {
      return Optional.empty();
    }
    Subject subject = claim.subject().get();
    int year = claim.fiscalYear().get().value();
    BigDecimal value = claim.figure().value();
    List<Match> fits = new ArrayList<>();
    for (StoreFigures.Series s : c.figures().series(subject)) {
      for (Stage stage : s.stages(year)) {
        BigDecimal amount = s.at(year, stage).orElseThrow().abs();
        boolean fit =
            stated.overlaps(Interval.exact(amount))
                || s.interval(year, stage).overlaps(Interval.exact(value));
        if (fit && stage.equals(claim.stage().get())) {
          return Optional.empty();
        }
        if (fit && stageAllowed(claim, stage)) {
          fits.add(new Match(subject, year, stage, s, "another stage of the same year"));
        }
      }
    }
    return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
  }

  /** A year written next to the figure stays; one carried over, assumed or far away may change. */
  private static boolean yearSure(Claim claim) {
    if (claim.fiscalYear().isEmpty()) {
      return false;
    }
    String r = claim.yearReason();
    return !(r.startsWith("no year")
        || r.endsWith("past another figure")
        || r.startsWith("base year"));
  }

  /**
   * A stage the text named stays (a supplementary round as passed or proposed, the main budget for
   * a loose word); else any.
   */
  private static boolean stageAllowed(Claim claim, Stage stage) {
    if (!claim.stageStated() || claim.stage().isEmpty()) {
      return true;
    }
    Stage own = claim.stage().get();
    if (looseStageWord(claim)) {
      return stage.equals(Stage.PROPOSAL) || stage.equals(Stage.ENACTED);
    }
    if (own.equals(ClaimExtractor.LATEST_SUPPLEMENTARY)) {
      return stage.isSupplementary();
    }
    if (own.isSupplementary()) {
      return stage.isSupplementary() && stage.round() == own.round();
    }
    return stage.equals(own);
  }

  /** The claim's own subject first, then the others its sentence names, budget subjects only. */
  private static List<Subject> subjects(Claim claim, Glossary glossary) {
    Set<Subject> out = new LinkedHashSet<>();
    claim.subject().ifPresent(out::add);
    for (Glossary.Match m : glossary.matches(claim.sentence())) {
      if (m.subject().kind() != Subject.Kind.NOT_BUDGET) {
        out.add(m.subject());
      }
    }
    return List.copyOf(out);
  }

  /** The years the text writes out, and those its date makes current: this, next and last year. */
  private static List<Integer> textYears(String text, Optional<LocalDate> date) {
    List<Integer> out = new ArrayList<>();
    date.ifPresent(
        d -> {
          out.add(d.getYear() + 1);
          out.add(d.getYear());
          out.add(d.getYear() - 1);
        });
    Matcher m = YEAR.matcher(text);
    while (m.find()) {
      int y = Integer.parseInt(m.group(1));
      if (date.isEmpty() || y <= date.get().getYear() + 1) {
        out.add(y);
      }
    }
    return out;
  }

  private static String why(Claim claim, Subject subject, int year) {
    List<String> changed = new ArrayList<>();
    if (!claim.subject().equals(Optional.of(subject))) {
      changed.add("the subject " + subject.labelEn() + ", which the sentence also names");
    }
    if (claim.fiscalYear().map(y -> y.value() != year).orElse(true)) {
      changed.add("FY" + year + ", a year the text names or its date makes current");
    }
    return changed.isEmpty() ? "another stage of the same year" : String.join(" and ", changed);
  }

  private static Claim reread(Claim c, Match m) {
    boolean sameYear = c.fiscalYear().map(y -> y.value() == m.year()).orElse(false);
    boolean sameStage = c.stage().map(s -> s.equals(m.stage())).orElse(false);
    boolean sameSubject = c.subject().equals(Optional.of(m.subject()));
    return c.withReading(
        Optional.of(m.subject()),
        sameSubject ? c.subjectPhrase() : m.subject().labelEn(),
        Optional.of(FiscalYear.of(m.year())),
        sameYear
            ? c.yearReason()
            : "read again: FY" + m.year() + " fits, first read as " + first(c.yearReason(), c),
        Optional.of(m.stage()),
        c.stageStated(),
        sameStage
            ? c.stageReason()
            : "read again: " + m.stage().id() + " fits, first read as " + c.stageReason());
  }

  private static String first(String reason, Claim c) {
    return c.fiscalYear().map(y -> "FY" + y.value() + " (" + reason + ")").orElse(reason);
  }

  @Override
  CheckedClaim checkKind() {
    Found f = new Found(match.series(), match.year(), match.stage());
    rows.add(f.row());
    queries.add(match.series().query());
    String sign = f.amount().signum() < 0 ? " (a deficit, compared without its sign)" : "";
    return verdict(
        Verdict.SUPPORTED,
        "the data give "
            + WonText.of(f.amount())
            + " for "
            + f.label()
            + sign
            + ". The first reading was uncertain or had no data figure; the figure, stated"
            + " precisely enough to tell one data figure from another, fits this one when read"
            + " with "
            + match.why()
            + ".",
        amountFormula(f),
        toleranceOf(claim.figure(), statedInterval(claim.figure()))
            + "; data "
            + f.row().precision(),
        Optional.of(f.amount()));
  }
}
