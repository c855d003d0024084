package org.yesan.claims;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yesan.claims.text.Claim;
import org.yesan.claims.text.ClaimKind;
import org.yesan.claims.text.Subject;

/**
 * Why a figure that disagrees with the data may have been misread: "contradicted" is an accusation,
 * so it is given only when the subject, year, stage, kind and unit were all read with confidence.
 * Each doubt names the part of the reading that was uncertain.
 */
final class ReadingDoubts {

  private static final MathContext PRECISION = new MathContext(24, RoundingMode.HALF_EVEN);

  /** Words that name the whole budget, as opposed to the bare word "budget" or 예산. */
  private static final Pattern WHOLE_BUDGET =
      Pattern.compile(
          "(?i:total (?:spending|expenditures?)|national budget|government budget|state budget"
              + "|budget bill|overall budget|annual budget|(?:19|20)\\d\\d budget|budget for (?:19|20)\\d\\d"
              + "|next year's budget|this year's budget)|(?:19|20)\\d\\d년도? 예산|예산안|총지출|총예산|나라살림|예산 총|정부 예산안|새해 예산|내년 예산|내년도 예산");

  /**
   * Words for things the data do not hold: a ministry (not 정부, the government, nor 기획재정부), a
   * project, per-person amounts, funds.
   */
  private static final Pattern OTHER_ITEM =
      Pattern.compile(
          "(?i:ministry|per person|per month|monthly|salar(?:y|ies)|coupons?|vouchers?|loans?|fund\\b"
              + "|project|programs?|bonds?|interest|tax(?:es)?\\b|revenues?|deficit|debt)"
              + "|(?<!정)부(?:\\s?예산|는|가)|처는|청은|사업|월급|봉급|지원금|상품권|쿠폰|대출|기금|펀드|국채|이자|세수|국세|수입|적자|채무");

  /** A unit of money written in the figure: won, a Korean or English scale word, a currency. */
  private static final Pattern MONEY_UNIT =
      Pattern.compile("(?i:won|krw|trillion|billion|million|\\btn\\b|\\bbn\\b)|[원₩조억만천]");

  /** Words that name a total measure itself (총지출, 총계), not just "the budget". */
  private static final Pattern TOTAL_EXPENDITURE =
      Pattern.compile("(?i:total (?:expenditures?|spending)|gross total)|총지출|총계");

  private static final Pattern RATE_UNIT = Pattern.compile("(?i:percent|per cent|pct)|[%％]|퍼센트|프로");

  /**
   * A ministry named as the subject; 정부 (the government) and 기획재정부 (which publishes the whole
   * budget) end in 정부 and are not a spending ministry.
   */
  private static final Pattern MINISTRY =
      Pattern.compile("(?i:ministry)|[가-힣&&[^정]]부(?:는|가|의|도)\\s");

  private static final Pattern SECTOR_WORD = Pattern.compile("(?i:sector)|분야");
  private static final Pattern COMPARED_WITH_OTHER =
      Pattern.compile("(?i:\\bthat of\\b|\\bthose of\\b)");
  private static final Pattern CUT = Pattern.compile("(?i:\\bcut\\b|reduced)|감액|삭감|깎");
  private static final Pattern ADDED = Pattern.compile("(?i:\\badded\\b|increased)|증액|늘리");

  /** Words before a rate that make it an average over years ("the average growth rate (8.7%)"). */
  private static final Pattern AVERAGE_BEFORE =
      Pattern.compile("(?i:average|annual(?:ized)? (?:growth|increase))|연평균|평균");

  /** Words after a rate that make it an average over years ("8.7% a year on average"). */
  private static final Pattern AVERAGE_AFTER =
      Pattern.compile("^\\W{0,3}(?i:a year|per year|annually|on average|on an annual)|^\\W{0,3}씩");

  /** Whether some occurrence of the figure in its sentence is said to be an average over years. */
  private static boolean averaged(Claim claim) {
    String sentence = claim.sentence();
    String figure = claim.figure().text();
    for (int at = sentence.indexOf(figure); at >= 0; at = sentence.indexOf(figure, at + 1)) {
      String before = sentence.substring(Math.max(0, at - 40), at);
      String after =
          sentence.substring(
              at + figure.length(), Math.min(sentence.length(), at + figure.length() + 20));
      if (AVERAGE_BEFORE.matcher(before).find() || AVERAGE_AFTER.matcher(after).find()) {
        return true;
      }
    }
    return false;
  }

