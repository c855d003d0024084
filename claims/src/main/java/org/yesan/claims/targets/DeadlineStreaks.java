package org.yesan.claims.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yesan.claims.CheckedClaim;
import org.yesan.claims.KoreanExplanation;
import org.yesan.claims.Verdict;
import org.yesan.targets.BudgetCycle;
import org.yesan.targets.CycleEventKind;
import org.yesan.targets.DeadlineCheck;
import org.yesan.targets.TargetRegister;

/**
 * "Passed by the legal deadline for the first time in N years" (법정시한 … N년 만), found in the text and
 * checked against the budget cycle of the budget that last passed on or before the text's date.
 */
final class DeadlineStreaks {

  private static final Pattern STREAK_EN =
      Pattern.compile(
          "(?i)(?:legal|statutory|constitutional) deadline[^.]{0,80}?first time in"
              + " (\\d+|two|three|four|five|six|seven|eight|nine|ten) years");
  private static final Pattern STREAK_KO =
      Pattern.compile("법정\\s?(?:시한|기한)[^.]{0,40}?(\\d+)년\\s?만");
  private static final List<String> WORDS =
      List.of(
          "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

  private final TargetRegister register;

  DeadlineStreaks(TargetRegister register) {
    this.register = register;
  }

  /**
   * Claims the reader does not extract because they carry no money figure: "passed by the legal
   * deadline for the first time in N years" (법정시한 … N년 만), checked against the budget cycle of the
   * budget that last passed on or before the text's date; numbered after {@code already} claims.
   */
  List<CheckedClaim> find(String text, int already, Optional<LocalDate> date) {
    Optional<Integer> budgetYear =
        date.flatMap(
            d ->
                register.calendar().cycles().stream()
                    .filter(
                        c ->
                            c.main(CycleEventKind.PASSAGE)
                                .map(e -> !e.date().isAfter(d))
                                .orElse(false))
                    .map(BudgetCycle::fiscalYear)
                    .max(Integer::compare));
    List<CheckedClaim> out = new ArrayList<>();
    for (Pattern p : List.of(STREAK_EN, STREAK_KO)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        String n = m.group(1).toLowerCase(Locale.ROOT);
        int stated =
            n.chars().allMatch(Character::isDigit) ? Integer.parseInt(n) : WORDS.indexOf(n);
        out.add(streak(text, m.start(), m.end(), stated, already + out.size() + 1, budgetYear));
      }
    }
    return out;
  }

  private CheckedClaim streak(
      String text, int start, int end, int stated, int id, Optional<Integer> budgetYear) {
    Optional<BudgetCycle> cycle = budgetYear.flatMap(y -> register.calendar().cycle(y));
    Optional<DeadlineCheck> passage = cycle.flatMap(c -> c.deadline(CycleEventKind.PASSAGE));
    Optional<Integer> since =
        budgetYear.flatMap(y -> register.calendar().yearsSinceLastMet(CycleEventKind.PASSAGE, y));
    Verdict v;
    String why;
    if (passage.isEmpty()
        || passage.get().outcome() == DeadlineCheck.Outcome.UNKNOWN
        || since.isEmpty()) {
      v = Verdict.UNVERIFIABLE;
      why =
          "the budget cycle data hold no passage date, or no earlier on-time year, for FY"
              + budgetYear.map(String::valueOf).orElse("?");
    } else if (passage.get().outcome() != DeadlineCheck.Outcome.MET) {
      v = Verdict.CONTRADICTED;
      why =
          "FY"
              + budgetYear.get()
              + " passed "
              + passage.get().daysLate().orElseThrow()
              + " days after the deadline";
    } else {
      v = since.get() == stated ? Verdict.SUPPORTED : Verdict.CONTRADICTED;
      why =
          "FY"
              + budgetYear.get()
              + " passed on "
              + passage.get().event().orElseThrow().date()
              + " (deadline "
              + passage.get().deadline()
              + "); the last earlier on-time passage was FY"
              + (budgetYear.get() - since.get())
              + ", "
              + since.get()
              + " years before";
    }
    return new CheckedClaim(
        id,
        start,
        end,
        text.substring(start, end),
        "deadline_streak",
        "cycle:passage",
        budgetYear,
        Optional.of("enacted"),
        "passage by the legal deadline (Constitution art. 54) for the first time in "
            + stated
            + " years",
        v,
        why + ".",
        KoreanExplanation.brief(v),
        "years since the last on-time passage = " + since.map(String::valueOf).orElse("?"),
        "exact count of fiscal years",
        since.map(BigDecimal::valueOf),
        List.of(),
        List.of());
  }
}
