package org.yesan.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.yesan.compare.Comparison;
import org.yesan.compare.Movers;
import org.yesan.model.DatasetInfo;
import org.yesan.store.FactStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code yesan movers}: the largest increases and cuts between two years or two stages. */
@Command(
    name = "movers",
    mixinStandardHelpOptions = true,
    description = {
      "The largest increases and cuts between two years or two stages, at any level.",
      "Only rows with a figure on both sides are ranked: new and gone lines, and a side without"
          + " figures, have no change (never a change from 0); --by percent also leaves out a"
          + " base of 0."
    })
final class MoversCommand implements Callable<Integer> {

  @ParentCommand YesanCli cli;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ListingOptions listing;

  @Option(names = "--dataset", required = true, description = "Dataset name.")
  String dataset;

  @ArgGroup(exclusive = true, multiplicity = "1")
  CompareAxis axis;

  @Mixin QueryFilters filters;

  @Option(
      names = "--by",
      defaultValue = "amount",
      description = "Rank by ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Movers.By by = Movers.By.AMOUNT;

  @Option(names = "--limit", defaultValue = "10", description = "How many of each (default: 10).")
  int limit = 10;

  @Override
  public Integer call() {
    try (FactStore store = cli.openStore()) {
      DatasetInfo info = store.require(dataset);
      Comparison c = axis.compare(store, info, filters.query(info));
      Movers m = Movers.of(c, by, limit);
      Amounts amounts = new Amounts(listing.lang, info.currency());
      PrintWriter err = spec.commandLine().getErr();
      c.missingReason().ifPresent(why -> err.println("note: " + why));
      if (m.unranked() > 0 && !c.sideMissing()) {
        err.println(
            "note: "
                + m.unranked()
                + " rows are not ranked: they have a figure on one side only (new or gone)"
                + (by == Movers.By.PERCENT ? ", or a base of 0" : "")
                + "; `yesan compare` lists them");
      }
      ComparedRows shown = new ComparedRows(c, amounts);
      Listing l = new Listing().column("direction", Listing.Kind.TEXT);
      shown.memberColumns(l);
      shown.figureColumns(l);
      l.column("note", Listing.Kind.TEXT);
      add(l, "increase", m.increases(), shown);
      add(l, "cut", m.cuts(), shown);
      l.print(listing, spec.commandLine().getOut());
    }
    return 0;
  }

  private static void add(
      Listing l, String direction, List<Comparison.Row> rows, ComparedRows shown) {
    for (Comparison.Row r : rows) {
      List<Object> row = new ArrayList<>();
      row.add(direction);
      row.addAll(shown.members(r));
      row.addAll(shown.figures(r));
      row.add(shown.note(r).orElse(null));
      l.row(row.toArray());
    }
  }
}
