package org.yesan.targets;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One published annual amount toward an envelope, in won: the year, the budget stage it comes from
 * ({@code proposal}, {@code enacted}, {@code supplementary_N} or {@code plan}), what it measures
 * ({@code appropriation}: money in the budget; {@code deployment}: money a fund plans to put to
 * work) and whether the source gives it as a floor ("at least").
 */
public record EnvelopeAmount(
    String envelope,
    int fiscalYear,
    String stage,
    String basis,
    BigDecimal won,
    String written,
    boolean atLeast,
    Source source,
    String note) {

  private static final Pattern STAGE =
      Pattern.compile("proposal|enacted|plan|supplementary_[1-9]\\d*");
  private static final Pattern BASIS = Pattern.compile("appropriation|deployment");

  public EnvelopeAmount {
    Objects.requireNonNull(won, "won");
    Objects.requireNonNull(source, "source");
    note = note == null ? "" : note;
    if (stage == null || !STAGE.matcher(stage).matches()) {
      throw new IllegalArgumentException("proposal, enacted, plan or supplementary_N: " + stage);
    }
    if (basis == null || !BASIS.matcher(basis).matches()) {
      throw new IllegalArgumentException("appropriation or deployment: " + basis);
    }
    if (won.signum() < 0 || won.stripTrailingZeros().scale() > 0) {
      throw new IllegalArgumentException("a whole, non-negative number of won: " + won);
    }
  }

  /**
   * How final the stage is within one year: a later supplementary replaces the enacted figure,
   * which replaces the proposal, which replaces a plan.
   */
  public int finality() {
    return switch (stage) {
      case "plan" -> 0;
      case "proposal" -> 1;
      case "enacted" -> 2;
      default -> 2 + Integer.parseInt(stage.substring("supplementary_".length()));
    };
  }
}
