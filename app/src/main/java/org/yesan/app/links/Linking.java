package org.yesan.app.links;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.yesan.app.table.Column;
import org.yesan.app.table.ReadableAmount;
import org.yesan.app.table.ResultTable;
import org.yesan.linking.Link;
import org.yesan.linking.LinkKind;
import org.yesan.linking.LinkOverrides;
import org.yesan.linking.LinkRun;
import org.yesan.linking.LinkSettings;
import org.yesan.linking.PairSummary;
import org.yesan.linking.Series;
import org.yesan.linking.SeriesPoint;
import org.yesan.linking.StoreLineSource;
import org.yesan.linking.YearLinks;
import org.yesan.model.DatasetInfo;
import org.yesan.model.FiscalYear;
import org.yesan.query.QueryException;
import org.yesan.store.FactStore;
import org.yesan.store.Slice;

/**
 * Links line items across fiscal years: the one way {@code yesan links} and the {@code links} and
 * {@code series/linked} routes answer. Linking a dozen years takes tens of seconds, so a run is
 * kept per store and request for as long as this object lives (a server keeps one: it never writes
 * its store).
 */
public final class Linking {

  private record Key(FactStore store, LinkRequest request) {}

  private final Map<Key, LinkRun> runs = new ConcurrentHashMap<>();

  /** The run the request asks for, computed once. */
  public LinkRun run(FactStore store, LinkRequest request) {
    DatasetInfo d = store.require(request.dataset());
    if (d.level(request.leaf()).isEmpty()) {
      throw new QueryException(
          LinkRequest.LEAF, 0, "dataset " + d.name() + " has no level '" + request.leaf() + "'");
    }
    List<Integer> years =
        store.slices(d.name()).stream()
            .filter(
                s ->
                    s.measure().equals(request.measure())
                        && s.stage().equals(request.stage())
                        && s.isOwnReport())
            .map(Slice::fiscalYear)
            .map(FiscalYear::value)
            .sorted()
            .toList();
    int first = request.from().orElse(years.isEmpty() ? 0 : years.get(0));
    int last = request.to().orElse(years.isEmpty() ? 0 : years.get(years.size() - 1));
    if (years.stream().filter(y -> y >= first && y <= last).count() < 2) {
      throw new QueryException(
          LinkRequest.MEASURE,
          0,
          "dataset "
              + d.name()
              + " has fewer than two years of "
              + request.measure()
              + " "
              + request.stage().id()
              + " to link");
    }
    return runs.computeIfAbsent(
        new Key(store, request),
        k ->
            LinkRun.of(
                new StoreLineSource(store, d.name(), request.leaf()),
                request.measure(),
                request.stage(),
                Optional.of(request.restatement()),
                FiscalYear.of(first),
                FiscalYear.of(last),
                LinkSettings.defaults(),
                request.overrides().map(LinkOverrides::read)));
  }

  /** The pair of the run that ends in {@code year}, or a query error naming the years there are. */
  public static int pairEndingIn(LinkRun run, int year) {
    for (int i = 0; i < run.links().size(); i++) {
      if (run.links().get(i).toYear().value() == year) {
        return i;
      }
    }
    throw new QueryException(
        LinkRequest.YEAR,
        0,
        "no linked pair ends in "
            + year
            + "; the data has "
            + run.years().get(0).year()
            + "-"
            + run.years().get(run.years().size() - 1).year());
  }

  /** The links into {@code year}, of one kind when given: kind, score, both lines, evidence. */
  public static ResultTable linksTable(LinkRun run, int year, Optional<String> kind) {
    YearLinks links = run.links().get(pairEndingIn(run, year));
    ResultTable t =
        new ResultTable(
            new Column("kind", Column.Kind.TEXT),
            new Column("score", Column.Kind.PERCENT),
            new Column("from", Column.Kind.TEXT),
            new Column("to", Column.Kind.TEXT),
            new Column("evidence", Column.Kind.TEXT));
    for (Link l : links.links()) {
      if (kind.isEmpty() || l.kind().id().equals(kind.get())) {
        t.row(l.kind().id(), l.score(), l.from().text(), l.to().text(), l.evidence());
      }
    }
    return t;
  }

  /** The series of the line at {@code path} in {@code year}, or a query error. */
  public static Series seriesOf(LinkRun run, String dataset, int year, String path) {
    return run.series()
        .seriesOf(FiscalYear.of(year), path)
        .orElseThrow(
            () ->
                new QueryException(
                    LinkRequest.PATH, 0, "no line '" + path + "' in " + year + " of " + dataset));
  }

  /** One line's amounts across years, following its links; split and merged parts are summed. */
  public static ResultTable seriesTable(LinkRun run, Series s, String currency) {
    ReadableAmount readable = new ReadableAmount(currency);
    ResultTable t =
        new ResultTable(
            new Column("fiscal_year", Column.Kind.YEAR),
            new Column("amount", Column.Kind.AMOUNT),
            new Column("readable", Column.Kind.READINGS),
            new Column("lines", Column.Kind.TEXT),
            new Column("note", Column.Kind.TEXT));
    for (SeriesPoint p : run.series().amounts(s)) {
      t.row(
          p.year().value(),
          ReadableAmount.plain(p.amount()),
          readable.reading(p.amount()),
          String.join("; ", p.lines().stream().map(x -> x.text()).toList()),
          p.note().isEmpty() ? null : p.note());
    }
    return t;
  }

  /** Per year pair, how many links of each kind, and the lines and money left unlinked. */
  public static ResultTable reportTable(LinkRun run) {
    List<Column> columns = new java.util.ArrayList<>();
    columns.add(new Column("pair", Column.Kind.TEXT));
    for (LinkKind k : LinkKind.values()) {
      columns.add(new Column(k.id(), Column.Kind.COUNT));
    }
    columns.addAll(
        List.of(
            new Column("from_linked_pct", Column.Kind.PERCENT),
            new Column("from_money_linked_pct", Column.Kind.PERCENT),
            new Column("from_unlinked", Column.Kind.COUNT),
            new Column("from_unlinked_amount", Column.Kind.AMOUNT),
            new Column("to_unlinked", Column.Kind.COUNT),
            new Column("to_unlinked_amount", Column.Kind.AMOUNT)));
    ResultTable t = new ResultTable(columns);
    for (PairSummary p : run.summaries()) {
      List<Object> row = new java.util.ArrayList<>();
      row.add(p.fromYear() + "→" + p.toYear());
      for (LinkKind k : LinkKind.values()) {
        row.add(p.linksByKind().getOrDefault(k, 0L));
      }
      row.add(p.from().lineShare());
      row.add(p.from().moneyShare());
      row.add((long) p.from().unlinked());
      row.add(p.from().unlinkedAmount());
      row.add((long) p.to().unlinked());
      row.add(p.to().unlinkedAmount());
      t.row(row);
    }
    return t;
  }
}
