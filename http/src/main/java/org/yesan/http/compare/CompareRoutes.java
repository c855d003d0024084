package org.yesan.http.compare;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import org.yesan.app.compare.ComparedTable;
import org.yesan.app.compare.ComparisonRequest;
import org.yesan.app.compare.Comparisons;
import org.yesan.app.compare.MeasureLevels;
import org.yesan.app.compare.MoverTable;
import org.yesan.app.compare.MoversRequest;
import org.yesan.app.table.Column;
import org.yesan.app.table.JsonTableWriter;
import org.yesan.app.table.ReadableAmount;
import org.yesan.app.table.ResultTable;
import org.yesan.compare.Comparison;
import org.yesan.http.ApiRequest;
import org.yesan.http.Endpoint;
import org.yesan.http.QueryParameter;
import org.yesan.http.Reply;
import org.yesan.http.Routes;
import org.yesan.http.Table;
import org.yesan.model.DatasetInfo;
import org.yesan.query.QueryException;

/**
 * {@code GET /api/v1/datasets/{name}/compare} and {@code …/movers}: parse the request, ask the
 * {@link Comparisons} use case, and write its answer.
 */
public final class CompareRoutes implements Routes {

  private static final String BASE = "/api/v1/datasets/{name}";
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  static final QueryParameter YEARS =
      QueryParameter.text(
          ComparisonRequest.YEARS, "two fiscal years to compare, base first: 2017,2018");
  static final QueryParameter STAGES =
      QueryParameter.text(
          ComparisonRequest.STAGES, "two stages to compare, base first: proposal,enacted");
  static final QueryParameter BY =
      QueryParameter.text(MoversRequest.BY, "rank by amount (default) or percent");
  static final QueryParameter LIMIT =
      QueryParameter.integer(
          MoversRequest.LIMIT, "how many increases and how many cuts (default 10, at most 1000)");

  static final QueryParameter MEASURE =
      new QueryParameter(
          MeasureLevels.MEASURE,
          QueryParameter.Type.STRING,
          true,
          "the measure whose levels with members to list",
          List.of());

  @Override
  public List<Endpoint> endpoints() {
    return List.of(
        Endpoint.listing(
            BASE + "/compare/levels",
            "compareLevels",
            "The levels at which a measure has members: what its comparison can be drilled down by",
            List.of(MEASURE),
            this::levels),
        Endpoint.listing(
            BASE + "/compare",
            "compare",
            "Two years or two stages side by side: change, % change and shares",
            List.of(YEARS, STAGES, QueryParameter.DRILLDOWN, QueryParameter.CUT),
            this::compare),
        Endpoint.listing(
            BASE + "/movers",
            "movers",
            "The largest increases and cuts between two years or two stages; rows with a figure on"
                + " one side only are counted, not ranked",
            List.of(YEARS, STAGES, QueryParameter.DRILLDOWN, QueryParameter.CUT, BY, LIMIT),
            this::movers));
  }

  private static ComparisonRequest request(ApiRequest request, DatasetInfo d) {
    return ComparisonRequest.of(
        d,
        request.query(YEARS.name()),
        request.query(STAGES.name()),
        request.drilldown(),
        request.cuts(d));
  }

  private Reply compare(ApiRequest request) {
    DatasetInfo d = request.dataset();
    ComparisonRequest asked = request(request, d);
    ComparedTable answer = Comparisons.compare(request.store(), asked);
    Comparison c = answer.comparison();
    ReadableAmount readable = new ReadableAmount(d.currency());
    ObjectNode body = head(d, asked, answer);
    // the same flat rows as `yesan compare --format json`
    ResultTable table = answer.table();
    body.set("rows", JsonTableWriter.array(table));
    row(body.putObject("total"), c.total(), readable);
    return Reply.listing(body, Table.of(table));
  }

  private Reply levels(ApiRequest request) {
    DatasetInfo d = request.dataset();
    String id =
        request
            .query(MEASURE.name())
            .map(String::strip)
            .filter(x -> !x.isEmpty())
            .orElseThrow(
                () -> new QueryException(MEASURE.name(), 0, "expected a measure, found nothing"));
    if (d.measure(id).isEmpty()) {
      throw new QueryException(
          MEASURE.name(), 0, "unknown measure '" + id + "' in dataset " + d.name());
    }
    MeasureLevels levels = MeasureLevels.of(request.store(), d, id);
    ResultTable table = new ResultTable(new Column("level", Column.Kind.TEXT));
    levels.levels().forEach(table::row);
    ObjectNode body = JSON.objectNode();
    body.put("dataset", d.name());
    body.put("measure", id);
    body.set("rows", JsonTableWriter.array(table));
    return Reply.listing(body, Table.of(table));
  }

  private Reply movers(ApiRequest request) {
    DatasetInfo d = request.dataset();
    ComparisonRequest asked = request(request, d);
    MoverTable answer =
        Comparisons.movers(
            request.store(),
            MoversRequest.of(asked, request.query(BY.name()), request.query(LIMIT.name())));
    ObjectNode body = head(d, asked, answer.compared());
    body.put("by", answer.by().name().toLowerCase(java.util.Locale.ROOT));
    body.put("unranked", answer.movers().unranked());
    ArrayNode notes = body.putArray("notes");
    answer.notes().forEach(notes::add);
    ResultTable table = answer.table();
    body.set("rows", JsonTableWriter.array(table));
    return Reply.listing(body, Table.of(table));
  }

  private static ObjectNode head(DatasetInfo d, ComparisonRequest asked, ComparedTable answer) {
    Comparison c = answer.comparison();
    ObjectNode body = JSON.objectNode();
    body.put("dataset", d.name());
    body.put("currency", d.currency());
    body.put("axis", asked.axis());
    body.put("base", c.baseLabel());
    body.put("target", c.targetLabel());
    ArrayNode dimensions = body.putArray("dimensions");
    c.dimensions().forEach(dimensions::add);
    body.put("cut", asked.cuts().toString());
    body.put("selection", c.selectionText());
    body.put("missing", c.missingReason().orElse(null));
    return body;
  }

  private static void row(ObjectNode x, Comparison.Row r, ReadableAmount readable) {
    // a side without a figure is null, never "0"; so is the change it would need
    x.put("base", r.base().map(BigDecimal::toPlainString).orElse(null));
    x.put("target", r.target().map(BigDecimal::toPlainString).orElse(null));
    x.put("change", r.change().map(BigDecimal::toPlainString).orElse(null));
    x.put("status", r.status().id());
    r.baseMembers().ifPresent(m -> x.put("renamed_from", String.join(" > ", m)));
    x.put("change_pct", r.percentChange().map(BigDecimal::toPlainString).orElse(null));
    x.put("base_share_pct", r.baseShare().map(BigDecimal::toPlainString).orElse(null));
    x.put("target_share_pct", r.targetShare().map(BigDecimal::toPlainString).orElse(null));
    ObjectNode read = x.putObject("readable");
    read.set("base", r.base().map(readable::json).orElse(null));
    read.set("target", r.target().map(readable::json).orElse(null));
    read.set("change", r.change().map(readable::json).orElse(null));
  }
}
