package org.yesan.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.yesan.app.table.ResultTable;
import org.yesan.app.validation.ValidationTable;
import org.yesan.validation.Finding;

/** Prints a validation: the totals per slice, then each finding with its evidence. */
final class ValidationListing {

  private ValidationListing() {}

  static void print(ValidationTable validation, ListingOptions options, PrintWriter out) {
    ResultTable findings = validation.findings();
    if (options.format != OutputFormat.TABLE) {
      Listing.of(findings, options.lang).print(options, out);
      return;
    }
    out.println(
        "totals of " + validation.report().dataset() + " by measure, year, stage and vintage:");
    Listing.of(validation.totals(), options.lang).print(OutputFormat.TABLE, out);
    out.println();
    // the terminal shows what needs attention; passes stay in JSON, CSV and files
    ResultTable shown = new ResultTable(findings.columns());
    for (List<Optional<Object>> row : findings.rows()) {
      if (!row.get(1).map("pass"::equals).orElse(false)) {
        shown.row(row);
      }
    }
    Listing.of(shown, options.lang).print(options, out);
    out.printf(
        "%d passed, %d failed, %d warnings, %d notes%n",
        validation.count(Finding.Severity.PASS),
        validation.count(Finding.Severity.FAILURE),
        validation.count(Finding.Severity.WARNING),
        validation.count(Finding.Severity.INFO));
    out.flush();
  }
}
