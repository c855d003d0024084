package org.yesan.http.series;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.yesan.app.links.LinkRequest;
import org.yesan.app.links.Linking;
import org.yesan.app.table.JsonTableWriter;
import org.yesan.app.table.ReadableAmount;
import org.yesan.app.table.ResultTable;
import org.yesan.http.ApiRequest;
import org.yesan.http.Endpoint;
import org.yesan.http.QueryParameter;
import org.yesan.http.Reply;
import org.yesan.http.Routes;
import org.yesan.http.Table;
import org.yesan.linking.LinkKind;
import org.yesan.linking.LinkRun;
import org.yesan.linking.PairSummary;
import org.yesan.linking.Series;
import org.yesan.linking.SeriesPoint;
import org.yesan.linking.YearLinks;
import org.yesan.model.DatasetInfo;
import org.yesan.query.QueryException;

/**
 * Line items linked across fiscal years: {@code GET /api/v1/datasets/{name}/links} (the links into
 * one year, with kind, score and evidence, and how much stayed unlinked) and {@code GET
 * /api/v1/datasets/{name}/series/linked} (one line's amounts across years, following renames,
 * moves, splits and merges).
 *
 * <p>Linking a dozen years takes tens of seconds, so a run is computed once per dataset, measure,
 * stage and leaf level and kept for the life of the server, which serves a store it never writes.
 */
public final class LinkedSeriesRoutes implements Routes {

  static final QueryParameter MEASURE =
      QueryParameter.text(
          LinkRequest.MEASURE,
          "the measure to link (default: " + LinkRequest.DEFAULT_MEASURE + ")");
  static final QueryParameter STAGE =
      QueryParameter.text(
          LinkRequest.STAGE, "the stage to link (default: " + LinkRequest.DEFAULT_STAGE + ")");
  static final QueryParameter LEAF =
      QueryParameter.text(
          LinkRequest.LEAF,
          "the level whose lines are linked (default: " + LinkRequest.DEFAULT_LEAF + ")");
  static final QueryParameter YEAR =
      QueryParameter.integer(
          LinkRequest.YEAR,
          "for links: the later year of the pair; for series: a year the line exists in");
  static final QueryParameter PATH =
      QueryParameter.text(
          LinkRequest.PATH, "the line's path in that year, members joined by ' > '");

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final Linking linking = new Linking();

  @Override
  public List<Endpoint> endpoints() {
    return List.of(
        Endpoint.listing(
            "/api/v1/datasets/{name}/links",
            "links",
            "The links from the year before into a year: kind, score and evidence of each, and"
                + " the lines and money left unlinked",
            List.of(MEASURE, STAGE, LEAF, YEAR),
            this::links),
        Endpoint.listing(
            "/api/v1/datasets/{name}/series/linked",
            "linked series",
            "One line's amounts across fiscal years, following its links; split and merged parts"
                + " are summed and say so",
            List.of(MEASURE, STAGE, LEAF, YEAR, PATH),
            this::series));
  }

  private LinkRun run(ApiRequest request) {
    return linking.run(
        request.store(),
        LinkRequest.of(
            request.dataset().name(),
            request.query(MEASURE.name()),
            request.query(STAGE.name()),
            request.query(LEAF.name())));
  }

  private static int year(ApiRequest request) {
    return request
        .integer(YEAR.name())
        .orElseThrow(() -> new QueryException(YEAR.name(), 0, "a year is required"));
  }

  private Reply links(ApiRequest request) {
    LinkRun run = run(request);
    int year = year(request);
    int index = Linking.pairEndingIn(run, year);
    YearLinks links = run.links().get(index);
    PairSummary summary = run.summaries().get(index);
    ObjectNode body = JSON.objectNode();
    body.put("from_year", links.fromYear().value());
    body.put("to_year", links.toYear().value());
    ObjectNode kinds = body.putObject("links_by_kind");
    for (LinkKind k : LinkKind.values()) {
      kinds.put(k.id(), summary.linksByKind().getOrDefault(k, 0L));
    }
    ObjectNode unlinked = body.putObject("unlinked");
    unlinked.put("from_lines", summary.from().unlinked());
    unlinked.put("from_amount", summary.from().unlinkedAmount().toPlainString());
    unlinked.put("to_lines", summary.to().unlinked());
    unlinked.put("to_amount", summary.to().unlinkedAmount().toPlainString());
    ResultTable table = Linking.linksTable(run, year, Optional.empty());
    body.set("links", JsonTableWriter.array(table));
    return Reply.listing(body, Table.of(table));
  }

  private Reply series(ApiRequest request) {
    LinkRun run = run(request);
    int year = year(request);
    String path =
        request
            .query(PATH.name())
            .orElseThrow(() -> new QueryException(PATH.name(), 0, "a line path is required"));
    DatasetInfo d = request.dataset();
    Series s = Linking.seriesOf(run, d.name(), year, path);
    ReadableAmount readable = new ReadableAmount(d.currency());
    ObjectNode body = JSON.objectNode();
    body.put("series", s.id());
    ArrayNode points = body.putArray("points");
    for (SeriesPoint p : run.series().amounts(s)) {
      ObjectNode o = points.addObject();
      o.put("fiscal_year", p.year().value());
      o.put("amount", ReadableAmount.plain(p.amount()).toPlainString());
      o.set("readable", readable.json(p.amount()));
      ArrayNode lines = o.putArray("lines");
      p.lines().forEach(x -> lines.add(x.text()));
      o.put("note", p.note());
    }
    return Reply.listing(body, Table.of(Linking.seriesTable(run, s, d.currency())));
  }
}
