package org.yesan.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.yesan.claims.text.Claim;
import org.yesan.claims.text.ClaimExtractor;
import org.yesan.claims.text.Glossary;

/**
 * The gate of "contradicted" on real sentences: every figure of the development half that the
 * checker supports is taken with its sentence, one part of its reading context is taken away (the
 * year word, the stage word, the subject moved to the sentence before, the unit), with the figure
 * as written or made 20% wrong, and the verdict may be "contradicted" only if the perturbed
 * sentence still names every part next to the figure.
 */
class AccusationGateTest {

  private static final ClaimChecker CHECKER = ClaimChecker.over(SharedStores.headline());
  private static final ClaimExtractor EXTRACTOR = new ClaimExtractor(Glossary.bundled());

  /** Year words as reporting writes them; not the digits inside an amount (7조2000억원). */
  private static final Pattern YEAR_WORD =
      Pattern.compile(
          "(?:FY\\s?)?(?<![\\d조.,])(?:19|20)\\d\\d(?![\\d억만조,.])(?:년도|년)?"
              + "|['’‘]\\d\\d년?|내년도?|올해|금년|작년|지난해|전년|이듬해"
              + "|(?i:next year|this year|last year|the previous year|a year earlier|year-on-year)");

  /** Stage words of both languages. */
  private static final Pattern STAGE_WORD =
      Pattern.compile(
          "정부안|예산안|원안|당초안|편성|제출안?|확정|통과|의결|가결|최종|수정안|본예산|추가경정예산|추가경정|추경"
              + "|(?i:proposals?|proposed|spending plan|budget plan|draft|budget bill|passed|enacted"
              + "|approved|finali[sz]ed|final|main budget|supplementary|extra)");

  /** The numeric head of a figure written in digits, and what follows it. */
  private static final Pattern DIGIT_HEAD = Pattern.compile("^(\\d[\\d,]*(?:\\.\\d+)?)(\\D*)$");

  private static final List<Case> CASES = supportedCases();
  private static final Map<Perturbation, int[]> TALLY = new java.util.EnumMap<>(Perturbation.class);

  /** A supported figure of the development half: its sentence, where the figure is, its date. */
  record Case(String article, String sentence, int from, int to, String phrase, LocalDate date) {
    String before() {
      return sentence.substring(0, from);
    }

    String figure() {
      return sentence.substring(from, to);
    }

    String after() {
      return sentence.substring(to);
    }

    boolean korean() {
      return sentence.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
    }
  }

  /** A perturbed text and where the figure now is in it. */
  record Perturbed(String text, int from, int to) {}

  /** One part of the reading context taken away. */
  enum Perturbation {
    YEAR_REMOVED,
    STAGE_MADE_AMBIGUOUS,
    SUBJECT_IN_PREVIOUS_SENTENCE,
    UNIT_DROPPED
  }

  private static List<Case> supportedCases() {
    List<Case> out = new ArrayList<>();
    for (NewsLabels.Article a : NewsLabels.half("dev")) {
      CheckReport report = CHECKER.check(a.text(), CheckOptions.defaults().withDate(a.date()));
      Map<Integer, Claim> read =
          EXTRACTOR.extract(a.text(), Optional.of(a.date())).claims().stream()
              .collect(Collectors.toMap(Claim::id, Function.identity()));
      for (CheckedClaim c : report.claims()) {
        Claim claim = read.get(c.id());
        if (c.verdict() != Verdict.SUPPORTED || claim == null || claim.start() != c.start()) {
          continue;
        }
        int at = a.text().lastIndexOf(claim.sentence(), claim.figure().start());
        if (at < 0 || claim.figure().end() > at + claim.sentence().length()) {
          continue;
        }
        out.add(
            new Case(
                a.number(),
                claim.sentence(),
                claim.figure().start() - at,
                claim.figure().end() - at,
                claim.subjectPhrase(),
                a.date()));
      }
    }
    return out;
  }

  @Provide
  Arbitrary<Case> cases() {
    return Arbitraries.of(CASES);
  }

  @Provide
  Arbitrary<BigDecimal> factors() {
    return Arbitraries.of(BigDecimal.ONE, new BigDecimal("1.2"), new BigDecimal("0.8"));
  }

  @Property(generation = GenerationMode.EXHAUSTIVE, tries = 5000)
  void aFigureWhoseContextLostAPartIsNeverAccusedUnlessEveryPartIsStillNamed(
      @ForAll("cases") Case c, @ForAll Perturbation p, @ForAll("factors") BigDecimal factor) {
    Optional<String> figure = scaled(c.figure(), factor);
    if (figure.isEmpty()) {
      return;
    }
    Optional<Perturbed> perturbed = perturb(c, p, figure.get());
    if (perturbed.isEmpty()) {
      return;
    }
    Perturbed t = perturbed.get();
    TALLY.computeIfAbsent(p, k -> new int[2])[0]++;
    CheckReport report = CHECKER.check(t.text(), CheckOptions.defaults().withDate(c.date()));
    Map<Integer, Claim> read =
        EXTRACTOR.extract(t.text(), Optional.of(c.date())).claims().stream()
            .collect(Collectors.toMap(Claim::id, Function.identity()));
    for (CheckedClaim checked : report.claims()) {
      if (checked.end() <= t.from() || checked.start() >= t.to()) {
        continue;
      }
      if (checked.verdict() == Verdict.CONTRADICTED) {
        TALLY.get(p)[1]++;
        Claim claim = read.get(checked.id());
        assertThat(claim).isNotNull();
        boolean stageIndifferent = namedStageAlsoAccuses(c, figure.get());
        assertThat(confidentlyNamed(claim, t.text(), c.date(), stageIndifferent))
            .as(
                "%s, article %s: %s%n  %s%n  %s",
                p, c.article(), t.text(), checked.reading(), checked.explanation())
            .isTrue();
      }
    }
  }

