package org.yesan.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.yesan.app.query.Aggregation;
import org.yesan.app.query.MemberListing;
import org.yesan.model.DatasetInfo;
import org.yesan.model.Hierarchy;
import org.yesan.model.Level;
import org.yesan.query.AggregateQuery;
import org.yesan.query.AggregateResult;
import org.yesan.query.Cut;
import org.yesan.query.Cuts;
import org.yesan.query.Dimensions;
import org.yesan.query.Drilldown;
import org.yesan.query.FactsQuery;
import org.yesan.query.FactsResult;
import org.yesan.query.LineItem;
import org.yesan.query.Order;
import org.yesan.query.Page;
import org.yesan.query.QueryException;

/**
 * The Babbage-compatible {@code /api/3} endpoints (as OpenSpending's babbage serves them): each
 * dataset is a cube with one measure, {@code amount}, and one dimension per Yesan dimension.
 * Parameters use Babbage's forms (see {@link BabbageGrammar}); the rules are Yesan's (no adding of
 * proposal and enacted, exact amounts).
 */
final class BabbageRoutes implements Routes {

  static final String BASE = "/api/3/cubes";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private static final QueryParameter DRILLDOWN =
      QueryParameter.text(
          Drilldown.PARAMETER, "Babbage form: refs joined by '|': ministry|program");
  private static final QueryParameter CUT =
      QueryParameter.text(
          Cuts.PARAMETER,
          "Babbage form: ref:value[;value] joined by '|'; values may be \"quoted\"");
  private static final QueryParameter ORDER =
      QueryParameter.text(Order.PARAMETER, "Babbage form: ref[:asc|desc] joined by ','");
  private static final QueryParameter PAGE = QueryParameter.integer("page", "page number, from 1");
  private static final QueryParameter PAGESIZE =
      QueryParameter.integer("pagesize", "rows per page; 0 gives no rows, only the counts");
  private static final QueryParameter AGGREGATES =
      QueryParameter.text("aggregates", "amount.sum and/or _count, joined by '|'");
  private static final QueryParameter FIELDS =
      QueryParameter.text("fields", "refs of the columns to return, joined by ','");

  @Override
  public List<Endpoint> endpoints() {
    return List.of(
        Endpoint.get(BASE, "babbageCubes", "Babbage: the cubes (datasets)", List.of(), this::cubes),
        Endpoint.get(
            BASE + "/{name}/model",
            "babbageModel",
            "Babbage: a cube's model",
            List.of(),
            this::model),
        Endpoint.listing(
            BASE + "/{name}/aggregate",
            "babbageAggregate",
            "Babbage: aggregate",
            List.of(DRILLDOWN, CUT, ORDER, PAGE, PAGESIZE, AGGREGATES),
            this::aggregate),
        Endpoint.get(
            BASE + "/{name}/members/{dimension}",
            "babbageMembers",
            "Babbage: the distinct members of a dimension",
            List.of(CUT, ORDER, PAGE, PAGESIZE),
            this::members),
        Endpoint.get(
            BASE + "/{name}/facts",
            "babbageFacts",
            "Babbage: line items",
            List.of(CUT, ORDER, PAGE, PAGESIZE, FIELDS),
            this::facts));
  }

  private static ObjectNode ok() {
    ObjectNode o = JSON.objectNode();
    o.put("status", "ok");
    return o;
  }

  private Reply cubes(ApiRequest request) {
    ObjectNode body = ok();
    ArrayNode data = body.putArray("data");
    for (DatasetInfo d : request.store().datasets()) {
      data.addObject().put("name", d.name());
    }
    return Reply.json(body);
  }

  /** Korean and English labels of a dimension. */
  private record Labels(String ko, String en) {}

