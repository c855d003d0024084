package org.yesan.http.real;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.yesan.app.real.RealTermsRequest;
import org.yesan.app.real.RealTermsTable;
import org.yesan.app.table.JsonTableWriter;
import org.yesan.app.table.ResultTable;
import org.yesan.http.ApiRequest;
import org.yesan.http.Endpoint;
import org.yesan.http.QueryParameter;
import org.yesan.http.Reply;
import org.yesan.http.Routes;
import org.yesan.http.Table;
import org.yesan.model.DatasetInfo;
import org.yesan.query.AggregateQuery;
import org.yesan.query.QueryException;

/**
 * {@code GET /api/v1/datasets/{name}/real}: parse, ask the {@link RealTermsTable} use case, and
 * write its rows as {@code yesan real --format json} does. Only the series shipped with Yesan are
 * used: a client cannot name files on the server's disk.
 */
public final class RealTermsRoutes implements Routes {

  @Override
  public List<Endpoint> endpoints() {
    return List.of(
        Endpoint.listing(
            "/api/v1/datasets/{name}/real",
            "realTerms",
            "Amounts in a base year's prices, per person or in another currency by the series"
                + " shipped in data/series/, each figure with its factor, the published values it"
                + " used and their sources; drilled down by fiscal_year unless one year is cut",
            List.of(
                QueryParameter.DRILLDOWN,
                QueryParameter.CUT,
                QueryParameter.integer(
                    RealTermsRequest.BASE_YEAR, "express amounts in this year's prices"),
                new QueryParameter(
                    RealTermsRequest.PER_CAPITA,
                    QueryParameter.Type.STRING,
                    false,
                    "true to divide by the population",
                    List.of("true", "false")),
                QueryParameter.text(RealTermsRequest.TO, "convert into this currency, e.g. USD"),
                new QueryParameter(
                    RealTermsRequest.FX_BASIS,
                    QueryParameter.Type.STRING,
                    false,
                    "which exchange rate: annual_average (default) or end_of_period",
                    List.of("annual_average", "end_of_period")),
                QueryParameter.integer(
                    RealTermsRequest.SCALE, "decimal places of the result (default 0)"),
                QueryParameter.text(
                    RealTermsRequest.ROUNDING,
                    "rounding mode of the result, such as HALF_EVEN (default) or DOWN")),
            this::real));
  }

  private Reply real(ApiRequest request) {
    DatasetInfo d = request.dataset();
    AggregateQuery query =
        AggregateQuery.of(d.name()).withDrilldown(request.drilldown()).withCuts(request.cuts(d));
    RealTermsRequest asked =
        new RealTermsRequest(
            query,
            request.integer(RealTermsRequest.BASE_YEAR),
            Optional.empty(),
            request.flag(RealTermsRequest.PER_CAPITA)
                ? Optional.of(Optional.<Path>empty())
                : Optional.empty(),
            request.query(RealTermsRequest.TO).map(String::strip),
            Optional.empty(),
            RealTermsRequest.basis(
                request.query(RealTermsRequest.FX_BASIS).orElse("annual_average").strip()),
            request.integer(RealTermsRequest.SCALE).orElse(0),
            rounding(request.query(RealTermsRequest.ROUNDING).orElse("HALF_EVEN")));
    RealTermsTable real = RealTermsTable.of(request.store(), asked);
    ResultTable table = real.table();
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("dataset", d.name());
    body.put("currency", real.currency());
    body.put("unit", real.unit());
    real.method().ifPresent(m -> body.put("method", m));
    ArrayNode sources = body.putArray("sources");
    real.sources().forEach(sources::add);
    body.set("rows", JsonTableWriter.array(table));
    return Reply.listing(body, Table.of(table));
  }

  private static RoundingMode rounding(String text) {
    String name = text.strip().toUpperCase(Locale.ROOT);
    for (RoundingMode m : RoundingMode.values()) {
      if (m.name().equals(name)) {
        return m;
      }
    }
    throw new QueryException(
        RealTermsRequest.ROUNDING,
        0,
        "expected a rounding mode such as HALF_EVEN or DOWN, found '" + text + "'");
  }
}
