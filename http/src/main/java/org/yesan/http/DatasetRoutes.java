package org.yesan.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import org.yesan.app.export.DatasetLines;
import org.yesan.app.query.Aggregation;
import org.yesan.app.query.MemberListing;
import org.yesan.app.table.JsonTableWriter;
import org.yesan.app.table.ReadableAmount;
import org.yesan.app.table.ResultTable;
import org.yesan.model.DatasetInfo;
import org.yesan.model.Hierarchy;
import org.yesan.model.Level;
import org.yesan.model.Measure;
import org.yesan.query.AggregateQuery;
import org.yesan.query.AggregateResult;
import org.yesan.query.Cuts;
import org.yesan.query.Dimensions;
import org.yesan.query.Drilldown;
import org.yesan.query.FactsQuery;
import org.yesan.query.FactsResult;
import org.yesan.query.Order;
import org.yesan.query.Page;
import org.yesan.store.Slice;

/** The {@code /api/v1} dataset endpoints: list, model, members, aggregate and facts. */
final class DatasetRoutes implements Routes {

  static final String BASE = "/api/v1/datasets";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  static final QueryParameter ORDER =
      QueryParameter.text(Order.PARAMETER, "sort keys, comma-separated: amount:desc,ministry");
  static final QueryParameter PAGE = QueryParameter.integer("page", "page number, from 1");
  static final QueryParameter SHARES =
      QueryParameter.text(
          "shares",
          "true adds each cell's share of the total and of its parent (percent, 2 places,"
              + " HALF_UP), computed over all cells before paging");
  static final QueryParameter PAGESIZE =
      QueryParameter.integer("pagesize", "rows per page (default and maximum: the server's max)");

  @Override
  public List<Endpoint> endpoints() {
    return List.of(
        Endpoint.listing(BASE, "listDatasets", "The datasets in the store", List.of(), this::list),
        Endpoint.get(
            BASE + "/{name}",
            "getDataset",
            "A dataset's model: levels, hierarchies, measures, currency, source unit, provenance"
                + " and slices",
            List.of(),
            this::model),
        Endpoint.listing(
            BASE + "/{name}/members/{level}",
            "listMembers",
            "The distinct members of a dimension among the facts that pass the cuts",
            List.of(QueryParameter.CUT, PAGE, PAGESIZE),
            this::members),
        Endpoint.listing(
            BASE + "/{name}/aggregate",
            "aggregate",
            "Exact sums grouped by the drilldown, with a summary over all cells",
            List.of(QueryParameter.DRILLDOWN, QueryParameter.CUT, ORDER, PAGE, PAGESIZE, SHARES),
            this::aggregate),
        Endpoint.listing(
            BASE + "/{name}/facts",
            "listFacts",
            "Line items with their source file and line",
            List.of(QueryParameter.CUT, ORDER, PAGE, PAGESIZE),
            this::facts));
  }

  private Reply list(ApiRequest request) {
    ArrayNode datasets = JSON.arrayNode();
    Table table = new Table("name", "title", "country", "currency", "measures");
    for (DatasetInfo d : request.store().datasets()) {
      ObjectNode o = datasets.addObject();
      o.put("name", d.name());
      o.put("title", d.title());
      o.put("country", d.country().orElse(null));
      o.put("currency", d.currency());
      ArrayNode m = o.putArray("measures");
      d.measures().forEach(x -> m.add(x.id()));
      o.put("href", BASE + "/" + d.name());
      table.row(
          List.of(
              d.name(),
              d.title(),
              d.country(),
              d.currency(),
              String.join(";", d.measures().stream().map(Measure::id).toList())));
    }
    ObjectNode body = JSON.objectNode();
    body.set("datasets", datasets);
    return Reply.listing(body, table);
  }

  private Reply model(ApiRequest request) {
    DatasetInfo d = request.dataset();
    ObjectNode o = JSON.objectNode();
    o.put("name", d.name());
    o.put("title", d.title());
    o.put("country", d.country().orElse(null));
    o.put("currency", d.currency());
    ObjectNode unit = o.putObject("source_unit");
    unit.put("id", d.sourceUnit().id());
    unit.put("label", d.sourceUnit().label());
    unit.put("factor", d.sourceUnit().factor().toPlainString());
    ObjectNode prov = o.putObject("provenance");
    prov.put("source", d.source());
    prov.put("licence", d.licence());
    prov.put("imported_at", d.importedAt().map(Object::toString).orElse(null));
    prov.put("content_hash", d.contentHash().orElse(null));
    ArrayNode dims = o.putArray("dimensions");
    new Dimensions(d).ids().forEach(dims::add);
    ArrayNode levels = o.putArray("levels");
    for (Level l : d.levels()) {
      ObjectNode x = levels.addObject();
      x.put("id", l.id());
      x.set("label", label(l.labelKo(), l.labelEn()));
    }
    ArrayNode hierarchies = o.putArray("hierarchies");
    for (Hierarchy h : d.hierarchies()) {
      ObjectNode x = hierarchies.addObject();
      x.put("id", h.id());
      x.set("label", label(h.labelKo(), h.labelEn()));
      ArrayNode hl = x.putArray("levels");
      h.levelIds().forEach(hl::add);
    }
    ArrayNode measures = o.putArray("measures");
    for (Measure m : d.measures()) {
      ObjectNode x = measures.addObject();
      x.put("id", m.id());
      x.set("label", label(m.labelKo(), m.labelEn()));
      x.put("direction", m.direction().name().toLowerCase(java.util.Locale.ROOT));
      x.put("basis", m.basis().name().toLowerCase(java.util.Locale.ROOT));
      // "percent" measures (ratios to GDP) hold percentages, which must never be shown as money
      x.put("quantity", m.quantity().name().toLowerCase(java.util.Locale.ROOT));
    }
    ReadableAmount readable = new ReadableAmount(d.currency());
    ArrayNode slices = o.putArray("slices");
    for (Slice s : request.store().slices(d.name())) {
      ObjectNode x = slices.addObject();
      x.put("measure", s.measure());
      x.put("fiscal_year", s.fiscalYear().value());
      x.put("stage", s.stage().id());
      x.put("reported_in", s.reportedIn().value());
      x.put("own_report", s.isOwnReport());
      x.put("count", s.facts());
      BigDecimal total = plain(s.total());
      x.put("total", total.toPlainString());
      boolean percent =
          d.measure(s.measure())
              .map(m -> m.quantity() == org.yesan.model.Measure.Quantity.PERCENT)
              .orElse(false);
      if (percent) {
        // A ratio is read as published, never as money.
        ObjectNode r = x.putObject("readable");
        r.put("ko", total.toPlainString() + "%");
        r.put("en", total.toPlainString() + "%");
      } else {
        x.set("readable", readable.json(total));
      }
      x.put("source_file", s.sourceFile());
    }
    return Reply.json(o);
  }

