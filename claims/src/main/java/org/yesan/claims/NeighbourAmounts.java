package org.yesan.claims;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yesan.claims.text.Claim;
import org.yesan.claims.text.MentionKind;
import org.yesan.claims.text.NumberFinder;
import org.yesan.claims.text.NumberMention;

/**
 * Doubts that the amounts beside a figure raise about its subject: an amount after an inclusion
 * word is a part of the one before it, and a rate that leads to an amount far from the data's level
 * is the rate of that other amount.
 */
final class NeighbourAmounts {

  private static final MathContext PRECISION = new MathContext(24, RoundingMode.HALF_EVEN);
  private static final NumberFinder FINDER = NumberFinder.korean();

  /** "46.7 trillion won that included … 31.3 trillion won", "예산 가운데 …": what follows is a part. */
  private static final Pattern INCLUSION =
      Pattern.compile(
          "(?i:\\binclud(?:ed|ing|es)\\b|\\bof which\\b|\\bamong them\\b)|포함|가운데|이 중|그 중");

  /** Between a rate and the level it leads to: "7.2% 증가한 209조원", "up 8.2 percent to 46.7 …". */
  private static final Pattern RATE_TO_LEVEL =
      Pattern.compile(
          "^\\s?(?:(?i:on[- ]year\\s+)?(?i:to|at)\\s|(?:증가|증액|감소|감액|확대|축소|늘어난|늘린|줄어든|줄인)[한된]?\\s?)(?:(?i:a\\s|about\\s))?");

  private NeighbourAmounts() {}

  /**
   * The doubt that a won amount is a part of an earlier amount of its sentence, which an inclusion
   * word between them announces.
   */
  static Optional<String> partOfEarlier(Claim claim) {
    String s = claim.sentence();
    int at = s.indexOf(claim.figure().text());
    if (at < 0 || claim.figure().kind() != MentionKind.AMOUNT) {
      return Optional.empty();
    }
    List<NumberMention> earlier =
        FINDER.find(s.substring(0, at)).stream()
            .filter(m -> m.kind() == MentionKind.AMOUNT)
            .toList();
    for (int i = earlier.size() - 1; i >= 0; i--) {
      NumberMention whole = earlier.get(i);
      var word = INCLUSION.matcher(s.substring(whole.end(), at));
      if (word.find() && whole.value().compareTo(claim.figure().value()) > 0) {
        return Optional.of(partDoubt(claim, whole, word.group()));
      }
    }
    return Optional.empty();
  }

  private static String partDoubt(Claim claim, NumberMention whole, String word) {
    return "the figure follows \""
        + word
        + "\" after "
        + whole.text()
        + ", so it is probably a part of that amount, not "
        + claim.subject().map(x -> x.labelEn()).orElse("the subject")
        + " itself";
  }

  /**
   * The doubt that a rate is of another thing than its subject: the amount it leads to in the same
   * phrase is far from the data's level of the subject ({@code level}).
   */
  static Optional<String> rateOfAnotherLevel(Claim claim, Optional<BigDecimal> level) {
    String s = claim.sentence();
    int at = s.indexOf(claim.figure().text());
    if (at < 0 || level.isEmpty() || level.get().signum() == 0) {
      return Optional.empty();
    }
    int end = at + claim.figure().text().length();
    var gap = RATE_TO_LEVEL.matcher(s.substring(end));
    if (!gap.lookingAt()) {
      return Optional.empty();
    }
    Optional<NumberMention> next =
        FINDER.find(s.substring(end)).stream()
            .filter(m -> m.start() == gap.end() && m.kind() == MentionKind.AMOUNT)
            .findFirst();
    if (next.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal ratio = next.get().value().divide(level.get().abs(), PRECISION);
    // Two sources or stages of one level differ by a few percent, never by a tenth.
    if (ratio.compareTo(new BigDecimal("0.9")) >= 0
        && ratio.compareTo(new BigDecimal("1.1")) <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        "the rate leads to "
            + next.get().text()
            + ", "
            + ratio.round(new MathContext(2, RoundingMode.HALF_UP)).toPlainString()
            + " times the data's level of "
            + claim.subject().map(x -> x.labelEn()).orElse("the subject")
            + ", so it is probably the rate of something else");
  }
}