  /** The words that name the budget without saying whether the whole or a part is meant. */
  private static final java.util.Set<String> GENERIC_WORDS =
      java.util.Set.of("budget", "spending", "예산");

  private ReadingDoubts() {}

  /**
   * The doubts about a claim whose figure differs from the data's {@code dataValue} (won for an
   * amount, percent for a rate, won for a change); empty when the reading is confident. {@code
   * level} is the data's level of the claim's year, when a change or rate was computed from it.
   */
  static List<String> of(Claim claim, Optional<BigDecimal> dataValue, Optional<BigDecimal> level) {
    List<String> doubts = new ArrayList<>(ofReading(claim));
    String phrase = claim.subjectPhrase();
    boolean generic =
        claim.subject().map(Subject::isGeneric).orElse(false)
            && GENERIC_WORDS.contains(phrase.toLowerCase(Locale.ROOT));
    boolean wholeNamed = WHOLE_BUDGET.matcher(claim.sentence()).find();
    if (generic && !wholeNamed && claim.kind() != ClaimKind.AMOUNT) {
      doubts.add(
          "the sentence says only \""
              + phrase
              + "\", which may mean a part of the budget rather than its total");
    }
    String id = claim.subject().map(Subject::id).orElse("");
    if (id.startsWith("sector:") && MINISTRY.matcher(claim.sentence()).find()) {
      doubts.add(
          "the sentence speaks of a ministry, whose budget is on another basis than the sector"
              + " allocation in the data");
    }
    if (id.equals("sector:defense")
        && !SECTOR_WORD.matcher(claim.sentence()).find()
        && dataValue.map(v -> closeToData(claim, v)).orElse(false)) {
      doubts.add(
          "\"defence budget\" usually means the defence ministry's budget (국방비), which is on"
              + " another basis than the defence sector allocation in the data");
    }
    if (id.equals("sector:rnd")
        && !SECTOR_WORD.matcher(claim.sentence()).find()
        && dataValue.map(v -> withinBases(claim, v)).orElse(false)) {
      doubts.add(
          "\"R&D budget\" usually means the government's R&D budget (주요 R&D or 정부 R&D), which"
              + " is on another basis than the R&D sector allocation in the data");
    }
    if (id.startsWith("theme:")) {
      // The national aggregates (debt, revenue, balances, their ratios, spending kinds) came into
      // the data after the reader was tested on real reporting: a match is shown, a mismatch is
      // not yet an accusation.
      doubts.add(
          "figures of "
              + claim.subject().map(Subject::labelEn).orElse("this subject")
              + " are compared with the data, but this reading has not yet been tested on real"
              + " reporting");
    }
    if (claim.comparison().map(c -> c.reason().contains("(implied)")).orElse(false)) {
      doubts.add("the base of the change (the government's proposal) was implied, not named");
    }
    if (claim.stageReason().startsWith("a base year's figure")) {
      doubts.add("the stage was assumed, not named (" + claim.stageReason() + ")");
    }
    if ((claim.kind() == ClaimKind.GROWTH_RATE || claim.kind() == ClaimKind.CHANGE_AMOUNT)
        && averaged(claim)) {
      doubts.add("the rate is an average over several years, not one year's change");
    }
    if (claim.kind() == ClaimKind.MULTIPLE
        && COMPARED_WITH_OTHER.matcher(claim.sentence()).find()) {
      doubts.add("the ratio compares with another quantity, not with an earlier year");
    }
    if (claim.kind() == ClaimKind.CHANGE_AMOUNT
        && CUT.matcher(claim.sentence()).find()
        && ADDED.matcher(claim.sentence()).find()) {
      doubts.add(
          "the sentence gives the Assembly's gross cuts and additions, which the data do not hold,"
              + " not the net change");
    }
    boolean total = claim.subject().map(x -> x.kind() == Subject.Kind.TOTAL).orElse(false);
    BigDecimal stated = claim.figure().value().abs();
    boolean sector = id.startsWith("sector:");
    if (((total || sector)
            && claim.kind() == ClaimKind.MULTIPLE
            && stated.compareTo(new BigDecimal("1.5")) >= 0)
        || (total
            && claim.kind() == ClaimKind.GROWTH_RATE
            && stated.compareTo(BigDecimal.valueOf(25)) >= 0)) {
      // Neither the whole budget nor a sector has grown by half in a year, and the whole budget
      // not even by a quarter: such a ratio is an item's.
      doubts.add(
          "the "
              + (total ? "whole budget" : "sector")
              + " does not grow that much in a year, so the figure is probably an item's");
    }
    if (total
        && claim.kind() == ClaimKind.CHANGE_AMOUNT
        && !wholeNamed
        && level.map(l -> stated.compareTo(l.abs().movePointLeft(2)) < 0).orElse(false)) {
      doubts.add(
          "a change under 1% of the whole budget, in a sentence that does not name the whole"
              + " budget, is probably an item's");
    }
    if (claim.kind() == ClaimKind.AMOUNT && dataValue.isPresent()) {
      amountDoubt(claim, dataValue.get(), generic, wholeNamed).ifPresent(doubts::add);
    }
    if (claim.kind() == ClaimKind.AMOUNT && (total || sector)) {
      NeighbourAmounts.partOfEarlier(claim).ifPresent(doubts::add);
    }
    if (claim.kind() == ClaimKind.GROWTH_RATE || claim.kind() == ClaimKind.CHANGE_AMOUNT) {
      NeighbourAmounts.rateOfAnotherLevel(claim, level).ifPresent(doubts::add);
    }
    String window = window(claim);
    // "2020년 예산에서 도로 사업은 … 2조원": an item named between the budget and the figure.
    boolean itemBetween = OTHER_ITEM.matcher(betweenSubjectAndFigure(claim)).find();
    // "내년 예산에 … 사업 1조원 증액": the whole budget named elsewhere in the sentence does not make a
    // change next to an item the whole budget's.
    boolean itemAround =
        OTHER_ITEM.matcher(window).find()
            && (claim.kind() == ClaimKind.AMOUNT
                ? !wholeNamed
                : !WHOLE_BUDGET.matcher(window).find());
    if (total && (itemBetween || itemAround)) {
      doubts.add("the words around the figure name an item inside the budget, not its total");
    }
    return doubts;
  }

