package org.yesan.app.themes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.yesan.app.table.Column;
import org.yesan.app.table.ReadableAmount;
import org.yesan.app.table.ResultTable;
import org.yesan.model.DatasetInfo;
import org.yesan.query.Page;
import org.yesan.query.QueryException;
import org.yesan.store.FactStore;
import org.yesan.themes.Decision;
import org.yesan.themes.Evidence;
import org.yesan.themes.TaggedLine;
import org.yesan.themes.ThemeResult;
import org.yesan.themes.ThemeTally;
import org.yesan.themes.ThemeTotal;

/**
 * A theme applied to a dataset: the one way {@code yesan themes apply} and {@code GET
 * /api/v1/datasets/{name}/themes/{theme}} answer, with its totals per measure, year and stage
 * (never added across them), per ministry, the tagged lines (largest theme amount first) and the
 * excluded ones, each as one table.
 */
public record ThemeAnswer(DatasetInfo dataset, ThemeRequest request, ThemeResult result) {

  /** Percentages of a slice or a ministry: two places, half up. */
  public static final int PERCENT_SCALE = 2;

  public static final RoundingMode PERCENT_ROUNDING = RoundingMode.HALF_UP;

  /** Reads the request's lines once and tags them. */
  public static ThemeAnswer of(FactStore store, ThemeRequest request) {
    DatasetInfo info = store.require(request.dataset());
    return new ThemeAnswer(
        info,
        request,
        ThemeTally.apply(store, request.theme(), request.query(), request.keepLines()));
  }

  /** The percentage of its slice (or ministry) a total is, rounded as this class names. */
  public static Optional<BigDecimal> percent(ThemeTotal t) {
    return t.percentOfGroup(PERCENT_SCALE, PERCENT_ROUNDING);
  }

  /** Totals per ministry, largest first; a dataset without ministries has none to give. */
  public List<ThemeTotal> byMinistry() {
    if (result.groupLevel().isEmpty()) {
      throw new QueryException(
          "by", 0, "dataset " + result.dataset() + " has no ministry level; group by year");
    }
    return result.byGroup().stream()
        .sorted(Comparator.comparing(ThemeTotal::amount).reversed())
        .toList();
  }

  /** Every tagged line, largest theme amount first. */
  public List<TaggedLine> lines() {
    List<TaggedLine> lines = new ArrayList<>(result.lines());
    lines.sort(Comparator.comparing(TaggedLine::themeAmount).reversed());
    return lines;
  }

  /** The page of tagged lines asked for, or all of them. */
  public List<TaggedLine> linesOnPage() {
    List<TaggedLine> all = lines();
    if (request.page().isEmpty()) {
      return all;
    }
    Page page = request.page().get();
    int from = (int) Math.min(page.offset(), all.size());
    int to = (int) Math.min(from + (long) page.size(), all.size());
    return all.subList(from, to);
  }

  /** Totals per measure, year and stage, or per ministry too when {@code byMinistry}. */
  public ResultTable totalsTable(boolean byMinistry) {
    List<Column> columns = new ArrayList<>();
    columns.add(new Column("measure", Column.Kind.TEXT));
    columns.add(new Column("fiscal_year", Column.Kind.YEAR));
    columns.add(new Column("stage", Column.Kind.TEXT));
    if (byMinistry) {
      columns.add(new Column("ministry", Column.Kind.TEXT));
    }
    columns.add(new Column("amount", Column.Kind.AMOUNT));
    columns.add(new Column("readable", Column.Kind.READINGS));
    columns.add(new Column("lines", Column.Kind.COUNT));
    columns.add(new Column(byMinistry ? "of_ministry_pct" : "of_slice_pct", Column.Kind.PERCENT));
    columns.add(new Column("out_of", Column.Kind.AMOUNT));
    ResultTable t = new ResultTable(columns);
    ReadableAmount readable = new ReadableAmount(dataset.currency());
    for (ThemeTotal x : byMinistry ? byMinistry() : result.totals()) {
      List<Object> row = new ArrayList<>();
      row.add(x.measure());
      row.add(x.fiscalYear().value());
      row.add(x.stage().id());
      if (byMinistry) {
        row.add(x.group());
      }
      row.add(x.amount());
      row.add(readable.reading(x.amount()));
      row.add(x.lines());
      row.add(percent(x));
      row.add(x.outOf());
      t.row(row);
    }
    return t;
  }

  /** The columns that say which line: measure, year, stage, path and the line's amount. */
  private static List<Column> lineColumns(Column... more) {
    List<Column> out =
        new ArrayList<>(
            List.of(
                new Column("measure", Column.Kind.TEXT),
                new Column("fiscal_year", Column.Kind.YEAR),
                new Column("stage", Column.Kind.TEXT),
                new Column("path", Column.Kind.TEXT),
                new Column("amount", Column.Kind.AMOUNT)));
    out.addAll(List.of(more));
    return out;
  }

  /** The tagged lines on the page, each with the rule that tagged it and its source. */
  public ResultTable linesTable() {
    ResultTable t =
        new ResultTable(
            lineColumns(
                new Column("share", Column.Kind.AMOUNT),
                new Column("theme_amount", Column.Kind.AMOUNT),
                new Column("readable", Column.Kind.READINGS),
                new Column("rule", Column.Kind.TEXT),
                new Column("level", Column.Kind.TEXT),
                new Column("matched", Column.Kind.TEXT),
                new Column("also_matched", Column.Kind.TEXT),
                new Column("rule_source", Column.Kind.TEXT),
                new Column("source", Column.Kind.TEXT)));
    ReadableAmount readable = new ReadableAmount(dataset.currency());
    for (TaggedLine x : linesOnPage()) {
      Evidence e = x.evidence();
      BigDecimal themeAmount = ReadableAmount.plain(x.themeAmount());
      t.row(
          x.line().measure(),
          x.line().fiscalYear().value(),
          x.line().stage().id(),
          x.line().path(),
          ReadableAmount.plain(x.line().amount()),
          x.share(),
          themeAmount,
          readable.reading(themeAmount),
          e.ruleId(),
          e.level(),
          e.matched(),
          x.alsoMatched().isEmpty() ? null : String.join(",", x.alsoMatched()),
          e.rule(),
          e.source());
    }
    return t;
  }

  /** The lines a rule matched and an exclusion took out again. */
  public ResultTable excludedTable() {
    ResultTable t =
        new ResultTable(
            lineColumns(
                new Column("matched_rule", Column.Kind.TEXT),
                new Column("excluded_by", Column.Kind.TEXT),
                new Column("level", Column.Kind.TEXT),
                new Column("matched", Column.Kind.TEXT),
                new Column("source", Column.Kind.TEXT)));
    for (Decision.Excluded x : result.excluded()) {
      Evidence e = x.exclusion();
      t.row(
          x.line().measure(),
          x.line().fiscalYear().value(),
          x.line().stage().id(),
          x.line().path(),
          x.line().amount(),
          x.rule(),
          e.ruleId(),
          e.level(),
          e.matched(),
          e.source());
    }
    return t;
  }
}
