package org.yesan.app.validation;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.yesan.app.table.Column;
import org.yesan.app.table.ReadableAmount;
import org.yesan.app.table.Reading;
import org.yesan.app.table.ResultTable;
import org.yesan.model.DatasetInfo;
import org.yesan.model.Measure;
import org.yesan.store.FactStore;
import org.yesan.store.Slice;
import org.yesan.validation.Finding;
import org.yesan.validation.ValidationReport;

/**
 * A dataset's validation: its totals per measure, year, stage and vintage, and every check's
 * finding with its evidence. The one answer of {@code yesan validate} and {@code GET
 * /api/v1/datasets/{name}/validation}.
 */
public record ValidationTable(DatasetInfo dataset, ValidationReport report) {

  /** Runs every check of the store on the dataset; an unknown dataset is the store's error. */
  public static ValidationTable of(FactStore store, ValidationRequest request) {
    DatasetInfo info = store.require(request.dataset());
    return new ValidationTable(info, store.validate(info.name()));
  }

  /** Whether a check failed (warnings and notes do not fail a dataset). */
  public boolean failed() {
    return report.failed();
  }

  /** How many findings have this severity. */
  public long count(Finding.Severity severity) {
    return report.count(severity);
  }

  /** One row per finding, passes included. */
  public ResultTable findings() {
    ResultTable t =
        new ResultTable(
            new Column("check", Column.Kind.TEXT),
            new Column("severity", Column.Kind.TEXT),
            new Column("subject", Column.Kind.TEXT),
            new Column("message", Column.Kind.TEXT),
            new Column("expected", Column.Kind.AMOUNT),
            new Column("actual", Column.Kind.AMOUNT),
            new Column("evidence", Column.Kind.TEXT));
    for (Finding x : report.findings()) {
      t.row(
          x.check(),
          x.severity().name().toLowerCase(Locale.ROOT),
          x.subject(),
          x.message(),
          x.expected(),
          x.actual(),
          x.evidence().isEmpty() ? null : String.join("; ", x.evidence()));
    }
    return t;
  }

  /** One row per slice: measure, year, stage and vintage with its count of facts and total. */
  public ResultTable totals() {
    ResultTable t =
        new ResultTable(
            new Column("measure", Column.Kind.TEXT),
            new Column("fiscal_year", Column.Kind.YEAR),
            new Column("stage", Column.Kind.TEXT),
            new Column("reported_in", Column.Kind.YEAR),
            new Column("count", Column.Kind.COUNT),
            new Column("amount", Column.Kind.AMOUNT),
            new Column("readable", Column.Kind.READINGS));
    ReadableAmount money = new ReadableAmount(dataset.currency());
    for (Slice s : report.totals()) {
      t.row(
          s.measure(),
          s.fiscalYear().value(),
          s.stage().id(),
          s.reportedIn().value(),
          s.facts(),
          s.total(),
          reading(money, s.total(), dataset.measure(s.measure())));
    }
    return t;
  }

  /** A percentage measure reads as published (51.6%), never as money. */
  private static Reading reading(ReadableAmount money, BigDecimal v, Optional<Measure> measure) {
    if (measure.map(m -> m.quantity() == Measure.Quantity.PERCENT).orElse(false)) {
      BigDecimal p = v.stripTrailingZeros();
      String text = (p.scale() < 0 ? p.setScale(0) : p).toPlainString() + "%";
      return new Reading(text, text);
    }
    return money.reading(v);
  }
}