  /**
   * Whether a doubt is about what the subject is (a ministry's or another basis, an item inside the
   * budget, a part rather than the whole) rather than about its year, stage or unit.
   */
  static boolean aboutTheSubject(String doubt) {
    return doubt.contains("another basis")
        || doubt.contains("an item inside the budget")
        || doubt.contains("probably an item's")
        || doubt.contains("a part of the budget rather than")
        || doubt.contains("a part of that amount")
        || doubt.contains("the rate of something else");
  }

  /**
   * The doubts that the reading alone gives, whatever the data say: a subject, year or unit that
   * was not written next to the figure but carried over, taken from the text's date, or assumed.
   * Every path that can call a figure false, the targets' included, asks these.
   */
  static List<String> ofReading(Claim claim) {
    List<String> doubts = new ArrayList<>();
    String phrase = claim.subjectPhrase();
    if (claim.subject().isEmpty() || phrase.isEmpty() || phrase.startsWith("(")) {
      doubts.add("the subject was taken from an earlier sentence, not named next to the figure");
    }
    if (claim.fiscalYear().isEmpty()) {
      doubts.add("no fiscal year was read");
    } else if (claim.yearReason().startsWith("no year in the sentence")) {
      doubts.add("the year was carried over from an earlier sentence (" + claim.yearReason() + ")");
    } else if (claim.yearReason().startsWith("no year named")) {
      // Also "no year named for it": the sentence's year word was another figure's.
      doubts.add("the text names no year, so it was taken from the text's date");
    } else if (claim.yearReason().endsWith("past another figure")) {
      doubts.add("the sentence's year word comes after the figure, past another figure");
    }
    if (claim.stage().isEmpty()) {
      doubts.add("no stage was read");
    }
    yearFarFromRate(claim).ifPresent(doubts::add);
    unitDoubt(claim).ifPresent(doubts::add);
    return doubts;
  }

  /** The year word a reading names, in quotes at the start of its reason: {@code "2025"}. */
  private static final Pattern QUOTED_YEAR_WORD = Pattern.compile("^\"([^\"]+)\"");

