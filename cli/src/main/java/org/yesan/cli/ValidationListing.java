package org.yesan.cli;

import java.io.PrintWriter;
import org.yesan.model.DatasetInfo;
import org.yesan.store.Slice;
import org.yesan.validation.Finding;
import org.yesan.validation.ValidationReport;

/** Prints a validation report: the totals per slice, then each finding with its evidence. */
final class ValidationListing {

  private ValidationListing() {}

  static void print(
      ValidationReport report, DatasetInfo info, ListingOptions options, PrintWriter out) {
    Amounts amounts = new Amounts(options.lang, info.currency());
    if (options.format == OutputFormat.TABLE) {
      out.println("totals of " + report.dataset() + " by measure, year, stage and vintage:");
      totals(report, info, amounts).print(OutputFormat.TABLE, out);
      out.println();
    }
    Listing f =
        new Listing()
            .column("check", Listing.Kind.TEXT)
            .column("severity", Listing.Kind.TEXT)
            .column("subject", Listing.Kind.TEXT)
            .column("message", Listing.Kind.TEXT)
            .column("expected", Listing.Kind.AMOUNT)
            .column("actual", Listing.Kind.AMOUNT)
            .column("evidence", Listing.Kind.TEXT);
    for (Finding x : report.findings()) {
      if (options.format == OutputFormat.TABLE && x.severity() == Finding.Severity.PASS) {
        continue;
      }
      f.row(
          x.check(),
          x.severity().name().toLowerCase(java.util.Locale.ROOT),
          x.subject(),
          x.message(),
          x.expected().orElse(null),
          x.actual().orElse(null),
          x.evidence().isEmpty() ? null : String.join("; ", x.evidence()));
    }
    f.print(options, out);
    if (options.format == OutputFormat.TABLE) {
      out.printf(
          "%d passed, %d failed, %d warnings, %d notes%n",
          report.count(Finding.Severity.PASS),
          report.count(Finding.Severity.FAILURE),
          report.count(Finding.Severity.WARNING),
          report.count(Finding.Severity.INFO));
    }
  }

  static Listing totals(ValidationReport report, DatasetInfo info, Amounts amounts) {
    Listing l =
        new Listing()
            .column("measure", Listing.Kind.TEXT)
            .column("fiscal_year", Listing.Kind.TEXT)
            .column("stage", Listing.Kind.TEXT)
            .column("reported_in", Listing.Kind.TEXT)
            .column("facts", Listing.Kind.COUNT)
            .column("amount", Listing.Kind.AMOUNT)
            .column("readable", Listing.Kind.READABLE);
    for (Slice s : report.totals()) {
      l.row(
          s.measure(),
          s.fiscalYear().toString(),
          s.stage().id(),
          s.reportedIn().toString(),
          s.facts(),
          s.total(),
          amounts.readable(s.total(), info.measure(s.measure())));
    }
    return l;
  }
}
