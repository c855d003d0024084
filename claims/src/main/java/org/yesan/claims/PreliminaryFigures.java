package org.yesan.claims;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yesan.claims.text.Claim;
import org.yesan.claims.text.ClaimKind;

/**
 * Figures of steps the data do not hold, before the proposal or inside the Assembly's review: the
 * ministries' budget requests to the finance ministry (예산 요구, June) and the standing committees'
 * preliminary review. A figure read as the proposal or the budget in such a text is not accused.
 */
final class PreliminaryFigures {

  /** The ministries' requests: "예산 요구액", "요구안", "2021년도 예산 요구 현황", "budget requests". */
  private static final Pattern REQUEST =
      Pattern.compile(
          "예산\\s?요구|요구\\s?(?:액|안|규모|현황)|(?i:budget\\s+requests?|requested\\s+budgets?)");

  /** The standing committees' preliminary review of the proposal. */
  private static final Pattern COMMITTEE =
      Pattern.compile("(?i:\\b(?:standing|parliamentary)\\s+committees?\\b)|상임위|예비\\s?심사");

  private PreliminaryFigures() {}

  /**
   * The doubt that a figure of {@code text} is of such a step: the text speaks of the ministries'
   * requests more than once, or the figure's sentence of a committee's changes.
   */
  static Optional<String> doubt(String text, Claim claim) {
    Matcher m = REQUEST.matcher(text);
    int requests = 0;
    while (m.find()) {
      requests++;
    }
    if (requests >= 2) {
      return Optional.of(
          "the text reports the ministries' budget requests (예산 요구), which come before the"
              + " government's proposal and which the data do not hold");
    }
    boolean change =
        claim.kind() == ClaimKind.CHANGE_AMOUNT || claim.kind() == ClaimKind.GROWTH_RATE;
    if (change && COMMITTEE.matcher(claim.sentence()).find()) {
      return Optional.of(
          "the sentence gives a committee's preliminary changes to the proposal, which the data do"
              + " not hold");
    }
    return Optional.empty();
  }

  /** The verdict, with an accusation of such a figure made unverifiable and the doubt said. */
  static CheckedClaim gate(String text, Claim claim, CheckedClaim checked) {
    if (checked.verdict() != Verdict.CONTRADICTED) {
      return checked;
    }
    return ClaimChecker.unaccused(claim, checked, doubt(text, claim).stream().toList());
  }
}
