package org.yesan.claims;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yesan.claims.text.Claim;
import org.yesan.claims.text.ClaimKind;
import org.yesan.model.Stage;

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
   * requests more than once, it gives next year's proposal before the proposal exists, or the
   * figure's sentence speaks of a committee's changes.
   */
  static Optional<String> doubt(String text, Claim claim, Optional<LocalDate> date) {
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
    Optional<String> early = beforeTheProposal(claim, date);
    if (early.isPresent()) {
      return early;
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

  /**
   * A text dated before August that gives next year's proposal: the government draws up its
   * proposal at the end of August (at the end of September before 2013), so what such a text calls
   * the budget or the proposal is the ministries' requests or an early plan.
   */
  private static Optional<String> beforeTheProposal(Claim claim, Optional<LocalDate> date) {
    if (date.isEmpty()
        || date.get().getMonth().compareTo(Month.AUGUST) >= 0
        || !claim.stage().equals(Optional.of(Stage.PROPOSAL))
        || claim.fiscalYear().map(y -> y.value() != date.get().getYear() + 1).orElse(true)) {
      return Optional.empty();
    }
    return Optional.of(
        "on "
            + date.get()
            + " the government had not yet drawn up its "
            + (date.get().getYear() + 1)
            + " proposal (it does so at the end of August at the earliest), so the figure is probably the"
            + " ministries' requests or an early plan, which the data do not hold");
  }

  /** The verdict, with an accusation of such a figure made unverifiable and the doubt said. */
  static CheckedClaim gate(
      String text, Claim claim, CheckedClaim checked, Optional<LocalDate> date) {
    if (checked.verdict() != Verdict.CONTRADICTED) {
      return checked;
    }
    return ClaimChecker.unaccused(claim, checked, doubt(text, claim, date).stream().toList());
  }
}
