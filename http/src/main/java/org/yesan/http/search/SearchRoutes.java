package org.yesan.http.search;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yesan.app.table.ReadableAmount;
import org.yesan.http.ApiRequest;
import org.yesan.http.Endpoint;
import org.yesan.http.QueryParameter;
import org.yesan.http.Reply;
import org.yesan.http.Routes;
import org.yesan.http.Table;
import org.yesan.model.DatasetInfo;
import org.yesan.model.Level;
import org.yesan.model.Measure;
import org.yesan.query.AggregateQuery;
import org.yesan.query.AggregateResult;
import org.yesan.query.Cuts;
import org.yesan.query.Dimensions;
import org.yesan.query.Drilldown;
import org.yesan.query.Page;
import org.yesan.query.QueryException;

/**
 * {@code GET /api/v1/datasets/{name}/search}: programs, projects or any other members whose Korean
 * or English name contains the words asked for, each with the ministry it sits under; and {@code
 * /labels/{level}}: the Korean and English names of a level's members.
 */
public final class SearchRoutes implements Routes {

  static final QueryParameter Q =
      new QueryParameter(
          "q",
          QueryParameter.Type.STRING,
          true,
          "text the name contains, Korean or English; case and spaces are ignored",
          List.of());
  static final QueryParameter LEVELS =
      QueryParameter.text("levels", "levels to search, comma-separated (default: every level)");
  static final QueryParameter CUT =
      QueryParameter.text(Cuts.PARAMETER, "search only among these facts: fiscal_year:2018");
  static final QueryParameter PAGE = QueryParameter.integer("page", "page number, from 1");
  static final QueryParameter PAGESIZE =
      QueryParameter.integer("pagesize", "matches per page (default and maximum: the server's)");

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final String MINISTRY = Level.MINISTRY.id();

  @Override
  public List<Endpoint> endpoints() {
    return List.of(
        Endpoint.listing(
            "/api/v1/datasets/{name}/search",
            "search",
            "Members (programs, projects, …) whose Korean or English name contains the text",
            List.of(Q, LEVELS, CUT, PAGE, PAGESIZE),
            this::search),
        Endpoint.listing(
            "/api/v1/datasets/{name}/labels/{level}",
            "listLabels",
            "The Korean and English names of a level's members",
            List.of(CUT),
            this::labels));
  }

  private record Match(
      String level, String member, Optional<String> ministry, long facts, Latest latest) {}

  /**
   * A match's figure in its latest year: the enacted stage if that year has one, else the proposal,
   * else the first stage; the dataset's first measure that has the member.
   */
  private record Latest(int fiscalYear, String stage, String measure, BigDecimal amount) {

    private int rank(List<String> measures) {
      int s = stage.equals("enacted") ? 0 : stage.equals("proposal") ? 1 : 2;
      return s * 1000 + measures.indexOf(measure);
    }

    Latest better(Latest o, List<String> measures) {
      if (o.fiscalYear != fiscalYear) {
        return o.fiscalYear > fiscalYear ? o : this;
      }
      return o.rank(measures) < rank(measures) ? o : this;
    }
  }

