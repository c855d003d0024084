package org.yesan.http.validation;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.yesan.app.table.JsonTableWriter;
import org.yesan.app.table.ResultTable;
import org.yesan.app.validation.ValidationRequest;
import org.yesan.app.validation.ValidationTable;
import org.yesan.http.ApiRequest;
import org.yesan.http.Endpoint;
import org.yesan.http.Reply;
import org.yesan.http.Routes;
import org.yesan.http.Table;
import org.yesan.validation.Finding;

/**
 * {@code GET /api/v1/datasets/{name}/validation}: ask the {@link ValidationTable} use case and
 * write its findings as {@code yesan validate --format json} does, with the totals beside them.
 */
public final class ValidationRoutes implements Routes {

  @Override
  public List<Endpoint> endpoints() {
    return List.of(
        Endpoint.listing(
            "/api/v1/datasets/{name}/validation",
            "validateDataset",
            "Checks of a dataset: totals per year and stage, restated prior-year figures against"
                + " the year's own, revenue against expenditure, repeated lines, negative amounts"
                + " and incomplete stages, each finding with its evidence",
            List.of(),
            this::validation));
  }

  private Reply validation(ApiRequest request) {
    ValidationTable validation =
        ValidationTable.of(request.store(), new ValidationRequest(request.path("name")));
    ResultTable findings = validation.findings();
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("dataset", validation.dataset().name());
    body.put("failed", validation.failed());
    ObjectNode counts = body.putObject("counts");
    counts.put("pass", validation.count(Finding.Severity.PASS));
    counts.put("failure", validation.count(Finding.Severity.FAILURE));
    counts.put("warning", validation.count(Finding.Severity.WARNING));
    counts.put("info", validation.count(Finding.Severity.INFO));
    body.set("totals", JsonTableWriter.array(validation.totals()));
    body.set("rows", JsonTableWriter.array(findings));
    return Reply.listing(body, Table.of(findings));
  }
}
