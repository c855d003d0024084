package org.yesan.claims.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each number of a sentence asserts: an amount, a change, a growth rate, a share, a ratio to
 * GDP, a multiple or a record; and whether an amount is the base of a comparison.
 */
final class ClaimKinds {

  private static final Pattern CHANGE_AMOUNT_BEFORE =
      Pattern.compile(
          "(?i:(?:increase|rise|jump|hike|cut|decrease|reduction|drop|growth|gain|addition)\\s+of\\s+"
              + "|\\b(?:up|down|by|rose|grew|fell|increased|decreased)\\s+"
              // "cutting 4.1 trillion won", "added 1.6 trillion won": the amount cut or added.
              + "|\\b(?:cut|cutting|slashed|slashing|trimmed|trimming|added|adding|reduced|reducing"
              + "|raised|raising|boosted|boosting)\\s+(?:by\\s+|a\\s+total\\s+of\\s+)?)$|\\+\\s?$|(?<!정부안|최종|본예산)△\\s?$"
              // "8.5%(43조5000억원) 증가", "9.1% (42.7 trillion) more": the amount a rate stands for.
              + "|(?:%|(?i:percent))\\s?\\(\\s?$");
  private static final Pattern CHANGE_AMOUNT_AFTER =
      Pattern.compile(
          "^\\s?(?:\\([^)]*\\)\\s?)?(?:[이가을를]\\s?)?(?:순\\s?)?(?:늘어|늘었|늘린|늘려|증가|증액|감소|줄어|줄었|줄인|감액|삭감|많|적(?:은|게|다|었|지)|확대|축소|순감|순증|깎|[↑↓]"
              + "|(?i:less|lower|more|higher|smaller|larger|bigger)\\s+than)");
  private static final Pattern UP =
      Pattern.compile(
          "(?i:\\b(?:increase|increased|increases|increasing|rise|rises|rose|risen|up|grew|grow|grows"
              + "|growth|higher|hike|jump|jumped|more)\\b)|증가|늘어|늘었|늘린|늘려|증액|인상|상승|확대|많|오른|올라|↑");
  private static final Pattern DOWN =
      Pattern.compile(
          "(?i:\\b(?:decrease|decreased|decline|declined|fell|fall|falls|down|cut|lower|drop|dropped"
              + "|reduced|reducing|reduction|less|cutting|cuts|slashed|slashing|trimmed|trimming)\\b)|감소|줄어|줄었|줄인|감액|삭감|축소|하락|내린|순감|깎|△|↓"
              + "|적(?:지만|다|었|은|게)");
  private static final Pattern SHARE_AFTER =
      Pattern.compile(
          "^\\s?(?i:of\\s+(?:the\\s+)?(?:total|whole|overall|entire|budget|spending|national budget)"
              + "|share)|^\\s?(?:의\\s?)?(?:비중|차지)");
  private static final Pattern SHARE_BEFORE =
      Pattern.compile(
          "(?i:share\\s+of\\s+|accounts?\\s+for\\s+|making\\s+up\\s+)$|(?:비중은?|전체의|총지출의|예산의)\\s?$");

  /** "국가채무비율(58.3%)", "1.8 percent of GDP": a ratio to GDP, not a growth rate or a share. */
  private static final Pattern GDP_RATIO =
      Pattern.compile("(?i:\\bGDP\\b|gross domestic product)|국내총생산|채무비율|수지비율|GDP\\s?대비");

  /** "2.9%에서 2.8%로", "from 1.6 percent to 1.8 percent": a rate's levels, not budget growth. */
  private static final Pattern RATE_FROM =
      Pattern.compile("^\\s?(?:에서|→|(?i:to))\\s?[△▲+\\-]?\\d+(?:\\.\\d+)?\\s?(?:%|(?i:percent))");

  private static final Pattern RATE_TO =
      Pattern.compile("(?:\\d(?:%|(?i:\\s?percent))\\s?(?:에서|→|(?i:to))\\s?[△▲+\\-]?)$");
  private static final Pattern MULTIPLE =
      Pattern.compile(
          "(?i:(more than |nearly |almost |about )?(double[sd]?|tripl(?:e[sd]?|ing)|quadrupl(?:e[sd]?|ing)"
              + "|twice|three times|four times|five times))|(\\d+(?:\\.\\d+)?)\\s?배");
  private static final Pattern RECORD =
      Pattern.compile(
          "(?i:record[- ]high|record|historic high|all-time high|largest ever|highest ever|biggest ever"
              + "|highest level)|역대 최대|역대 최고|사상 최대|사상 최고|역대급");

  private static final Pattern RATE_LEVEL_FROM =
      Pattern.compile(
          "(?i:\\bfrom\\s+(?:(?:a|an|the)\\s+)?(?:(?:projected|estimated|expected)\\s+)?)$");

  private final String text;

