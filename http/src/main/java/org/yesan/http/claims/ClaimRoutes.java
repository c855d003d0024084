package org.yesan.http.claims;

import org.yesan.app.check.CheckRequest;
import org.yesan.app.check.ClaimChecks;
import org.yesan.claims.CheckReportJson;
import org.yesan.http.ApiRequest;
import org.yesan.http.Endpoint;
import org.yesan.http.QueryParameter;
import org.yesan.http.Reply;
import org.yesan.http.Routes;

/**
 * {@code POST /api/v1/claims/check}: the numeric claims of the posted text (plain UTF-8, English or
 * Korean), each with its span, verdict, explanation, formula, tolerance and the store rows used.
 */
public final class ClaimRoutes implements Routes {

  static final QueryParameter DATE =
      QueryParameter.text(
          CheckRequest.DATE, "count relative years from this date (default: the text's own)");
  static final QueryParameter DATASET =
      QueryParameter.text(
          CheckRequest.DATASET, "check against this dataset only (default: every dataset)");

  private final ClaimChecks checks = new ClaimChecks();

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
    CheckRequest asked =
        CheckRequest.of(request.body(), request.query(DATE.name()), request.query(DATASET.name()));
    return Reply.json(CheckReportJson.tree(checks.check(request.store(), asked)));
  }
}
