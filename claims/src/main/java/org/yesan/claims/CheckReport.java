package org.yesan.claims;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of checking one text: the text, its date and how it was found, every claim with its
 * verdict, a count per verdict, and how long extraction and the store queries took.
 *
 * @param text the text checked
 * @param documentDate the date relative years were counted from, ISO-8601 ({@code 2025-11-04})
 * @param dateReason where that date came from
 * @param datasets the datasets the claims were checked against
 * @param claims the claims in text order
 * @param verdicts the number of claims per verdict id, in the order of {@link Verdict}
 * @param timing where the time went
 */
public record CheckReport(
    String text,
    Optional<String> documentDate,
    String dateReason,
    List<String> datasets,
    List<CheckedClaim> claims,
    Map<String, Integer> verdicts,
    Timing timing) {

  /**
   * Nanoseconds spent reading the text, checking the claims (queries included), and in store
   * queries alone, with the number of queries.
   */
  public record Timing(
      long extractionNanos, long verificationNanos, long queryNanos, int queries) {}

  public CheckReport {
    datasets = List.copyOf(datasets);
    claims = List.copyOf(claims);
    verdicts = Collections.unmodifiableMap(new LinkedHashMap<>(verdicts));
  }

  static Map<String, Integer> count(List<CheckedClaim> claims) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (Verdict v : Verdict.values()) {
      out.put(v.id(), 0);
    }
    claims.forEach(c -> out.merge(c.verdict().id(), 1, Integer::sum));
    return out;
  }

  /** The number of claims with this verdict. */
  public int count(Verdict v) {
    return verdicts.getOrDefault(v.id(), 0);
  }
}
