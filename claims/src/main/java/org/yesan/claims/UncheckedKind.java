package org.yesan.claims;

import java.util.regex.Pattern;
import org.yesan.claims.text.Subject;

/** Kinds no store figure can check: dollars, counts, non-budget money, unitless numbers, ratios. */
final class UncheckedKind extends ClaimCheck {

  private static final Pattern GDP = Pattern.compile("(?i:\\bGDP\\b|gross domestic product)|국내총생산");

  UncheckedKind(Context c) {
    super(c);
  }

  @Override
  CheckedClaim checkKind() {
    return switch (claim.kind()) {
      case CONVERSION ->
          unverifiable(
              "an amount in "
                  + claim.figure().currency().orElse("another currency")
                  + ", not won (a restatement of a won figure, or a figure in that currency);"
                  + " the store holds won figures and no exchange rates, so it is left alone",
              "",
              "");
      case NOT_BUDGET ->
          unverifiable(
              "not a budget figure: " + claim.subject().map(Subject::missing).orElse(""), "", "");
      case COUNT ->
          unverifiable("a count of things, not money; the store holds amounts only", "", "");
      case NO_UNIT ->
          unverifiable(
              "no unit: a number written without one (a table cell?) is not read, because its"
                  + " unit and what it stands for are not certain",
              "",
              "");
      case PERCENTAGE_POINTS ->
          unverifiable(
              "a change of a ratio in percentage points; it is checked only between two ends the"
                  + " text states and the data hold (\"2.8%에서 4.0%로\"), and this one has none",
              "", "");
      case OTHER_PERCENT ->
          unverifiable(
              GDP.matcher(claim.sentence()).find()
                  ? "a ratio to GDP or another rate, not a growth rate or a share of the budget;"
                      + " it is not checked"
                  : "a percentage tied to no change or share the reader could check",
              "",
              "");
      default -> throw new IllegalStateException("checked elsewhere: " + claim.kind());
    };
  }
}
