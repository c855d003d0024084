package org.yesan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.yesan.app.check.CheckRequest;
import org.yesan.app.check.ClaimChecks;
import org.yesan.claims.CheckReport;
import org.yesan.claims.CheckReportHtml;
import org.yesan.claims.CheckReportJson;
import org.yesan.claims.CheckedClaim;
import org.yesan.claims.text.Glossary;
import org.yesan.store.FactStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code yesan check FILE}: finds the numeric claims of a budget text and checks each against the
 * store, printing a verdict with its arithmetic per claim.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Check the numbers in a budget text (English or Korean) against the data in the store.",
      "Verdicts: supported, contradicted, inconsistent, implausible, unverifiable; each with the"
          + " query or formula, the data rows used and the tolerance.",
      "Exit code 0 whatever the verdicts."
    })
final class CheckCommand implements Callable<Integer> {

  /** Output forms of a check report. */
  enum Format {
    TABLE,
    JSON,
    HTML
  }

  @ParentCommand YesanCli cli;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The text to check (UTF-8).")
  Path file;

  @Option(
      names = "--date",
      description =
          "The text's date, YYYY-MM-DD, for 'next year', 'this year', 내년, 올해 (default: from the text).")
  Optional<String> date = Optional.empty();

  @Option(
      names = "--dataset",
      description = "Check against this dataset only (default: every dataset).")
  Optional<String> dataset = Optional.empty();

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table, json or html (default: table).")
  Format format = Format.TABLE;

  @Option(
      names = "--glossary",
      description = "A glossary file whose subjects extend the bundled glossary.")
  Optional<Path> glossary = Optional.empty();

  @Override
  public Integer call() {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    Glossary g = Glossary.bundled();
    if (glossary.isPresent()) {
      g = g.extendedWith(Glossary.read(glossary.get()).subjects());
    }
    CheckRequest asked = CheckRequest.of(text, date, dataset);
    PrintWriter out = spec.commandLine().getOut();
    try (FactStore store = cli.openStore()) {
      CheckReport report = new ClaimChecks(g).check(store, asked);
      switch (format) {
        case JSON -> out.println(CheckReportJson.write(report));
        case HTML -> out.print(CheckReportHtml.render(report, "yesan check " + file.getFileName()));
        case TABLE -> table(report, out);
      }
    }
    out.flush();
    return 0;
  }

  private static void table(CheckReport report, PrintWriter out) {
    out.println(
        "date: "
            + report.documentDate().orElse("unknown")
            + " ("
            + report.dateReason()
            + "); datasets: "
            + String.join(", ", report.datasets()));
    for (CheckedClaim c : report.claims()) {
      out.printf(
          "%3d  %-12s  %s  [%s%s%s]%n",
          c.id(),
          c.verdict().id(),
          c.text(),
          c.subject().isEmpty() ? "no subject" : c.subject(),
          c.fiscalYear().map(y -> ", FY" + y).orElse(""),
          c.stage().map(s -> ", " + s).orElse(""));
      out.println("     " + c.explanation());
      out.println("     reading: " + c.reading());
      if (!c.formula().isEmpty()) {
        out.println("     formula: " + c.formula());
      }
      if (!c.tolerance().isEmpty()) {
        out.println("     tolerance: " + c.tolerance());
      }
    }
    StringBuilder counts = new StringBuilder();
    report
        .verdicts()
        .forEach(
            (k, v) ->
                counts.append(counts.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
    out.println(report.claims().size() + " claims: " + counts);
  }
}
