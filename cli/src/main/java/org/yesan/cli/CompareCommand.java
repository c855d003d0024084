package org.yesan.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.yesan.compare.Comparison;
import org.yesan.model.DatasetInfo;
import org.yesan.store.FactStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code yesan compare}: two years or two stages side by side, with change and shares. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Compare two years (same stage) or two stages (same year): absolute change, %% change, and"
          + " each side's share of its total.",
      "Percentages: exact quotients rounded once to 2 places, HALF_UP; --lines counts lines"
          + " added, removed and changed.",
      "A side without figures (a stage the measure lacks) shows no amount and no change, never"
          + " 0; across years a renamed ministry is one row, its note naming the old name."
    })
final class CompareCommand implements Callable<Integer> {

  @ParentCommand YesanCli cli;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ListingOptions listing;

  @Option(names = "--dataset", required = true, description = "Dataset name.")
  String dataset;

  @ArgGroup(exclusive = true, multiplicity = "1")
  CompareAxis axis;

  @Mixin QueryFilters filters;

  @Option(
      names = "--lines",
      description = "Instead of the table, count lines added, removed, increased, decreased.")
  boolean lines;

  @Override
  public Integer call() {
    List<String> values = axis.values();
    try (FactStore store = cli.openStore()) {
      DatasetInfo info = store.require(dataset);
      Comparison c = axis.compare(store, info, filters.query(info)).byLargestChange();
      Amounts amounts = new Amounts(listing.lang, info.currency());
      PrintWriter err = spec.commandLine().getErr();
      c.missingReason().ifPresent(why -> err.println("note: " + why));
      if (lines) {
        printLineChanges(org.yesan.compare.LineChanges.of(c), values, amounts);
        return 0;
      }
      ComparedRows shown = new ComparedRows(c, amounts);
      Listing l = new Listing();
      shown.memberColumns(l);
      shown.figureColumns(l);
      l.column("share_" + values.get(0) + "_pct", Listing.Kind.PERCENT)
          .column("share_" + values.get(1) + "_pct", Listing.Kind.PERCENT)
          .column("note", Listing.Kind.TEXT);
      List<Comparison.Row> rows = new ArrayList<>();
      if (!c.dimensions().isEmpty()) {
        rows.addAll(c.rows());
      }
      // without drilldown the only row is the selection's total, listed once
      rows.add(c.total());
      for (Comparison.Row r : rows) {
        List<Object> row = shown.members(r);
        row.addAll(shown.figures(r));
        row.add(r.baseShare().orElse(null));
        row.add(r.targetShare().orElse(null));
        row.add(shown.note(r).orElse(null));
        l.row(row.toArray());
      }
      l.print(listing, spec.commandLine().getOut());
    }
    return 0;
  }

  private void printLineChanges(
      org.yesan.compare.LineChanges lc, List<String> values, Amounts amounts) {
    Listing l =
        new Listing()
            .column("lines", Listing.Kind.TEXT)
            .column("count", Listing.Kind.COUNT)
            .column("amount", Listing.Kind.AMOUNT)
            .column("readable", Listing.Kind.READABLE);
    l.row(
        "added in " + values.get(1),
        lc.added(),
        lc.addedAmount(),
        amounts.readable(lc.addedAmount()));
    l.row(
        "removed from " + values.get(0),
        lc.removed(),
        lc.removedAmount(),
        amounts.readable(lc.removedAmount()));
    l.row("increased", lc.increased(), lc.increasedBy(), amounts.readable(lc.increasedBy()));
    l.row("decreased", lc.decreased(), lc.decreasedBy(), amounts.readable(lc.decreasedBy()));
    l.row(
        "unchanged",
        lc.unchanged(),
        java.math.BigDecimal.ZERO,
        amounts.readable(java.math.BigDecimal.ZERO));
    l.print(listing, spec.commandLine().getOut());
  }
}
