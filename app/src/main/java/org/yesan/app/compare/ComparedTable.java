package org.yesan.app.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yesan.app.table.Column;
import org.yesan.app.table.ReadableAmount;
import org.yesan.app.table.ResultTable;
import org.yesan.compare.Comparison;
import org.yesan.model.DatasetInfo;

/**
 * A comparison's answer: the rows, the total, and why a side has no figures; its one column model
 * is what every edge writes (a missing side and the change it would need are missing, never 0).
 */
public record ComparedTable(DatasetInfo dataset, Comparison comparison) {

  /** Names the selection's one row when there is no drilldown. */
  public static final String SELECTION = "selection";

  /** The member columns: one per drilldown, or {@code selection} without drilldown. */
  public List<Column> memberColumns() {
    List<Column> out = new ArrayList<>();
    if (comparison.dimensions().isEmpty()) {
      out.add(new Column(SELECTION, Column.Kind.TEXT));
    }
    comparison.dimensions().forEach(d -> out.add(Column.ofDimension(d)));
    return out;
  }

  /** The figure columns after the members. */
  public static List<Column> figureColumns() {
    return List.of(
        new Column("base", Column.Kind.AMOUNT),
        new Column("target", Column.Kind.AMOUNT),
        new Column("change", Column.Kind.AMOUNT),
        new Column("change_readable", Column.Kind.READINGS),
        new Column("change_pct", Column.Kind.PERCENT),
        new Column("base_share_pct", Column.Kind.PERCENT),
        new Column("target_share_pct", Column.Kind.PERCENT),
        new Column("status", Column.Kind.TEXT),
        new Column("renamed_from", Column.Kind.TEXT));
  }

  /**
   * The rows; without drilldown the only row is the selection's total. With drilldown the total is
   * left out, so that summing a column of the file never counts a figure twice.
   */
  public List<Comparison.Row> rows() {
    return comparison.dimensions().isEmpty() ? List.of(comparison.total()) : comparison.rows();
  }

  /** Why a side has no figures, if one has none. */
  public Optional<String> missingReason() {
    return comparison.missingReason();
  }

  public ResultTable table() {
    List<Column> columns = new ArrayList<>(memberColumns());
    columns.addAll(figureColumns());
    ResultTable t = new ResultTable(columns);
    rows().forEach(r -> t.row(cells(r)));
    return t;
  }

  /** One row's cells under {@link #memberColumns} then {@link #figureColumns}. */
  public List<Object> cells(Comparison.Row r) {
    List<Object> out = new ArrayList<>();
    if (comparison.dimensions().isEmpty()) {
      out.add(comparison.selectionText());
    }
    for (int i = 0; i < comparison.dimensions().size(); i++) {
      String m = r.members().isEmpty() ? "" : r.members().get(i);
      out.add(m.isEmpty() ? null : m);
    }
    ReadableAmount readable = new ReadableAmount(dataset.currency());
    out.add(r.base());
    out.add(r.target());
    out.add(r.change());
    out.add(r.change().map(readable::signedReading));
    out.add(r.percentChange());
    out.add(r.baseShare());
    out.add(r.targetShare());
    out.add(r.status().id());
    out.add(r.baseMembers().map(m -> String.join(" > ", m)));
    return out;
  }
}