  ClaimKinds(String text) {
    this.text = text;
  }

  ClaimKind kindOf(NumberMention n, Draft d, List<NumberMention> mentions) {
    String before = text.substring(Math.max(0, n.start() - 30), n.start());
    String after = text.substring(n.end(), Math.min(text.length(), n.end() + 30));
    switch (n.kind()) {
      case COUNT:
        return ClaimKind.COUNT;
      case UNITLESS:
        return ClaimKind.NO_UNIT;
      case PERCENTAGE_POINTS:
        return ClaimKind.PERCENTAGE_POINTS;
      case PERCENT:
        if (GDP_RATIO.matcher(before).find()
            || GDP_RATIO.matcher(after).find()
            || RATE_FROM.matcher(after).find()
            || RATE_TO.matcher(before).find()) {
          return ClaimKind.OTHER_PERCENT;
        }
        if (SHARE_AFTER.matcher(after).find() || SHARE_BEFORE.matcher(before).find()) {
          return ClaimKind.SHARE;
        }
        String window =
            text.substring(Math.max(0, n.start() - 40), Math.min(text.length(), n.end() + 25));
        if (UP.matcher(window).find()
            || DOWN.matcher(window).find()
            || ScopeRules.COMPARED.matcher(window).find()) {
          return ClaimKind.GROWTH_RATE;
        }
        return ClaimKind.OTHER_PERCENT;
      case MULTIPLE:
        return ClaimKind.MULTIPLE;
      case AMOUNT:
      default:
        break;
    }
    if (!n.isMoneyIn("KRW")) {
      // "$52.3 billion", "430 billion U.S. dollars": a restatement of a won figure, or a figure
      // in
      // dollars; either way not won, and the store holds no exchange rates.
      return ClaimKind.CONVERSION;
    }
    if (d.subject.isPresent() && d.subject.get().subject().kind() == Subject.Kind.NOT_BUDGET) {
      return ClaimKind.NOT_BUDGET;
    }
    if (CHANGE_AMOUNT_BEFORE.matcher(before).find() || CHANGE_AMOUNT_AFTER.matcher(after).find()) {
      return ClaimKind.CHANGE_AMOUNT;
    }
    return ClaimKind.AMOUNT;
  }

  boolean isBaseAmount(NumberMention n) {
    String before = text.substring(Math.max(0, n.start() - 40), n.start());
    String after = text.substring(n.end(), Math.min(text.length(), n.end() + 10));
    return ScopeRules.BASE_BEFORE.matcher(before).find()
        || ScopeRules.BASE_AMOUNT_AFTER.matcher(after).find();
  }

  /** "up from 47.4 percent": the percentage is the level a rate moved from. */
  boolean isRateFrom(NumberMention n) {
    String before = text.substring(Math.max(0, n.start() - 24), n.start());
    return RATE_LEVEL_FROM.matcher(before).find();
  }

  List<MultipleWord> multiples(int from, int to) {
    List<MultipleWord> out = new ArrayList<>();
    Matcher m = MULTIPLE.matcher(text.substring(from, to));
    while (m.find()) {
      BigDecimal ratio;
      if (m.group(3) != null) {
        ratio = new BigDecimal(m.group(3));
      } else {
        String w = m.group(2).toLowerCase(Locale.ROOT);
        ratio =
            w.startsWith("doub") || w.equals("twice")
                ? BigDecimal.valueOf(2)
                : w.startsWith("trip") || w.startsWith("three")
                    ? BigDecimal.valueOf(3)
                    : w.startsWith("five") ? BigDecimal.valueOf(5) : BigDecimal.valueOf(4);
      }
      String q = m.group(1) == null ? "" : m.group(1).strip().toLowerCase(Locale.ROOT);
      Approximation a =
          switch (q) {
            case "more than" -> Approximation.OVER;
            case "nearly", "almost" -> Approximation.NEARLY;
            default -> Approximation.ABOUT;
          };
      out.add(new MultipleWord(from + m.start(), from + m.end(), m.group(), ratio, a));
    }
    return out;
  }

  List<int[]> records(int from, int to) {
    List<int[]> out = new ArrayList<>();
    Matcher m = RECORD.matcher(text.substring(from, to));
    while (m.find()) {
      out.add(new int[] {from + m.start(), from + m.end()});
    }
    return out;
  }

  /**
   * Whether the words around a change say it went down, not up; a word right after the figure
   * ({@code after}: "1,505억원 적지만 … 3.7% 많다") decides before the rest of the window.
   */
  static boolean downward(String window, String after) {
    Matcher down = DOWN.matcher(after);
    Matcher up = UP.matcher(after);
    boolean d = down.find();
    boolean u = up.find();
    if (d || u) {
      return d && (!u || down.start() < up.start());
    }
    return DOWN.matcher(window).find() && !UP.matcher(window).find();
  }
}
