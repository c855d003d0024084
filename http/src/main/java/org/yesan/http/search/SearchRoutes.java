package org.yesan.http.search;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yesan.app.search.MemberNames;
import org.yesan.app.search.MemberSearch;
import org.yesan.app.search.SearchRequest;
import org.yesan.app.table.JsonTableWriter;
import org.yesan.app.table.ResultTable;
import org.yesan.http.ApiRequest;
import org.yesan.http.Endpoint;
import org.yesan.http.QueryParameter;
import org.yesan.http.Reply;
import org.yesan.http.Routes;
import org.yesan.http.Table;
import org.yesan.model.DatasetInfo;
import org.yesan.model.Level;
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
          SearchRequest.Q,
          QueryParameter.Type.STRING,
          true,
          "text the name contains, Korean or English; case and spaces are ignored",
          List.of());
  static final QueryParameter LEVELS =
      QueryParameter.text(
          SearchRequest.LEVELS, "levels to search, comma-separated (default: every level)");
  static final QueryParameter CUT =
      QueryParameter.text(Cuts.PARAMETER, "search only among these facts: fiscal_year:2018");
  static final QueryParameter PAGE = QueryParameter.integer("page", "page number, from 1");
  static final QueryParameter PAGESIZE =
      QueryParameter.integer("pagesize", "matches per page (default and maximum: the server's)");

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

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

  private Reply search(ApiRequest request) {
    DatasetInfo d = request.dataset();
    Cuts cuts = request.cuts(d);
    Page page = request.page();
    MemberSearch search =
        MemberSearch.of(
            request.store(),
            SearchRequest.of(
                d,
                request.query(Q.name()).orElse(""),
                request.query(LEVELS.name()),
                cuts,
                Optional.of(page)));
    ObjectNode body = JSON.objectNode();
    body.put("dataset", d.name());
    body.put("q", search.request().text());
    body.put("cut", cuts.toString());
    // the same flat rows as `yesan search --format json`
    ResultTable rows = search.table();
    body.set("matches", JsonTableWriter.array(rows));
    body.put("total_match_count", search.matches().size());
    body.put("page", page.number());
    body.put("pagesize", page.size());
    return Reply.listing(body, Table.of(rows));
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
