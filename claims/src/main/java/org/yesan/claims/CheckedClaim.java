package org.yesan.claims;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One claim with its verdict and everything needed to see why: what was read, the query or formula,
 * the data rows used and the tolerance.
 *
 * @param id 1-based, in text order
 * @param start offset of the highlighted span in the text (UTF-16, inclusive)
 * @param end offset after it
 * @param text the span as written
 * @param kind what the claim asserts ({@code amount}, {@code growth_rate}, …)
 * @param subject what it is about, e.g. {@code sector:defense}; empty when nothing was recognised
 * @param fiscalYear the fiscal year read
 * @param stage the stage id read ({@code proposal}, {@code enacted}, …)
 * @param reading how the claim was read, in one sentence
 * @param verdict the verdict
 * @param explanation why, in one or two sentences, naming what is missing when unverifiable
 * @param explanationKo the verdict said in Korean, amounts as Korean readers write them; the
 *     English explanation keeps the full detail
 * @param formula the arithmetic done, with the exact inputs
 * @param tolerance what range of values the stated figure stands for
 * @param dataValue the value the data give, in the claim's own terms (won, percent, ratio)
 * @param rows the store figures used
 * @param queries the store queries run, as {@code dataset?cut=…&drilldown=…}
 */
public record CheckedClaim(
    int id,
    int start,
    int end,
    String text,
    String kind,
    String subject,
    Optional<Integer> fiscalYear,
    Optional<String> stage,
    String reading,
    Verdict verdict,
    String explanation,
    String explanationKo,
    String formula,
    String tolerance,
    Optional<BigDecimal> dataValue,
    List<DataRow> rows,
    List<String> queries) {

  public CheckedClaim {
    rows = List.copyOf(rows);
    queries = List.copyOf(queries);
  }

  /** The same claim and reading with another verdict or explanation. */
  public CheckedClaim withVerdict(Verdict verdict, String explanation, String explanationKo) {
    return new CheckedClaim(
        id,
        start,
        end,
        text,
        kind,
        subject,
        fiscalYear,
        stage,
        reading,
        verdict,
        explanation,
        explanationKo,
        formula,
        tolerance,
        dataValue,
        rows,
        queries);
  }
}
