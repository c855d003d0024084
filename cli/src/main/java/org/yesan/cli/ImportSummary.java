package org.yesan.cli;

import java.io.PrintWriter;
import org.yesan.model.DatasetInfo;
import org.yesan.store.FactStore;
import org.yesan.store.Slice;
import org.yesan.store.imports.ImportReport;

/** The summary printed after an import: what each dataset gained, then its validation. */
final class ImportSummary {

  private ImportSummary() {}

  // The checks' verdicts in brief; yesan validate prints every finding with its evidence.
  static void validation(org.yesan.validation.ValidationReport r, PrintWriter out) {
    out.printf(
        "validation: %d passed, %d failed, %d warnings, %d notes (yesan validate --dataset %s)%n",
        r.count(org.yesan.validation.Finding.Severity.PASS),
        r.count(org.yesan.validation.Finding.Severity.FAILURE),
        r.count(org.yesan.validation.Finding.Severity.WARNING),
        r.count(org.yesan.validation.Finding.Severity.INFO),
        r.dataset());
    for (org.yesan.validation.Finding f : r.findings()) {
      if (f.severity() == org.yesan.validation.Finding.Severity.FAILURE
          || f.severity() == org.yesan.validation.Finding.Severity.WARNING) {
        out.println(
            "  "
                + f.severity().name().toLowerCase(java.util.Locale.ROOT)
                + ": "
                + f.check()
                + " "
                + f.subject()
                + ": "
                + f.message());
      }
    }
  }

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
            s.total(),
            amounts.readable(s.total(), info.measure(s.measure())));
      }
      l.print(OutputFormat.TABLE, out);
      out.println("(" + info.currency() + "; readable column: " + amounts.rounding() + ")");
      c.validation().ifPresent(v -> validation(v, out));
    }
  }
}