  /**
   * What between a year word and a rate says the year is not the rate's: another rate, a base
   * amount ("400조5,000억원과 비교해"), or another year word that is not the rate's base ("올해보다").
   */
  private static final Pattern OTHER_FIGURE_BETWEEN =
      Pattern.compile(
          "[%％]|(?i:percent)|퍼센트"
              + "|\\d[\\d,.]*\\s?(?:조|억|만|천)?[\\d,.]*\\s?(?:조|억|만|천)?\\s?원?\\s?(?:과|와)\\s?(?:비교|대비)"
              + "|(?:(?:19|20)\\d\\d년?|올해|내년|작년|지난해|(?i:this year|next year|last year))"
              + "(?!\\s?(?:보다|대비|에\\s?비해|(?i:'s budget of)))(?![\\s'’]*(?:예산|budget)?\\s?(?:보다|대비))");

  /**
   * A rate or change is a relation between two years, and real reporting puts several in one
   * sentence ("up 3.2% next year, after 2.8% this year"): it is read with confidence only when its
   * year word comes before it with no other rate, base amount or year between them.
   */
  private static Optional<String> yearFarFromRate(Claim claim) {
    if (!(claim.kind() == ClaimKind.GROWTH_RATE
        || claim.kind() == ClaimKind.CHANGE_AMOUNT
        || claim.kind() == ClaimKind.MULTIPLE)) {
      return Optional.empty();
    }
    java.util.regex.Matcher q = QUOTED_YEAR_WORD.matcher(claim.yearReason());
    if (!q.find()) {
      return Optional.empty();
    }
    String word = q.group(1);
    String sentence = claim.sentence();
    int at = sentence.indexOf(claim.figure().text());
    if (at < 0) {
      return Optional.empty();
    }
    int year = sentence.lastIndexOf(word, at);
    if (year < 0) {
      return Optional.of(
          "the year (\"" + word + "\") is named after the rate, not in the rate's own clause");
    }
    String between = sentence.substring(year + word.length(), at);
    if (OTHER_FIGURE_BETWEEN.matcher(between).find() || between.length() > 200) {
      return Optional.of(
          "the year (\""
              + word
              + "\") is named far from the rate, past another figure, so the rate may be of another"
              + " year");
    }
    return Optional.empty();
  }

  /**
   * A figure whose unit was not written next to it ("4.1" in a table, "3.1" for 3.1 percent) is not
   * read with confidence; a scale word such as 조 or "trillion" counts as written.
   */
  private static Optional<String> unitDoubt(Claim claim) {
    String written = claim.figure().text();
    return switch (claim.figure().kind()) {
      case AMOUNT ->
          MONEY_UNIT.matcher(written).find()
              ? Optional.empty()
              : Optional.of("the figure's unit was not written, so won was assumed");
      case PERCENT, PERCENTAGE_POINTS ->
          RATE_UNIT.matcher(written).find()
              ? Optional.empty()
              : Optional.of("the figure's unit was not written, so percent was assumed");
      case UNITLESS -> Optional.of("the figure has no unit");
      default -> Optional.empty();
    };
  }

  private static Optional<String> amountDoubt(
      Claim claim, BigDecimal data, boolean generic, boolean wholeNamed) {
    BigDecimal stated = claim.figure().value();
    if (data.signum() == 0 || stated.signum() == 0) {
      return Optional.empty();
    }
    BigDecimal ratio = stated.divide(data, PRECISION);
    if (!generic && powerOfTen(ratio)) {
      // 억 written for 조, or a misplaced digit, is a slip the reader can name with confidence.
      return Optional.empty();
    }
    boolean budgetWord =
        claim.subject().map(x -> x.kind() == Subject.Kind.TOTAL).orElse(false)
            && !TOTAL_EXPENDITURE.matcher(claim.subjectPhrase()).find();
    // "예산(안)", "the budget": the whole budget's figure differs by a few percent between stages
    // and sources, never by a tenth, so a figure that far off is of another basis (the general
    // account, the 총계, another year's budget) or of another item. Named as 총지출, the measure the
    // data hold, it is checked as before.
    boolean far =
        budgetWord
            ? ratio.compareTo(new BigDecimal("0.9")) < 0
                || ratio.compareTo(new BigDecimal("1.1")) > 0
            : ratio.compareTo(new BigDecimal("0.5")) < 0
                || ratio.compareTo(BigDecimal.valueOf(2)) > 0;
    boolean loose =
        generic
            && !wholeNamed
            && (ratio.compareTo(new BigDecimal("0.8")) < 0
                || ratio.compareTo(new BigDecimal("1.25")) > 0);
    boolean program = claim.subject().map(x -> x.id().startsWith("program:")).orElse(false);
    if (far && program && adjacent(claim)) {
      // "일반철도건설 예산은 4,250억원": a program named right before its figure is read with
      // confidence. A sector word is not: "AI 인프라 2.5조" names an item inside the industry sector.
      far = false;
    }
    if (!far && !loose) {
      return Optional.empty();
    }
    boolean supplementary = claim.stage().map(s -> s.isSupplementary()).orElse(false);
    String times = ratio.round(new MathContext(2, RoundingMode.HALF_UP)).toPlainString();
    if (supplementary && ratio.compareTo(BigDecimal.ONE) < 0) {
      return Optional.of(
          "the figure is "
              + times
              + " times the total after the supplementary budget, so it is probably the size of"
              + " the supplementary budget (or a part of it), which the data do not hold");
    }
    return Optional.of(
        "the figure is "
            + times
            + " times the data's figure for "
            + claim.subject().map(Subject::labelEn).orElse("the subject")
            + ", so it is probably about something else (a part, a change or another item)");
  }