  private Reply search(ApiRequest request) {
    DatasetInfo d = request.dataset();
    String q = request.query(Q.name()).orElse("");
    String needle = MemberNames.folded(q);
    if (needle.isEmpty()) {
      throw new QueryException(Q.name(), 0, "expected text to search for, found nothing");
    }
    List<String> levels = levels(request, d);
    Cuts cuts = request.cuts(d);
    Page page = request.page();
    boolean hasMinistry = d.level(MINISTRY).isPresent();
    List<Match> matches = new ArrayList<>();
    for (String level : levels) {
      boolean withMinistry = hasMinistry && !level.equals(MINISTRY);
      List<String> by = new ArrayList<>();
      if (withMinistry) {
        by.add(MINISTRY);
      }
      by.addAll(List.of(level, Dimensions.MEASURE, Dimensions.STAGE, Dimensions.FISCAL_YEAR));
      AggregateResult r =
          request
              .store()
              .aggregate(
                  AggregateQuery.of(d.name()).withDrilldown(new Drilldown(by)).withCuts(cuts));
      Map<List<String>, Long> found = new LinkedHashMap<>();
      Map<List<String>, Latest> latest = new LinkedHashMap<>();
      List<String> measures = d.measures().stream().map(Measure::id).toList();
      int at = withMinistry ? 1 : 0;
      for (AggregateResult.Cell c : r.cells()) {
        String member = c.member(at);
        if (!member.isEmpty() && MemberNames.of(level, member).matches(member, needle)) {
          List<String> key = List.of(withMinistry ? c.member(0) : "", member);
          found.merge(key, c.count(), Long::sum);
          Latest here =
              new Latest(
                  Integer.parseInt(c.member(at + 3)),
                  c.member(at + 2),
                  c.member(at + 1),
                  ReadableAmount.plain(c.amount()));
          latest.merge(key, here, (x, y) -> x.better(y, measures));
        }
      }
      found.forEach(
          (k, n) ->
              matches.add(
                  new Match(
                      level,
                      k.get(1),
                      k.get(0).isEmpty() ? Optional.empty() : Optional.of(k.get(0)),
                      n,
                      latest.get(k))));
    }
    ObjectNode body = JSON.objectNode();
    body.put("dataset", d.name());
    body.put("q", q);
    body.put("cut", cuts.toString());
    ReadableAmount readable = new ReadableAmount(d.currency());
    Table table =
        new Table(
            "level",
            "member",
            "name_ko",
            "name_en",
            "ministry",
            "facts",
            "latest_fiscal_year",
            "latest_stage",
            "latest_measure",
            "latest_amount");
    ArrayNode out = body.putArray("matches");
    long from = Math.min(page.offset(), matches.size());
    long to = Math.min(from + page.size(), matches.size());
    for (Match m : matches.subList((int) from, (int) to)) {
      MemberNames names = MemberNames.of(m.level(), m.member());
      ObjectNode o = out.addObject();
      o.put("level", m.level());
      o.put("member", m.member());
      o.putObject("name").put("ko", names.ko()).put("en", names.en());
      o.put("ministry", m.ministry().orElse(null));
      o.put("facts", m.facts());
      Latest l = m.latest();
      ObjectNode lo = o.putObject("latest");
      lo.put("fiscal_year", l.fiscalYear());
      lo.put("stage", l.stage());
      lo.put("measure", l.measure());
      lo.put("amount", l.amount().toPlainString());
      lo.set("readable", readable.json(l.amount()));
      table.row(
          List.of(
              m.level(),
              m.member(),
              names.ko(),
              names.en(),
              m.ministry(),
              m.facts(),
              l.fiscalYear(),
              l.stage(),
              l.measure(),
              l.amount()));
    }
    body.put("total_match_count", matches.size());
    body.put("page", page.number());
    body.put("pagesize", page.size());
    return Reply.listing(body, table);
  }

  private static List<String> levels(ApiRequest request, DatasetInfo d) {
    List<String> all = d.levels().stream().map(Level::id).toList();
    Optional<String> given = request.query(LEVELS.name());
    if (given.isEmpty()) {
      return all;
    }
    List<String> out = new ArrayList<>();
    int pos = 1;
    for (String p : given.get().split(",", -1)) {
      String id = p.strip();
      if (!all.contains(id)) {
        throw new QueryException(
            LEVELS.name(),
            pos,
            "unknown level '" + id + "'; " + d.name() + " has " + String.join(", ", all));
      }
      out.add(id);
      pos += p.length() + 1;
    }
    return out;
  }

  private Reply labels(ApiRequest request) {
    DatasetInfo d = request.dataset();
    String level = request.path("level");
    if (d.level(level).isEmpty()) {
      throw new QueryException(
          "level",
          0,
          "unknown level '"
              + level
              + "'; "
              + d.name()
              + " has "
              + String.join(", ", d.levels().stream().map(Level::id).toList()));
    }
    Cuts cuts = request.cuts(d);
    AggregateResult r =
        request
            .store()
            .aggregate(
                AggregateQuery.of(d.name())
                    .withDrilldown(
                        new Drilldown(List.of(level, Dimensions.MEASURE, Dimensions.STAGE)))
                    .withCuts(cuts));
    Map<String, MemberNames> names = new LinkedHashMap<>();
    for (AggregateResult.Cell c : r.cells()) {
      if (!c.member(0).isEmpty()) {
        names.computeIfAbsent(c.member(0), m -> MemberNames.of(level, m));
      }
    }
    ObjectNode body = JSON.objectNode();
    body.put("dataset", d.name());
    body.put("level", level);
    ObjectNode labels = body.putObject("labels");
    Table table = new Table(level, "name_ko", "name_en");
    names.forEach(
        (m, n) -> {
          labels.putObject(m).put("ko", n.ko()).put("en", n.en());
          table.row(List.of(m, n.ko(), n.en()));
        });
    return Reply.listing(body, table);
  }
}
