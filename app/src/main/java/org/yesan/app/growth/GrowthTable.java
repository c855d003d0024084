package org.yesan.app.growth;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.yesan.app.table.Column;
import org.yesan.app.table.ReadableAmount;
import org.yesan.app.table.ResultTable;
import org.yesan.compare.Growth;
import org.yesan.model.DatasetInfo;
import org.yesan.query.Dimensions;
import org.yesan.store.FactStore;

/**
 * Year-on-year change and compound annual growth per group: the one way {@code yesan growth} and
 * {@code GET /api/v1/datasets/{name}/growth} answer. A year without figures is listed with no
 * amount and no change into or out of it, never as 0.
 */
public record GrowthTable(DatasetInfo dataset, List<String> groups, List<Growth> series) {

  public GrowthTable {
    groups = List.copyOf(groups);
    series = List.copyOf(series);
  }

  /** Runs the request's one query and computes each group's growth. */
  public static GrowthTable of(FactStore store, GrowthRequest request) {
    DatasetInfo info = store.require(request.dataset());
    List<String> groups = request.groups();
    return new GrowthTable(
        info, groups, Growth.of(store.aggregate(request.query()), groups.size()));
  }

  /** One note per group with years missing, naming them. */
  public List<String> notes() {
    List<String> out = new ArrayList<>();
    for (Growth g : series) {
      if (!g.missingYears().isEmpty()) {
        out.add(
            (g.members().isEmpty() ? "the selection" : String.join(" > ", g.members()))
                + " has no figures for "
                + g.missingYears().stream().map(String::valueOf).collect(Collectors.joining(", "))
                + ": shown as — with no change on either side of the gap, not as 0");
      }
    }
    return out;
  }

  /**
   * The groups' columns, then year, amount, its reading, change, % change, and CAGR on the last
   * year.
   */
  public ResultTable table() {
    List<Column> columns = new ArrayList<>();
    groups.forEach(g -> columns.add(Column.ofDimension(g)));
    columns.add(new Column(Dimensions.FISCAL_YEAR, Column.Kind.YEAR));
    columns.add(new Column("amount", Column.Kind.AMOUNT));
    columns.add(new Column("readable", Column.Kind.READINGS));
    columns.add(new Column("change", Column.Kind.AMOUNT));
    columns.add(new Column("change_pct", Column.Kind.PERCENT));
    columns.add(new Column("cagr_pct", Column.Kind.PERCENT));
    ResultTable t = new ResultTable(columns);
    ReadableAmount readable = new ReadableAmount(dataset.currency());
    for (Growth g : series) {
      for (Growth.Point p : g.points()) {
        List<Object> row = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
          String m = g.members().get(i);
          row.add(m.isEmpty() ? null : m);
        }
        row.add(p.fiscalYear());
        row.add(p.amount());
        row.add(p.amount().map(readable::reading));
        row.add(p.change());
        row.add(p.percent());
        boolean last = p == g.points().get(g.points().size() - 1);
        row.add(last ? g.cagrPercent() : null);
        t.row(row);
      }
    }
    return t;
  }
}
