package org.yesan.http.claims;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.yesan.claims.CheckOptions;
import org.yesan.claims.CheckReport;
import org.yesan.claims.CheckReportJson;
import org.yesan.claims.ClaimChecker;
import org.yesan.http.ApiRequest;
import org.yesan.http.Endpoint;
import org.yesan.http.QueryParameter;
import org.yesan.http.Reply;
import org.yesan.http.Routes;
import org.yesan.query.QueryException;
import org.yesan.store.FactStore;

/**
 * {@code POST /api/v1/claims/check}: the numeric claims of the posted text (plain UTF-8, English or
 * Korean), each with its span, verdict, explanation, formula, tolerance and the store rows used.
 */
public final class ClaimRoutes implements Routes {

  static final QueryParameter DATE =
      QueryParameter.text("date", "count relative years from this date (default: the text's own)");
  static final QueryParameter DATASET =
      QueryParameter.text("dataset", "check against this dataset only (default: every dataset)");

  /** Longer texts are refused: a speech is some 30,000 characters. */
  static final int MAX_TEXT = 200_000;

  // One checker per store: it learns the store's program names once.
  private final Map<FactStore, ClaimChecker> checkers = new ConcurrentHashMap<>();

  @Override
  public java.util.List<Endpoint> endpoints() {
    return java.util.List.of(
        Endpoint.post(
            "/api/v1/claims/check",
            "checkClaims",
            "Every numeric claim of the posted text with its verdict and the arithmetic behind it",
            java.util.List.of(DATE, DATASET),
            "text/plain",
            this::check));
  }

  private Reply check(ApiRequest request) {
    String text = request.body();
    if (text.isBlank()) {
      throw new QueryException("body", 0, "expected the text to check, found nothing");
    }
    if (text.length() > MAX_TEXT) {
      throw new QueryException(
          "body", 0, "text is " + text.length() + " characters; the limit is " + MAX_TEXT);
    }
    CheckOptions options = CheckOptions.defaults();
    Optional<String> date = request.query(DATE.name());
    if (date.isPresent()) {
      try {
        options = options.withDate(LocalDate.parse(date.get().strip()));
      } catch (DateTimeParseException e) {
        throw new QueryException(
            DATE.name(), 0, "expected a date such as 2025-09-02, found '" + date.get() + "'");
      }
    }
    Optional<String> dataset = request.query(DATASET.name());
    if (dataset.isPresent()) {
      request.store().require(dataset.get());
      options = options.withDataset(dataset.get());
    }
    CheckReport report =
        checkers.computeIfAbsent(request.store(), ClaimChecker::over).check(text, options);
    return Reply.json(CheckReportJson.tree(report));
  }
}