  /**
   * Whether the stated figure is as close to the data as two bases of the same thing are (the
   * defence ministry's budget and the defence sector differ by well under 2%).
   */
  private static boolean closeToData(Claim claim, BigDecimal data) {
    BigDecimal stated = claim.figure().value();
    if (claim.kind() == ClaimKind.GROWTH_RATE) {
      return stated.subtract(data).abs().compareTo(BigDecimal.ONE) < 0;
    }
    if (claim.kind() != ClaimKind.AMOUNT || data.signum() == 0) {
      return false;
    }
    BigDecimal off = stated.divide(data, PRECISION).subtract(BigDecimal.ONE).abs();
    return off.compareTo(new BigDecimal("0.02")) < 0;
  }

  /**
   * Whether an amount is within 30% of the data, as far apart as the R&D sector allocation and the
   * government's R&D budget are; a slip of a power of ten is not.
   */
  private static boolean withinBases(Claim claim, BigDecimal data) {
    if (claim.kind() != ClaimKind.AMOUNT || data.signum() == 0) {
      return false;
    }
    BigDecimal off = claim.figure().value().divide(data, PRECISION).subtract(BigDecimal.ONE).abs();
    return off.compareTo(new BigDecimal("0.3")) <= 0;
  }

  /** Whether the subject's phrase stands right before the figure, or right after it. */
  static boolean adjacent(Claim claim) {
    String s = claim.sentence();
    String phrase = claim.subjectPhrase();
    int at = s.indexOf(claim.figure().text());
    if (at < 0 || phrase.isEmpty()) {
      return false;
    }
    int before = s.lastIndexOf(phrase, at);
    if (before >= 0 && at - (before + phrase.length()) <= 8) {
      return true;
    }
    int after = s.indexOf(phrase, at + claim.figure().text().length());
    return after >= 0 && after - (at + claim.figure().text().length()) <= 6;
  }

  /** The words between the subject's phrase and the figure, when the phrase comes first. */
  private static String betweenSubjectAndFigure(Claim claim) {
    String s = claim.sentence();
    String phrase = claim.subjectPhrase();
    int at = s.indexOf(claim.figure().text());
    int before = phrase.isEmpty() || at < 0 ? -1 : s.lastIndexOf(phrase, at);
    return before < 0 ? "" : s.substring(before + phrase.length(), at).toLowerCase(Locale.ROOT);
  }

  private static String window(Claim claim) {
    String s = claim.sentence();
    String f = claim.figure().text();
    int at = s.indexOf(f);
    if (at < 0) {
      return s.toLowerCase(Locale.ROOT);
    }
    return s.substring(Math.max(0, at - 25), Math.min(s.length(), at + f.length() + 20))
        .toLowerCase(Locale.ROOT);
  }

  private static boolean powerOfTen(BigDecimal ratio) {
    for (int k = -6; k <= 6; k++) {
      if (k != 0 && near(ratio, BigDecimal.ONE.scaleByPowerOfTen(k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean near(BigDecimal value, BigDecimal target) {
    return value.subtract(target).abs().compareTo(target.multiply(new BigDecimal("0.01"))) <= 0;
  }
}
