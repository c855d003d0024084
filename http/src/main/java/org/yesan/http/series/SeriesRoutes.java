package org.yesan.http.series;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.yesan.app.series.NodeSeries;
import org.yesan.app.series.SeriesRequest;
import org.yesan.app.table.ReadableAmount;
import org.yesan.http.ApiRequest;
import org.yesan.http.Endpoint;
import org.yesan.http.QueryParameter;
import org.yesan.http.Reply;
import org.yesan.http.Routes;
import org.yesan.http.Table;
import org.yesan.model.DatasetInfo;
import org.yesan.query.Cuts;
import org.yesan.realterms.PriceIndex;
import org.yesan.realterms.ShippedSeries;

/**
 * {@code GET /api/v1/datasets/{name}/series}: one node's amount in every fiscal year, one point per
 * stage (proposal and enacted side by side, never added), nominal and in constant prices of a base
 * year by the shipped GDP deflator of Korea.
 */
public final class SeriesRoutes implements Routes {

  static final QueryParameter MEASURE =
      QueryParameter.text(
          SeriesRequest.MEASURE, "the measure, e.g. expenditure (required when there are more)");
  static final QueryParameter CUT =
      QueryParameter.text(
          Cuts.PARAMETER, "the node, as cuts on its levels: ministry:국방부|program:전력유지");
  static final QueryParameter STAGES =
      QueryParameter.text(SeriesRequest.STAGES, "stages to list, comma-separated (default: all)");
  static final QueryParameter BASE_YEAR =
      QueryParameter.integer(
          SeriesRequest.BASE_YEAR,
          "real terms in constant prices of this year (default: the latest with data)");

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final PriceIndex deflator;

  /** With the shipped GDP deflator of Korea. */
  public SeriesRoutes() {
    this(ShippedSeries.koreaGdpDeflator());
  }

  SeriesRoutes(PriceIndex deflator) {
    this.deflator = deflator;
  }

  @Override
  public List<Endpoint> endpoints() {
    return List.of(
        Endpoint.listing(
            "/api/v1/datasets/{name}/series",
            "series",
            "A node's amount per fiscal year and stage, nominal and deflated to a base year's prices"
                + " by the GDP deflator",
            List.of(MEASURE, CUT, STAGES, BASE_YEAR),
            this::series));
  }

  private Reply series(ApiRequest request) {
    DatasetInfo d = request.dataset();
    NodeSeries series =
        NodeSeries.of(
            request.store(),
            SeriesRequest.of(
                d,
                request.query(MEASURE.name()),
                request.cuts(d),
                request.query(STAGES.name()),
                request.integer(BASE_YEAR.name())),
            deflator);
    ReadableAmount readable = new ReadableAmount(d.currency());
    ObjectNode body = JSON.objectNode();
    body.put("dataset", d.name());
    body.put("currency", d.currency());
    body.put("measure", series.request().measure());
    body.put("cut", series.request().node().toString());
    series
        .baseYear()
        .ifPresent(
            base -> {
              body.put("base_year", base);
              ObjectNode index = body.putObject("deflator");
              index.put("label", deflator.label());
              index.put("origin", deflator.origin());
              index.put("first_year", deflator.series().firstYear());
              index.put("last_year", deflator.series().lastYear());
            });
    ArrayNode stageList = body.putArray("stages");
    series.stages().forEach(s -> stageList.add(s.id()));
    ArrayNode points = body.putArray("points");
    for (NodeSeries.Point x : series.points()) {
      ObjectNode p = points.addObject();
      p.put("fiscal_year", x.fiscalYear());
      p.put("stage", x.stage().id());
      p.put("count", x.count());
      if (x.amount().isEmpty()) {
        // plotted as a gap, not as 0원
        p.putNull("amount");
        x.missing().ifPresent(m -> p.put("missing", m));
        continue;
      }
      p.put("amount", x.amount().get().toPlainString());
      p.set("readable", readable.json(x.amount().get()));
      x.realMissing().ifPresent(m -> p.put("real_missing", m));
      x.real()
          .ifPresent(
              c -> {
                ObjectNode rn = p.putObject("real");
                rn.put("amount", c.result().toPlainString());
                rn.set("readable", readable.json(c.result()));
                rn.put("unit", c.unit());
                rn.put("method", c.method());
              });
    }
    return Reply.listing(body, Table.of(series.table()));
  }
}
