package org.yesan.claims.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yesan.model.Stage;

/**
 * How far a word's reach goes in real reporting: a stage word over its sentence, a subject over its
 * list item, a year over the figure right after it.
 */
final class ScopeRules {

  /** Between a figure and the supplementary budget it sizes: "a 3 trillion won extra budget". */
  private static final Pattern SIZE_OF_SUPPLEMENTARY_GAP =
      Pattern.compile("\\s|\\s?규모의?\\s?(?:[수슈]퍼\\s?)?");

  /** The Cabinet approves the proposal; its "passing" is not the Assembly's. */
  private static final Pattern CABINET = Pattern.compile("(?i:cabinet)|국무회의|각의");

  /** Passing words: 예산안 with one of these is the enacted budget. */
  private static final Pattern PASSING =
      Pattern.compile("(?i:\\bpasse[sd]\\b|\\bapprove[sd]\\b|\\benacted\\b)|통과|의결|가결");

  /** Words that mean passing only when the Assembly is the one doing it. */
  private static final Pattern SETTLED =
      Pattern.compile("(?i:\\bfinali[sz]ed\\b|\\bfinal\\b)|확정|최종");

  private static final Pattern ASSEMBLY =
      Pattern.compile("(?i:national assembly|parliament|lawmakers|\\bassembly\\b)|국회|본회의");

  /** The government as the one acting: its "확정" is of its own proposal. */
  private static final Pattern GOVERNMENT = Pattern.compile("(?i:the government\\b)|정부는|정부가");

  /** "정부안에서 … 감액": from the proposal, not in it. */
  private static final Pattern CHANGE_WORD =
      Pattern.compile("감액|증액|순감|순증|삭감|늘|줄|깎|(?i:cut|added|less|more)");

  /** Words that name the bill or plan without saying whether it has passed. */
  private static final Pattern BILL_WORD =
      Pattern.compile("(?i:budget bill|budget plan|spending plan|proposal|draft)|예산안|수정안|편성|제출");

  /** Between a subject and a figure: another list item started ("교육에 …, 국방에 …"). */
  private static final Pattern LIST_BREAK =
      Pattern.compile("(?<!\\d),|,(?!\\d)|[，;▲▷■●○□◇]|\\s등\\s");

  /** Words before a year that make it a point of comparison: "the biggest since 2009". */
  private static final Pattern REFERENCE_BEFORE =
      Pattern.compile("(?i:\\bsince\\b|largest|biggest|highest|lowest|first time)[^.]*$");

  /** "2010년 이후", "2010년 예산 이후 11년만": a year followed by since-words, one word between. */
  private static final Pattern REFERENCE_AFTER =
      Pattern.compile("^\\s?(?:[가-힣]{1,4}\\s)?(?:이후|만에|만의|以來)");

  /** Words of a change made by the Assembly: cut, added, trimmed. */
  private static final Pattern ASSEMBLY_CHANGE =
      Pattern.compile(
          "(?i:\\bcut\\b|\\bcutting\\b|trimm(?:ed|ing)|slash(?:ed|ing)|\\badded\\b|\\badding\\b|less than|more than|lower than|higher than)"
              + "|삭감|감액|증액|순감|순증|깎|줄|늘");

  /** A year word that belongs to the figure right after it: "2020년 9.1%", "2021년에도 8.5%". */
  private static final Pattern OWN_YEAR_GAP = Pattern.compile("^(?:에는|에도|엔|에|은|는)?\\s?$");

  /** A year in brackets right after the figure: "3.1%(2023년)". */
  static final Pattern BRACKETED_YEAR =
      Pattern.compile("^\\s?\\((?:FY\\s?)?((?:19|20)\\d\\d)년?\\)");

