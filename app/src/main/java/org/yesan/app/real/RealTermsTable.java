package org.yesan.app.real;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yesan.app.table.Column;
import org.yesan.app.table.ReadableAmount;
import org.yesan.app.table.ResultTable;
import org.yesan.model.DatasetInfo;
import org.yesan.query.AggregateResult;
import org.yesan.realterms.Converted;
import org.yesan.realterms.Observation;
import org.yesan.realterms.RealTermsResult;
import org.yesan.realterms.Step;
import org.yesan.store.FactStore;

/**
 * A query's amounts converted: the one way {@code yesan real} answers, each figure with its factor,
 * the published values it used and the sources they come from.
 */
public record RealTermsTable(DatasetInfo dataset, RealTermsResult result) {

  /**
   * Runs the query by year and converts each cell; a year a series lacks is a {@code
   * RealTermsException}, a query error.
   */
  public static RealTermsTable of(FactStore store, RealTermsRequest request) {
    DatasetInfo info = store.require(request.query().dataset());
    AggregateResult r = store.aggregate(request.byYear());
    return new RealTermsTable(info, RealTermsResult.of(r, info.currency(), request.conversion()));
  }

  /** The converted figure's unit, such as {@code KRW_2015}, or {@code converted} without rows. */
  public String unit() {
    return result.cells().isEmpty() ? "converted" : result.cells().get(0).converted().unit();
  }

  /** The currency of the converted figures. */
  public String currency() {
    return result.cells().isEmpty()
        ? dataset.currency()
        : result.cells().get(0).converted().resultCurrency();
  }

  /** What the figures were computed by, for a footnote: the formula, rounding and the order. */
  public Optional<String> method() {
    if (result.cells().isEmpty()) {
      return Optional.empty();
    }
    Converted first = result.cells().get(0).converted();
    return Optional.of(
        unit()
            + " = nominal × factor; "
            + first.rounding().describe()
            + (first.pricesOf().isPresent() && !first.resultCurrency().equals(dataset.currency())
                ? "; deflated in " + dataset.currency() + ", then converted at the base year's rate"
                : ""));
  }

  /** Every source of a published value used, once each. */
  public List<String> sources() {
    Set<String> sources = new LinkedHashSet<>();
    for (RealTermsResult.RealCell c : result.cells()) {
      for (Step s : c.converted().steps()) {
        for (Observation o : s.values()) {
          sources.add(o.origin() + ": " + o.source().citation());
        }
      }
    }
    return List.copyOf(sources);
  }

  /** Members, nominal, the converted figure with its unit and reading, the factor and values. */
  public ResultTable table() {
    AggregateResult source = result.source();
    List<Column> columns = new ArrayList<>();
    source.dimensions().forEach(d -> columns.add(Column.ofDimension(d)));
    columns.add(new Column("nominal", Column.Kind.AMOUNT));
    columns.add(new Column("converted", Column.Kind.AMOUNT));
    columns.add(new Column("unit", Column.Kind.TEXT));
    columns.add(new Column("readable", Column.Kind.READINGS));
    columns.add(new Column("factor", Column.Kind.TEXT));
    columns.add(new Column("values_used", Column.Kind.TEXT));
    columns.add(new Column("method", Column.Kind.TEXT));
    ResultTable t = new ResultTable(columns);
    ReadableAmount readable = new ReadableAmount(currency());
    for (RealTermsResult.RealCell c : result.cells()) {
      Converted v = c.converted();
      List<Object> row = new ArrayList<>();
      for (int i = 0; i < source.dimensions().size(); i++) {
        String m = c.cell().member(i);
        row.add(m.isEmpty() ? null : m);
      }
      row.add(v.original());
      row.add(v.result());
      row.add(v.unit());
      row.add(readable.reading(v.result()));
      row.add(v.factor() + " ≈ " + v.factor().approximately().toPlainString());
      row.add(valuesUsed(v));
      row.add(v.method());
      t.row(row);
    }
    return t;
  }

  /** The published values behind a figure: {@code deflator 2015=100.00, 2017=104.25}. */
  private static String valuesUsed(Converted v) {
    List<String> parts = new ArrayList<>();
    for (Step s : v.steps()) {
      StringBuilder b = new StringBuilder();
      for (Observation o : s.values()) {
        if (b.length() > 0) {
          b.append(", ");
        }
        b.append(o.period()).append('=').append(o.written());
      }
      String what =
          switch (s.kind()) {
            case DEFLATE -> "deflator ";
            case PER_CAPITA -> "persons ";
            case CURRENCY -> "rate ";
          };
      parts.add(what + b);
    }
    return String.join("; ", parts);
  }
}
