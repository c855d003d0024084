package org.yesan.app.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yesan.app.table.Column;
import org.yesan.app.table.ResultTable;
import org.yesan.compare.Comparison;
import org.yesan.compare.Movers;

/**
 * The movers' answer: increases then cuts, each row as in {@link ComparedTable} after a {@code
 * direction} column, and how many rows could not be ranked and why.
 */
public record MoverTable(ComparedTable compared, Movers movers, Movers.By by) {

  /** What a reader should know beside the rows: a side without figures, rows left unranked. */
  public List<String> notes() {
    List<String> out = new ArrayList<>();
    out.add(
        "base is "
            + compared.comparison().baseLabel()
            + ", target is "
            + compared.comparison().targetLabel());
    compared.missingReason().ifPresent(out::add);
    if (movers.unranked() > 0 && !compared.comparison().sideMissing()) {
      out.add(
          movers.unranked()
              + " rows are not ranked: they have a figure on one side only (new or gone)"
              + (by == Movers.By.PERCENT ? ", or a base of 0" : "")
              + "; a comparison lists them");
    }
    return out;
  }

  /** Why a side has no figures, if one has none. */
  public Optional<String> missingReason() {
    return compared.missingReason();
  }

  public ResultTable table() {
    List<Column> columns = new ArrayList<>();
    columns.add(new Column("direction", Column.Kind.TEXT));
    columns.addAll(compared.memberColumns());
    columns.addAll(ComparedTable.figureColumns());
    ResultTable t = new ResultTable(columns);
    add(t, "increase", movers.increases());
    add(t, "cut", movers.cuts());
    return t;
  }

  private void add(ResultTable t, String direction, List<Comparison.Row> rows) {
    for (Comparison.Row r : rows) {
      List<Object> cells = new ArrayList<>();
      cells.add(direction);
      cells.addAll(compared.cells(r));
      t.row(cells);
    }
  }
}
