package org.yesan.cli;

import java.io.PrintWriter;
import org.yesan.model.DatasetInfo;
import org.yesan.store.FactStore;
import org.yesan.store.Slice;
import org.yesan.store.duckdb.ImportReport;

/** The summary printed after an import: what each dataset gained, then its validation. */
final class ImportSummary {

  private ImportSummary() {}

  static void print(ImportReport report, FactStore store, PrintWriter out) {
    out.printf("imported %,d facts in %.1f s%n", report.facts(), report.millis() / 1000.0);
    for (ImportReport.DatasetChange c : report.datasets()) {
      DatasetInfo info = store.require(c.dataset());
      Amounts amounts = new Amounts(Amounts.Lang.KO, info.currency());
      out.printf(
          "%n%s %s: %d slices written, %d replaced%n",
          c.created() ? "new dataset" : "dataset", c.dataset(), c.written().size(), c.replaced());
      Listing l =
          new Listing()
              .column("measure", Listing.Kind.TEXT)
              .column("fiscal_year", Listing.Kind.TEXT)
              .column("stage", Listing.Kind.TEXT)
              .column("reported_in", Listing.Kind.TEXT)
              .column("facts", Listing.Kind.COUNT)
              .column("amount", Listing.Kind.AMOUNT)
              .column("readable", Listing.Kind.READABLE);
      for (Slice s :
          c.written().stream()
              .sorted(
                  java.util.Comparator.comparing(Slice::measure)
                      .thenComparing(Slice::fiscalYear)
                      .thenComparing(Slice::stage)
                      .thenComparing(Slice::reportedIn))
              .toList()) {
        l.row(
            s.measure(),
            s.fiscalYear().toString(),
            s.stage().id(),
            s.reportedIn().toString(),
            s.facts(),
            ValidationListing.plain(s.total()),
            amounts.readable(s.total()));
      }
      l.print(OutputFormat.TABLE, out);
      out.println("(" + info.currency() + "; readable column: " + amounts.rounding() + ")");
    }
  }
}
