package org.yesan.claims;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of checking one text: the text, its date and how it was found, every claim with its
 * verdict, a count per verdict, and how long extraction and the store queries took.
 *
 * @param text the text checked
 * @param documentDate the date relative years were counted from
 * @param dateReason where that date came from
 * @param datasets the datasets the claims were checked against
 * @param claims the claims in text order
 * @param verdicts the number of claims per verdict
 * @param timing where the time went
 */
public record CheckReport(
    String text,
    Optional<LocalDate> documentDate,
    String dateReason,
    List<String> datasets,
    List<CheckedClaim> claims,
    Map<Verdict, Integer> verdicts,
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
    verdicts = Map.copyOf(verdicts);
  }

  static Map<Verdict, Integer> count(List<CheckedClaim> claims) {
    Map<Verdict, Integer> out = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      out.put(v, 0);
    }
    claims.forEach(c -> out.merge(c.verdict(), 1, Integer::sum));
    return out;
  }
}
