package org.yesan.app.search;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yesan.app.table.Column;
import org.yesan.app.table.ReadableAmount;
import org.yesan.app.table.ResultTable;
import org.yesan.model.DatasetInfo;
import org.yesan.model.Level;
import org.yesan.model.Measure;
import org.yesan.query.AggregateQuery;
import org.yesan.query.AggregateResult;
import org.yesan.query.Dimensions;
import org.yesan.query.Drilldown;
import org.yesan.query.Page;
import org.yesan.store.FactStore;

/**
 * Members whose Korean or English name contains the text, each with the ministry it sits under and
 * its figure in its latest year: the one way {@code yesan search} and {@code GET
 * /api/v1/datasets/{name}/search} answer.
 */
public record MemberSearch(DatasetInfo dataset, SearchRequest request, List<Match> matches) {

  private static final String MINISTRY = Level.MINISTRY.id();

  /** One member found: where, under which ministry, from how many facts, and its latest figure. */
  public record Match(
      String level, String member, Optional<String> ministry, long count, Latest latest) {

    public MemberNames names() {
      return MemberNames.of(level, member);
    }
  }

  /**
   * A match's figure in its latest year: the enacted stage if that year has one, else the proposal,
   * else the first stage; the dataset's first measure that has the member.
   */
  public record Latest(int fiscalYear, String stage, String measure, BigDecimal amount) {

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

  public MemberSearch {
    matches = List.copyOf(matches);
  }

  /** Searches each level with one query. */
  public static MemberSearch of(FactStore store, SearchRequest request) {
    DatasetInfo d = store.require(request.dataset());
    String needle = MemberNames.folded(request.text());
    boolean hasMinistry = d.level(MINISTRY).isPresent();
    List<String> measures = d.measures().stream().map(Measure::id).toList();
    List<Match> matches = new ArrayList<>();
    for (String level : request.levels()) {
      boolean withMinistry = hasMinistry && !level.equals(MINISTRY);
      List<String> by = new ArrayList<>();
      if (withMinistry) {
        by.add(MINISTRY);
      }
      by.addAll(List.of(level, Dimensions.MEASURE, Dimensions.STAGE, Dimensions.FISCAL_YEAR));
      AggregateResult r =
          store.aggregate(
              AggregateQuery.of(d.name())
                  .withDrilldown(new Drilldown(by))
                  .withCuts(request.cuts()));
      Map<List<String>, Long> found = new LinkedHashMap<>();
      Map<List<String>, Latest> latest = new LinkedHashMap<>();
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
    return new MemberSearch(d, request, matches);
  }

  /** The matches on the page asked for, or all. */
  public List<Match> onPage() {
    if (request.page().isEmpty()) {
      return matches;
    }
    Page page = request.page().get();
    int from = (int) Math.min(page.offset(), matches.size());
    int to = (int) Math.min(from + (long) page.size(), matches.size());
    return matches.subList(from, to);
  }

  /** The page's matches with names in both languages and the latest figure with its reading. */
  public ResultTable table() {
    ResultTable t =
        new ResultTable(
            new Column("level", Column.Kind.TEXT),
            new Column("member", Column.Kind.TEXT),
            new Column("name_ko", Column.Kind.TEXT),
            new Column("name_en", Column.Kind.TEXT),
            new Column("ministry", Column.Kind.TEXT),
            new Column("count", Column.Kind.COUNT),
            new Column("latest_fiscal_year", Column.Kind.YEAR),
            new Column("latest_stage", Column.Kind.TEXT),
            new Column("latest_measure", Column.Kind.TEXT),
            new Column("latest_amount", Column.Kind.AMOUNT),
            new Column("latest_readable", Column.Kind.READINGS));
    ReadableAmount readable = new ReadableAmount(dataset.currency());
    for (Match m : onPage()) {
      MemberNames names = m.names();
      Latest l = m.latest();
      t.row(
          m.level(),
          m.member(),
          names.ko(),
          names.en(),
          m.ministry(),
          m.count(),
          l.fiscalYear(),
          l.stage(),
          l.measure(),
          l.amount(),
          readable.reading(l.amount()));
    }
    return t;
  }
}