  static final Pattern BASE_BEFORE =
      Pattern.compile(
          "(?i:\\b(?:from|than|over|since|compared\\s+with|compared\\s+to|versus|vs\\.?|against)"
              + "\\s+(?:the\\s+|a\\s+)?(?:[\\w’'\\-]+\\s+){0,3}(?:\\(\\s?)?)$");
  static final Pattern BASE_AFTER =
      Pattern.compile(
          "^\\s?(?:(?!전년|작년|올해|내년|지난해)[가-힣]{0,4}\\s?){0,2}(?:\\([^)]*\\)\\s?)?(?:보다|대비|에 비해|[와과] 비교)");
  static final Pattern BASE_AMOUNT_AFTER =
      Pattern.compile("^\\)?\\s?(?:보다|에서|대비|에 비해|[과와] 비교|이었던|였던|이던)");
  static final Pattern COMPARED =
      Pattern.compile("(?i:\\b(?:from|compared|than|versus|vs)\\b)|대비|보다|에 비해");

  private ScopeRules() {}

  /**
   * Whether a proposal word in this sentence names the bill as the Assembly passed it: "2017년도 예산안을
   * 의결했다", "the budget bill passed". Not when the Cabinet did the passing.
   */
  static boolean billAsPassed(String sentence, String proposalWord) {
    if (!BILL_WORD.matcher(proposalWord).matches() || CABINET.matcher(sentence).find()) {
      return false;
    }
    boolean assembly = ASSEMBLY.matcher(sentence).find();
    if (GOVERNMENT.matcher(sentence).find() && !assembly) {
      return false;
    }
    return PASSING.matcher(sentence).find() || (assembly && SETTLED.matcher(sentence).find());
  }

  /** Whether "정부안에서" starts a change from the proposal rather than a figure in it. */
  static boolean changeFromProposal(String rest) {
    return CHANGE_WORD.matcher(rest).find();
  }

  /** A list item that starts with its year: "2019년 9.5%, 2020년 9.1%" lists one subject's years. */
  private static final Pattern YEAR_ITEM =
      Pattern.compile("\\s*(?:(?:['’‘]\\d\\d|(?:19|20)\\d\\d)년|(?:올해|내년|작년|지난해|금년)\\s)");

  /**
   * Whether a Korean subject before a figure belongs to an earlier item of a list; items told apart
   * only by their years ("총지출 증가율은 2019년 9.5%, 2020년 9.1%") are the same subject's.
   */
  static boolean crossesListItem(String between) {
    Matcher m = LIST_BREAK.matcher(between);
    while (m.find()) {
      if (!YEAR_ITEM.matcher(between.substring(m.end())).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text between a year word and the figure after it makes the year the figure's. */
  static boolean yearOwnsNext(String between) {
    return OWN_YEAR_GAP.matcher(between).matches();
  }

  /** Whether a year word is named only as a point of comparison. */
  static boolean referenceYear(String before, String after) {
    return REFERENCE_BEFORE.matcher(before).find() || REFERENCE_AFTER.matcher(after).find();
  }

  /** Whether the words around a change make it the Assembly's change to the proposal. */
  static boolean assemblyChange(String around) {
    return ASSEMBLY_CHANGE.matcher(around).find();
  }

  /**
   * Whether a stage word right after a figure is the figure's own: "12.2 trillion won proposed", "a
   * 17.3 trillion won supplementary budget", "28조9000억원 규모의 추가경정예산안".
   */
  static boolean stageRightAfter(String text, int end, StageWord w) {
    if (w.start() < end) {
      return false;
    }
    String gap = text.substring(end, w.start());
    if (w.text().equalsIgnoreCase("proposed")) {
      return gap.length() <= 1 && gap.isBlank();
    }
    return w.stage().isSupplementary() && SIZE_OF_SUPPLEMENTARY_GAP.matcher(gap).matches();
  }

  /**
   * Whether a passing word says how a figure's own supplementary budget passed: "a 17.3 trillion
   * won supplementary budget passed by the National Assembly", "추경 통과".
   */
  static boolean passingOf(StageWord supplementary, StageWord w) {
    int gap = w.start() - (supplementary.start() + supplementary.text().length());
    return supplementary.stage().isSupplementary()
        && w.stage().equals(Stage.ENACTED)
        && gap >= 0
        && gap <= 1;
  }

  /** Whether the text is Korean: its list items take the subject before the figure. */
  static boolean korean(String sentence) {
    return sentence.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
  }
}