  @Property(tries = 1)
  void theCasesAreTheDevelopmentHalfsSupportedFigures() {
    // Not vacuous: the development half gives the checker well over a hundred supported figures.
    assertThat(CASES).hasSizeGreaterThan(100);
    assertThat(CASES.stream().map(Case::article).distinct().count()).isGreaterThan(15);
  }

  @AfterContainer
  static void report() {
    StringBuilder s = new StringBuilder("accusation gate: " + CASES.size() + " supported figures;");
    TALLY.forEach(
        (p, n) ->
            s.append(' ')
                .append(p)
                .append(' ')
                .append(n[0])
                .append(" texts, ")
                .append(n[1])
                .append(" contradicted;"));
    System.out.println(s);
  }

  /**
   * Every part of the reading is written in the claim's own sentence next to the figure: a subject
   * phrase, a year word, a stage word and a unit. This is the test's own criterion, not the gate's.
   */
  private static boolean confidentlyNamed(
      Claim claim, String text, LocalDate date, boolean stageIndifferent) {
    String sentence = claim.sentence();
    boolean subject =
        !claim.subjectPhrase().isEmpty()
            && !claim.subjectPhrase().startsWith("(")
            && sentence.contains(claim.subjectPhrase());
    boolean year = YEAR_WORD.matcher(sentence).find();
    // A stage is named, or it is the only one the year's budget had on the text's date: before the
    // Assembly's deadline of December 2, next year's budget exists only as the proposal.
    boolean stage =
        claim.stageStated() && STAGE_WORD.matcher(sentence).find()
            || onlyProposalExisted(claim, date)
            || stageIndifferent;
    boolean unit =
        DIGIT_HEAD.matcher(claim.figure().text()).matches()
            ? !DIGIT_HEAD.matcher(claim.figure().text()).replaceFirst("$2").isBlank()
            : true;
    return subject && year && stage && unit && text.contains(sentence);
  }

  /**
   * Whether the sentence as written, its context in place, calls the same figure false too: then an
   * accusation whose stage was assumed does not rest on that assumption.
   */
  private static boolean namedStageAlsoAccuses(Case c, String figure) {
    String text = c.before() + figure + c.after();
    int from = c.from();
    int to = from + figure.length();
    return CHECKER.check(text, CheckOptions.defaults().withDate(c.date())).claims().stream()
        .filter(x -> x.end() > from && x.start() < to)
        .anyMatch(x -> x.verdict() == Verdict.CONTRADICTED);
  }

  private static boolean onlyProposalExisted(Claim claim, LocalDate date) {
    return claim.fiscalYear().isPresent()
        && claim.stage().filter(org.yesan.model.Stage.PROPOSAL::equals).isPresent()
        && claim.fiscalYear().get().value() == date.getYear() + 1
        && date.isBefore(LocalDate.of(date.getYear(), 12, 2));
  }

  /** The figure as written, or its digits scaled by {@code factor} with the same decimals. */
  private static Optional<String> scaled(String figure, BigDecimal factor) {
    if (factor.compareTo(BigDecimal.ONE) == 0) {
      return Optional.of(figure);
    }
    Matcher m = DIGIT_HEAD.matcher(figure);
    if (!m.matches()) {
      return Optional.empty();
    }
    BigDecimal value = new BigDecimal(m.group(1).replace(",", ""));
    BigDecimal wrong = value.multiply(factor).setScale(value.scale(), RoundingMode.HALF_EVEN);
    return Optional.of(wrong.toPlainString() + m.group(2));
  }

  private static Optional<Perturbed> perturb(Case c, Perturbation p, String figure) {
    String before = c.before();
    String after = c.after();
    String prefix = "";
    switch (p) {
      case YEAR_REMOVED -> {
        String b = YEAR_WORD.matcher(before).replaceAll("");
        String a = YEAR_WORD.matcher(after).replaceAll("");
        if (b.equals(before) && a.equals(after)) {
          return Optional.empty();
        }
        before = b;
        after = a;
      }
      case STAGE_MADE_AMBIGUOUS -> {
        String word = c.korean() ? "예산" : "budget";
        String b = STAGE_WORD.matcher(before).replaceAll(word);
        String a = STAGE_WORD.matcher(after).replaceAll(word);
        if (b.equals(before) && a.equals(after)) {
          return Optional.empty();
        }
        before = b;
        after = a;
      }
      case SUBJECT_IN_PREVIOUS_SENTENCE -> {
        String phrase = c.phrase();
        if (phrase.isEmpty() || phrase.startsWith("(")) {
          return Optional.empty();
        }
        if (before.contains(phrase)) {
          int i = before.lastIndexOf(phrase);
          before = before.substring(0, i) + before.substring(i + phrase.length());
        } else if (after.contains(phrase)) {
          int i = after.indexOf(phrase);
          after = after.substring(0, i) + after.substring(i + phrase.length());
        } else {
          return Optional.empty();
        }
        prefix = c.korean() ? phrase + "에 관한 내용이다. " : "This is about " + phrase + ". ";
      }
      case UNIT_DROPPED -> {
        Matcher m = DIGIT_HEAD.matcher(figure);
        if (!m.matches() || m.group(2).isBlank()) {
          return Optional.empty();
        }
        figure = m.group(1);
      }
    }
    String head = prefix + before;
    return Optional.of(
        new Perturbed(head + figure + after, head.length(), head.length() + figure.length()));
  }
}
