package org.yesan.cli;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;
import org.yesan.compare.Comparison;
import org.yesan.model.DatasetInfo;
import org.yesan.store.duckdb.DuckDbFactStore;
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
          + " added, removed and changed."
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
    try (DuckDbFactStore store = cli.openStore()) {
      DatasetInfo info = store.require(dataset);
      Comparison c = axis.compare(store, filters.query(info)).byLargestChange();
      Amounts amounts = new Amounts(listing.lang, info.currency());
      if (lines) {
        printLineChanges(org.yesan.compare.LineChanges.of(c), values, amounts);
        return 0;
      }
      Listing l = new Listing();
      for (String d : c.dimensions()) {
        l.column(d, Listing.Kind.TEXT);
      }
      String b = values.get(0);
      String t = values.get(1);
      l.column(b, Listing.Kind.AMOUNT)
          .column(t, Listing.Kind.AMOUNT)
          .column("change", Listing.Kind.AMOUNT)
          .column("change_readable", Listing.Kind.READABLE)
          .column("change_pct", Listing.Kind.PERCENT)
          .column("share_" + b + "_pct", Listing.Kind.PERCENT)
          .column("share_" + t + "_pct", Listing.Kind.PERCENT);
      List<Comparison.Row> rows = new java.util.ArrayList<>(c.rows());
      rows.add(c.total());
      for (Comparison.Row r : rows) {
        Object[] row = new Object[c.dimensions().size() + 7];
        for (int i = 0; i < c.dimensions().size(); i++) {
          String m = r.members().isEmpty() ? (i == 0 ? "(total)" : "") : r.members().get(i);
          row[i] = m.isEmpty() ? null : m;
        }
        int k = c.dimensions().size();
        row[k] = r.inBase() ? r.base() : null;
        row[k + 1] = r.inTarget() ? r.target() : null;
        row[k + 2] = r.change();
        row[k + 3] = signed(amounts.readable(r.change()), r.change());
        row[k + 4] = r.percentChange().orElse(null);
        row[k + 5] = r.baseShare().orElse(null);
        row[k + 6] = r.targetShare().orElse(null);
        l.row(row);
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

  private static String signed(String readable, BigDecimal change) {
    return change.signum() > 0 ? "+" + readable : readable;
  }
}