  private static Labels labels(DatasetInfo d, String dim) {
    return switch (dim) {
      case Dimensions.FISCAL_YEAR -> new Labels("회계연도", "fiscal year");
      case Dimensions.STAGE -> new Labels("예산 단계", "budget stage");
      case Dimensions.MEASURE -> new Labels("측정 항목", "measure");
      case Dimensions.REPORTED_IN -> new Labels("보고 연도", "reported in");
      default -> d.level(dim).map(l -> new Labels(l.labelKo(), l.labelEn())).orElseThrow();
    };
  }

  private Reply model(ApiRequest request) {
    DatasetInfo d = request.dataset();
    ObjectNode body = ok();
    body.put("name", d.name());
    ObjectNode model = body.putObject("model");
    ObjectNode dimensions = model.putObject("dimensions");
    for (String dim : new Dimensions(d).ids()) {
      Labels l = labels(d, dim);
      ObjectNode x = dimensions.putObject(dim);
      x.put("label", l.en());
      x.put("label_ko", l.ko());
      x.put("ref", dim);
      x.put("key_attribute", BabbageGrammar.ATTRIBUTE);
      x.put("label_attribute", BabbageGrammar.ATTRIBUTE);
      x.put("key_ref", BabbageGrammar.attributeRef(dim));
      x.put("label_ref", BabbageGrammar.attributeRef(dim));
      ObjectNode attr = x.putObject("attributes").putObject(BabbageGrammar.ATTRIBUTE);
      attr.put("label", l.en());
      attr.put("ref", BabbageGrammar.attributeRef(dim));
      attr.put("type", "string");
    }
    ObjectNode amount = model.putObject("measures").putObject(BabbageGrammar.AMOUNT);
    amount.put("label", "amount (" + d.currency() + ")");
    amount.put("ref", BabbageGrammar.AMOUNT);
    amount.put("currency", d.currency());
    ObjectNode aggregates = model.putObject("aggregates");
    ObjectNode sum = aggregates.putObject(BabbageGrammar.SUM);
    sum.put("label", "sum of amount");
    sum.put("measure", BabbageGrammar.AMOUNT);
    sum.put("function", "sum");
    sum.put("ref", BabbageGrammar.SUM);
    ObjectNode count = aggregates.putObject(BabbageGrammar.COUNT);
    count.put("label", "number of facts");
    count.put("function", "count");
    count.put("ref", BabbageGrammar.COUNT);
    ObjectNode hierarchies = model.putObject("hierarchies");
    for (Hierarchy h : d.hierarchies()) {
      ObjectNode x = hierarchies.putObject(h.id());
      x.put("label", h.labelEn());
      x.put("label_ko", h.labelKo());
      x.put("ref", h.id());
      ArrayNode levels = x.putArray("levels");
      h.levelIds().forEach(levels::add);
    }
    return Reply.json(body);
  }

  /** Babbage answers {@code pagesize=0} with counts and no rows; Yesan pages hold at least one. */
  private record BabbagePage(Page page, boolean empty) {
    static BabbagePage of(ApiRequest request) {
      if (request.integer("pagesize").orElse(-1) == 0) {
        return new BabbagePage(new Page(request.integer("page").orElse(1), 1), true);
      }
      return new BabbagePage(request.page(), false);
    }

    int size() {
      return empty ? 0 : page.size();
    }
  }

  private static Cuts cuts(List<BabbageGrammar.ParsedCut> parsed) {
    return new Cuts(parsed.stream().map(BabbageGrammar.ParsedCut::cut).toList());
  }

  private static ArrayNode cell(List<BabbageGrammar.ParsedCut> parsed) {
    ArrayNode cell = JSON.arrayNode();
    for (BabbageGrammar.ParsedCut p : parsed) {
      ObjectNode x = cell.addObject();
      x.put("ref", p.ref());
      x.put("operator", ":");
      ArrayNode v = x.putArray("value");
      Cut c = p.cut();
      if (c.range().isPresent()) {
        v.add(c.range().get().from() + "-" + c.range().get().to());
      } else {
        c.values().forEach(v::add);
      }
    }
    return cell;
  }