  /** Without the storage scale's trailing zeros: 275100000000000, not 275100000000000.00. */
  static BigDecimal plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  private static ObjectNode label(String ko, String en) {
    ObjectNode o = JSON.objectNode();
    o.put("ko", ko);
    o.put("en", en);
    return o;
  }

  private Reply members(ApiRequest request) {
    DatasetInfo d = request.dataset();
    String level = request.path("level");
    Cuts cuts = request.cuts(d);
    Page page = request.page();
    MemberListing listing = MemberListing.of(request.store(), d, "level", level, cuts);
    List<String> all = listing.members();
    List<String> slice = page(all, page);
    ObjectNode body = JSON.objectNode();
    body.put("dataset", d.name());
    body.put("dimension", level);
    d.level(level).ifPresent(l -> body.set("label", label(l.labelKo(), l.labelEn())));
    body.put("cut", cuts.toString());
    ArrayNode out = body.putArray("members");
    for (String m : slice) {
      ObjectNode x = out.addObject();
      x.put("member", m);
      x.put("count", listing.counts().get(m));
    }
    body.put("total_member_count", all.size());
    pageInfo(body, page);
    return Reply.listing(body, Table.of(listing.table(slice)));
  }

  static <T> List<T> page(List<T> all, Page page) {
    long from = Math.min(page.offset(), all.size());
    long to = Math.min(from + page.size(), all.size());
    return all.subList((int) from, (int) to);
  }

  private static void pageInfo(ObjectNode body, Page page) {
    body.put("page", page.number());
    body.put("pagesize", page.size());
  }

  private Reply aggregate(ApiRequest request) {
    DatasetInfo d = request.dataset();
    Drilldown drilldown = request.drilldown();
    Cuts cuts = request.cuts(d);
    Order order = request.order();
    Page page = request.page();
    Aggregation.Answer answer =
        Aggregation.run(
            request.store(),
            AggregateQuery.of(d.name())
                .withDrilldown(drilldown)
                .withCuts(cuts)
                .withOrder(order)
                .withPage(page),
            request.flag(SHARES.name()));
    AggregateResult r = answer.result();
    ReadableAmount readable = new ReadableAmount(d.currency());
    ObjectNode body = JSON.objectNode();
    body.put("dataset", d.name());
    body.put("currency", d.currency());
    ArrayNode dimensions = body.putArray("dimensions");
    r.dimensions().forEach(dimensions::add);
    body.put("drilldown", drilldown.toString());
    body.put("cut", cuts.toString());
    body.put("order", order.toString());
    // the same flat rows as `yesan query --format json`: one field per drilldown level
    ResultTable rows = answer.table(d.currency());
    body.set("cells", JsonTableWriter.array(rows));
    Table table = Table.of(rows);
    ObjectNode summary = body.putObject("summary");
    summary.put("amount", r.summary().amount().toPlainString());
    summary.put("count", r.summary().count());
    summary.put("cells", r.summary().cells());
    summary.set("readable", readable.json(r.summary().amount()));
    pageInfo(body, page);
    return Reply.listing(body, table);
  }

  private static ObjectNode members(List<String> dimensions, List<String> members) {
    ObjectNode o = JSON.objectNode();
    for (int i = 0; i < dimensions.size(); i++) {
      String m = members.get(i);
      o.put(dimensions.get(i), m.isEmpty() ? null : m);
    }
    return o;
  }

  private Reply facts(ApiRequest request) {
    DatasetInfo d = request.dataset();
    Cuts cuts = request.cuts(d);
    Order order = request.order();
    Page page = request.page();
    FactsResult r =
        request
            .store()
            .facts(FactsQuery.of(d.name()).withCuts(cuts).withOrder(order).withPage(page));
    ResultTable rows = DatasetLines.table(d, r.items());
    ObjectNode body = JSON.objectNode();
    body.put("dataset", d.name());
    body.put("currency", d.currency());
    body.put("cut", cuts.toString());
    body.put("order", order.toString());
    body.set("facts", JsonTableWriter.array(rows));
    body.put("total_fact_count", r.total());
    pageInfo(body, page);
    return Reply.listing(body, Table.of(rows));
  }
}
