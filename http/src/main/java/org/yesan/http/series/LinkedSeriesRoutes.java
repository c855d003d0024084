package org.yesan.http.series;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.yesan.app.table.ReadableAmount;
import org.yesan.http.ApiRequest;
import org.yesan.http.Endpoint;
import org.yesan.http.QueryParameter;
import org.yesan.http.Reply;
import org.yesan.http.Routes;
import org.yesan.http.Table;
import org.yesan.linking.Link;
import org.yesan.linking.LinkKind;
import org.yesan.linking.LinkRun;
import org.yesan.linking.LinkSettings;
import org.yesan.linking.PairSummary;
import org.yesan.linking.Series;
import org.yesan.linking.SeriesPoint;
import org.yesan.linking.StoreLineSource;
import org.yesan.linking.YearLinks;
import org.yesan.model.DatasetInfo;
import org.yesan.model.FiscalYear;
import org.yesan.model.Stage;
import org.yesan.query.QueryException;
import org.yesan.store.Slice;

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
      QueryParameter.text("measure", "the measure to link (default: expenditure)");
  static final QueryParameter STAGE =
      QueryParameter.text("stage", "the stage to link (default: enacted)");
  static final QueryParameter LEAF =
      QueryParameter.text("leaf", "the level whose lines are linked (default: unit_project)");
  static final QueryParameter YEAR =
      QueryParameter.integer(
          "year", "for links: the later year of the pair; for series: a year the line exists in");
  static final QueryParameter PATH =
      QueryParameter.text("path", "the line's path in that year, members joined by ' > '");

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private record Key(String dataset, String measure, String stage, String leaf) {}

  private final Map<Key, LinkRun> runs = new ConcurrentHashMap<>();

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
    DatasetInfo d = request.dataset();
    String measure = request.query(MEASURE.name()).orElse("expenditure").strip();
    String stageText = request.query(STAGE.name()).orElse("enacted").strip();
    String leaf = request.query(LEAF.name()).orElse("unit_project").strip();
    Stage stage;
    try {
      stage = Stage.parse(stageText);
    } catch (IllegalArgumentException e) {
      throw new QueryException(STAGE.name(), 0, e.getMessage());
    }
    if (d.level(leaf).isEmpty()) {
      throw new QueryException(
          LEAF.name(), 0, "dataset " + d.name() + " has no level '" + leaf + "'");
    }
    List<Integer> years =
        request.store().slices(d.name()).stream()
            .filter(s -> s.measure().equals(measure) && s.stage().equals(stage) && s.isOwnReport())
            .map(Slice::fiscalYear)
            .map(FiscalYear::value)
            .sorted()
            .toList();
    if (years.size() < 2) {
      throw new QueryException(
          MEASURE.name(),
          0,
          "dataset " + d.name() + " has fewer than two years of " + measure + " " + stage.id());
    }
    return runs.computeIfAbsent(
        new Key(d.name(), measure, stage.id(), leaf),
        k ->
            LinkRun.of(
                new StoreLineSource(request.store(), d.name(), leaf),
                measure,
                stage,
                Optional.of("expenditure_net"),
                FiscalYear.of(years.get(0)),
                FiscalYear.of(years.get(years.size() - 1)),
                LinkSettings.defaults(),
                Optional.empty()));
  }

  private static int year(ApiRequest request) {
    return request
        .integer(YEAR.name())
        .orElseThrow(() -> new QueryException(YEAR.name(), 0, "a year is required"));
  }

  private Reply links(ApiRequest request) {
    LinkRun run = run(request);
    int year = year(request);
    int index = -1;
    for (int i = 0; i < run.links().size(); i++) {
      if (run.links().get(i).toYear().value() == year) {
        index = i;
      }
    }
    if (index < 0) {
      throw new QueryException(
          YEAR.name(),
          0,
          "no linked pair ends in "
              + year
              + "; the data has "
              + run.years().get(0).year()
              + "-"
              + run.years().get(run.years().size() - 1).year());
    }
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
    Table table = new Table("kind", "score", "from", "to", "evidence");
    ArrayNode out = body.putArray("links");
    for (Link l : links.links()) {
      ObjectNode o = out.addObject();
      o.put("kind", l.kind().id());
      o.put("score", l.score().toPlainString());
      o.put("from", l.from().text());
      o.put("to", l.to().text());
      o.put("evidence", l.evidence());
      table.row(
          Arrays.asList(l.kind().id(), l.score(), l.from().text(), l.to().text(), l.evidence()));
    }
    return Reply.listing(body, table);
  }

  private Reply series(ApiRequest request) {
    LinkRun run = run(request);
    int year = year(request);
    String path =
        request
            .query(PATH.name())
            .orElseThrow(() -> new QueryException(PATH.name(), 0, "a line path is required"));
    Series s =
        run.series()
            .seriesOf(FiscalYear.of(year), path)
            .orElseThrow(
                () ->
                    new QueryException(
                        PATH.name(), 0, "no line '" + path + "' in " + year + " at this level"));
    DatasetInfo d = request.dataset();
    ReadableAmount readable = new ReadableAmount(d.currency());
    ObjectNode body = JSON.objectNode();
    body.put("series", s.id());
    Table table = new Table("fiscal_year", "amount", "readable_ko", "readable_en", "lines", "note");
    ArrayNode points = body.putArray("points");
    for (SeriesPoint p : run.series().amounts(s)) {
      ObjectNode o = points.addObject();
      o.put("fiscal_year", p.year().value());
      o.put("amount", ReadableAmount.plain(p.amount()).toPlainString());
      o.set("readable", readable.json(p.amount()));
      ArrayNode lines = o.putArray("lines");
      p.lines().forEach(x -> lines.add(x.text()));
      o.put("note", p.note());
      table.row(
          Arrays.asList(
              p.year().value(),
              ReadableAmount.plain(p.amount()),
              readable.korean(p.amount()),
              readable.english(p.amount()),
              String.join("; ", p.lines().stream().map(x -> x.text()).toList()),
              p.note()));
    }
    return Reply.listing(body, table);
  }
}
