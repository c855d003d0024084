package org.yesan.claims.text;

import java.util.Objects;
import java.util.Optional;
import org.yesan.model.FiscalYear;

/**
 * What a growth, change, ratio or record claim compares against.
 *
 * @param baseYear the year compared against
 * @param basis which figure of that year: the enacted main budget unless the text says otherwise
 * @param increase whether the text says the amount went up (false: down)
 * @param reason the words that set the base, for the report
 * @param currentClaim the claim in the same text that states the current amount, if any
 * @param baseClaim the claim in the same text that states the base amount, if any
 */
public record Comparison(
    FiscalYear baseYear,
    Basis basis,
    boolean increase,
    String reason,
    Optional<Integer> currentClaim,
    Optional<Integer> baseClaim) {

  /** The figure of the base year a comparison is made with. */
  public enum Basis {
    /** The base year's enacted main budget (본예산): the usual basis of Korean growth rates. */
    ENACTED,
    /** The base year's government proposal. */
    PROPOSAL,
    /** The base year's total after its latest supplementary budget (추경 포함). */
    LATEST_SUPPLEMENTARY
  }

  public Comparison {
    Objects.requireNonNull(baseYear, "baseYear");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(reason, "reason");
  }
}
