package org.yesan.http.claims;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.yesan.claims.CheckOptions;
import org.yesan.claims.CheckReport;
import org.yesan.claims.CheckedClaim;
import org.yesan.claims.ClaimChecker;
import org.yesan.claims.DataRow;
import org.yesan.claims.Verdict;
import org.yesan.http.ApiRequest;
import org.yesan.http.Endpoint;
import org.yesan.http.QueryParameter;
import org.yesan.http.ReadableAmount;
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

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

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
    return Reply.json(json(report));
  }

  static ObjectNode json(CheckReport r) {
    ObjectNode o = JSON.objectNode();
    o.put("document_date", r.documentDate().map(Object::toString).orElse(null));
    o.put("date_reason", r.dateReason());
    ArrayNode datasets = o.putArray("datasets");
    r.datasets().forEach(datasets::add);
    ObjectNode verdicts = o.putObject("verdicts");
    // Counted here from the claims, so the answer never depends on how the report keys its map.
    for (Verdict v : Verdict.values()) {
      verdicts.put(v.id(), r.claims().stream().filter(c -> c.verdict() == v).count());
    }
    ArrayNode claims = o.putArray("claims");
    for (CheckedClaim c : r.claims()) {
      ObjectNode x = claims.addObject();
      x.put("id", c.id());
      x.put("start", c.start());
      x.put("end", c.end());
      x.put("text", c.text());
      x.put("kind", c.kind());
      x.put("subject", c.subject());
      x.put("fiscal_year", c.fiscalYear().orElse(null));
      x.put("stage", c.stage().orElse(null));
      x.put("reading", c.reading());
      x.put("verdict", c.verdict().id());
      x.put("explanation", c.explanation());
      x.put("formula", c.formula());
      x.put("tolerance", c.tolerance());
      x.put("data_value", c.dataValue().map(v -> v.toPlainString()).orElse(null));
      ArrayNode rows = x.putArray("rows");
      for (DataRow d : c.rows()) {
        ObjectNode row = rows.addObject();
        row.put("dataset", d.dataset());
        row.put("measure", d.measure());
        row.put("member", d.member());
        row.put("fiscal_year", d.fiscalYear());
        row.put("stage", d.stage());
        row.put("amount", ReadableAmount.plain(d.amount()).toPlainString());
        row.put("shown", d.shown());
        row.put("precision", d.precision());
      }
      ArrayNode queries = x.putArray("queries");
      c.queries().forEach(queries::add);
    }
    ObjectNode timing = o.putObject("timing");
    timing.put("extraction_ms", r.timing().extractionNanos() / 1_000_000.0);
    timing.put("verification_ms", r.timing().verificationNanos() / 1_000_000.0);
    timing.put("queries", r.timing().queries());
    return o;
  }
}