  private static ArrayNode order(List<List<String>> written) {
    ArrayNode a = JSON.arrayNode();
    for (List<String> o : written) {
      ArrayNode pair = a.addArray();
      o.forEach(pair::add);
    }
    return a;
  }

  private Reply aggregate(ApiRequest request) {
    DatasetInfo d = request.dataset();
    BabbageGrammar grammar = new BabbageGrammar(new Dimensions(d));
    List<BabbageGrammar.ParsedCut> parsed = grammar.cuts(request.query(Cuts.PARAMETER).orElse(""));
    Drilldown drilldown = grammar.drilldown(request.query(Drilldown.PARAMETER).orElse(""));
    BabbageGrammar.ParsedOrder order = grammar.order(request.query(Order.PARAMETER).orElse(""));
    List<String> aggregates = BabbageGrammar.aggregates(request.query("aggregates").orElse(""));
    BabbagePage page = BabbagePage.of(request);
    AggregateResult r =
        Aggregation.run(
                request.store(),
                AggregateQuery.of(d.name())
                    .withDrilldown(drilldown)
                    .withCuts(cuts(parsed))
                    .withOrder(order.order())
                    .withPage(page.page()),
                false)
            .result();
    List<String> attributes =
        drilldown.dimensions().stream().map(BabbageGrammar::attributeRef).toList();
    List<String> columns = new ArrayList<>(attributes);
    columns.addAll(aggregates);
    Table table = new Table(columns);
    ObjectNode body = ok();
    body.put("total_cell_count", r.summary().cells());
    ArrayNode cells = body.putArray("cells");
    if (!page.empty()) {
      for (AggregateResult.Cell c : r.cells()) {
        ObjectNode x = cells.addObject();
        List<Object> row = new ArrayList<>();
        for (int i = 0; i < attributes.size(); i++) {
          String m = c.member(i);
          x.put(attributes.get(i), m.isEmpty() ? null : m);
          row.add(m.isEmpty() ? null : m);
        }
        if (aggregates.contains(BabbageGrammar.SUM)) {
          x.put(BabbageGrammar.SUM, c.amount());
        }
        if (aggregates.contains(BabbageGrammar.COUNT)) {
          x.put(BabbageGrammar.COUNT, c.count());
        }
        for (String a : aggregates) {
          row.add(a.equals(BabbageGrammar.SUM) ? c.amount() : (Object) c.count());
        }
        table.row(row);
      }
    }
    ObjectNode summary = body.putObject("summary");
    if (aggregates.contains(BabbageGrammar.SUM)) {
      summary.put(BabbageGrammar.SUM, r.summary().amount());
    }
    if (aggregates.contains(BabbageGrammar.COUNT)) {
      summary.put(BabbageGrammar.COUNT, r.summary().count());
    }
    body.set("cell", cell(parsed));
    ArrayNode aggs = body.putArray("aggregates");
    aggregates.forEach(aggs::add);
    ArrayNode attrs = body.putArray("attributes");
    attributes.forEach(attrs::add);
    body.set("order", order(order.written()));
    body.put("page", page.page().number());
    body.put("page_size", page.size());
    return Reply.listing(body, table);
  }

