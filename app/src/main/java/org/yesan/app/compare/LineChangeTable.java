package org.yesan.app.compare;

import java.math.BigDecimal;
import org.yesan.app.table.Column;
import org.yesan.app.table.ReadableAmount;
import org.yesan.app.table.ResultTable;
import org.yesan.compare.LineChanges;

/** How many lines of a comparison were added, removed, increased, decreased or left unchanged. */
public record LineChangeTable(ComparedTable compared, LineChanges changes) {

  public static LineChangeTable of(ComparedTable compared) {
    return new LineChangeTable(compared, LineChanges.of(compared.comparison()));
  }

  public ResultTable table() {
    ReadableAmount readable = new ReadableAmount(compared.dataset().currency());
    ResultTable t =
        new ResultTable(
            new Column("lines", Column.Kind.TEXT),
            new Column("count", Column.Kind.COUNT),
            new Column("amount", Column.Kind.AMOUNT),
            new Column("readable", Column.Kind.READINGS));
    String base = compared.comparison().baseLabel();
    String target = compared.comparison().targetLabel();
    LineChanges c = changes;
    t.row("added in " + target, c.added(), c.addedAmount(), readable.reading(c.addedAmount()));
    t.row(
        "removed from " + base,
        c.removed(),
        c.removedAmount(),
        readable.reading(c.removedAmount()));
    t.row("increased", c.increased(), c.increasedBy(), readable.reading(c.increasedBy()));
    t.row("decreased", c.decreased(), c.decreasedBy(), readable.reading(c.decreasedBy()));
    t.row("unchanged", c.unchanged(), BigDecimal.ZERO, readable.reading(BigDecimal.ZERO));
    return t;
  }
}
