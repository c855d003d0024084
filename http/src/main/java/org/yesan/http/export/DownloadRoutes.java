package org.yesan.http.export;

import java.util.List;
import org.yesan.app.export.DatasetLines;
import org.yesan.app.table.ExportFormat;
import org.yesan.http.ApiRequest;
import org.yesan.http.Endpoint;
import org.yesan.http.QueryParameter;
import org.yesan.http.Reply;
import org.yesan.http.Routes;
import org.yesan.model.DatasetInfo;
import org.yesan.query.Cuts;
import org.yesan.query.FactsQuery;
import org.yesan.query.QueryException;

/**
 * {@code GET /api/v1/datasets/{name}/download}: every line item of a dataset (or those that pass
 * the cuts) as one file, written to the response as the store reads it, so a dataset of millions of
 * lines downloads without being held in memory.
 */
public final class DownloadRoutes implements Routes {

  static final QueryParameter FORMAT =
      new QueryParameter(
          QueryParameter.FORMAT,
          QueryParameter.Type.STRING,
          false,
          "csv (default; UTF-8 with a byte order mark), json, xlsx or parquet",
          List.of("csv", "json", "xlsx", "parquet"));

  @Override
  public List<Endpoint> endpoints() {
    return List.of(
        Endpoint.get(
            "/api/v1/datasets/{name}/download",
            "downloadDataset",
            "Every line item that passes the cuts, with its provenance, as a CSV, JSON, XLSX or"
                + " Parquet file",
            List.of(
                QueryParameter.text(Cuts.PARAMETER, "only the lines that pass these cuts"), FORMAT),
            this::download));
  }

  private Reply download(ApiRequest request) {
    DatasetInfo d = request.dataset();
    Cuts cuts = request.cuts(d);
    String name = request.query(QueryParameter.FORMAT).orElse("csv");
    ExportFormat format =
        ExportFormat.ofName(name)
            .orElseThrow(
                () ->
                    new QueryException(
                        QueryParameter.FORMAT,
                        0,
                        "expected csv, json, xlsx or parquet, found '" + name + "'"));
    FactsQuery query = FactsQuery.of(d.name()).withCuts(cuts);
    return Reply.download(
        new Reply.Download(
            d.name() + "." + format.extension(),
            format.contentType(),
            out ->
                DatasetLines.write(
                    request.store(), query, format.writer(DatasetLines.columns(d), out))));
  }
}