  private Reply members(ApiRequest request) {
    DatasetInfo d = request.dataset();
    BabbageGrammar grammar = new BabbageGrammar(new Dimensions(d));
    String dim = grammar.dimension("dimension", 0, request.path("dimension"));
    List<BabbageGrammar.ParsedCut> parsed = grammar.cuts(request.query(Cuts.PARAMETER).orElse(""));
    BabbageGrammar.ParsedOrder order = grammar.order(request.query(Order.PARAMETER).orElse(""));
    boolean descending = false;
    for (Order.Key k : order.order().keys()) {
      if (!k.field().equals(dim)) {
        throw new QueryException(
            Order.PARAMETER,
            0,
            "members can be ordered by " + dim + " only, found '" + k.field() + "'");
      }
      descending = k.descending();
    }
    BabbagePage page = BabbagePage.of(request);
    List<String> all =
        new ArrayList<>(
            MemberListing.of(request.store(), d, "dimension", dim, cuts(parsed)).members());
    if (descending) {
      java.util.Collections.reverse(all);
    }
    ObjectNode body = ok();
    body.put("total_member_count", all.size());
    ArrayNode data = body.putArray("data");
    if (!page.empty()) {
      for (String m : DatasetRoutes.page(all, page.page())) {
        data.addObject().put(BabbageGrammar.attributeRef(dim), m);
      }
    }
    body.set("cell", cell(parsed));
    body.putArray("fields").add(BabbageGrammar.attributeRef(dim));
    body.set("order", order(order.written()));
    body.put("page", page.page().number());
    body.put("page_size", page.size());
    return Reply.json(body);
  }

  private Reply facts(ApiRequest request) {
    DatasetInfo d = request.dataset();
    Dimensions dims = new Dimensions(d);
    BabbageGrammar grammar = new BabbageGrammar(dims);
    List<BabbageGrammar.ParsedCut> parsed = grammar.cuts(request.query(Cuts.PARAMETER).orElse(""));
    BabbageGrammar.ParsedOrder order = grammar.order(request.query(Order.PARAMETER).orElse(""));
    BabbagePage page = BabbagePage.of(request);
    List<String> levels = d.levels().stream().map(Level::id).toList();
    List<String> fields = new ArrayList<>();
    String fieldText = request.query("fields").orElse("");
    if (fieldText.isBlank()) {
      levels.forEach(l -> fields.add(BabbageGrammar.attributeRef(l)));
      Dimensions.BUILT_IN.forEach(b -> fields.add(BabbageGrammar.attributeRef(b)));
      fields.add(BabbageGrammar.AMOUNT);
    } else {
      int pos = 1;
      for (String f : fieldText.split(",", -1)) {
        String ref = f.strip();
        String field =
            ref.equals(BabbageGrammar.AMOUNT)
                ? ref
                : BabbageGrammar.attributeRef(grammar.dimension("fields", pos, ref));
        if (!fields.contains(field)) {
          fields.add(field);
        }
        pos += f.length() + 1;
      }
    }
    FactsResult r =
        request
            .store()
            .facts(
                FactsQuery.of(d.name())
                    .withCuts(cuts(parsed))
                    .withOrder(order.order())
                    .withPage(page.page()));
    ObjectNode body = ok();
    body.put("total_fact_count", r.total());
    ArrayNode data = body.putArray("data");
    if (!page.empty()) {
      for (LineItem li : r.items()) {
        ObjectNode x = data.addObject();
        for (String f : fields) {
          if (f.equals(BabbageGrammar.AMOUNT)) {
            x.put(f, li.amount());
            continue;
          }
          String dim = f.substring(0, f.length() - BabbageGrammar.ATTRIBUTE.length() - 1);
          x.put(f, value(li, levels, dim));
        }
        x.put("_source_file", li.sourceFile());
        x.put("_source_line", li.sourceLine());
      }
    }
    body.set("cell", cell(parsed));
    ArrayNode fs = body.putArray("fields");
    fields.forEach(fs::add);
    body.set("order", order(order.written()));
    body.put("page", page.page().number());
    body.put("page_size", page.size());
    return Reply.json(body);
  }

  private static String value(LineItem li, List<String> levels, String dim) {
    return switch (dim) {
      case Dimensions.FISCAL_YEAR -> li.fiscalYear().toString();
      case Dimensions.STAGE -> li.stage().id();
      case Dimensions.MEASURE -> li.measure();
      case Dimensions.REPORTED_IN -> li.reportedIn().toString();
      default -> li.member(levels.indexOf(dim)).orElse(null);
    };
  }
}
