package org.yesan.app.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yesan.app.table.Column;
import org.yesan.app.table.ResultTable;
import org.yesan.app.table.TableWriter;
import org.yesan.model.DatasetInfo;
import org.yesan.model.Level;
import org.yesan.query.FactsQuery;
import org.yesan.query.LineItem;
import org.yesan.store.FactStore;

/**
 * Every line item of a dataset that passes the cuts, streamed to a {@link TableWriter}: one column
 * per level of the model, then measure, year, stage, report year, amount and the source file and
 * line; nothing but the writer's own buffer is held in memory.
 */
public final class DatasetLines {

  private DatasetLines() {}

  /** The columns of a dataset's lines. */
  public static List<Column> columns(DatasetInfo dataset) {
    List<Column> out = new ArrayList<>();
    for (Level l : dataset.levels()) {
      out.add(new Column(l.id(), Column.Kind.TEXT));
    }
    out.add(new Column("measure", Column.Kind.TEXT));
    out.add(new Column("fiscal_year", Column.Kind.YEAR));
    out.add(new Column("stage", Column.Kind.TEXT));
    out.add(new Column("reported_in", Column.Kind.YEAR));
    out.add(new Column("amount", Column.Kind.AMOUNT));
    out.add(new Column("source_file", Column.Kind.TEXT));
    out.add(new Column("source_line", Column.Kind.COUNT));
    return out;
  }

  /** One line item's cells under {@link #columns}. */
  public static List<Optional<Object>> row(LineItem li) {
    List<Optional<Object>> row = new ArrayList<>(li.members().size() + 7);
    li.members().forEach(m -> row.add(m.map(Object.class::cast)));
    row.add(Optional.of(li.measure()));
    row.add(Optional.of(li.fiscalYear().value()));
    row.add(Optional.of(li.stage().id()));
    row.add(Optional.of(li.reportedIn().value()));
    row.add(Optional.of(li.amount()));
    row.add(Optional.of(li.sourceFile()));
    row.add(Optional.of(li.sourceLine()));
    return row;
  }

  /** A page of line items as a table under {@link #columns}. */
  public static ResultTable table(DatasetInfo dataset, List<LineItem> items) {
    ResultTable t = new ResultTable(columns(dataset));
    items.forEach(li -> t.row(row(li)));
    return t;
  }

  /**
   * Streams the lines {@code query} selects to {@code writer}, then closes it; returns the count.
   */
  public static long write(FactStore store, FactsQuery query, TableWriter writer)
      throws IOException {
    long[] count = {0};
    try (writer) {
      store.forEachLine(
          query,
          li -> {
            try {
              writer.row(row(li));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            count[0]++;
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return count[0];
  }
}
