package org.yesan.cli;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;
import org.yesan.compare.Comparison;
import org.yesan.model.DatasetInfo;
import org.yesan.model.FiscalYear;
import org.yesan.model.Stage;
import org.yesan.query.AggregateQuery;
import org.yesan.query.Cut;
import org.yesan.query.Dimensions;
import org.yesan.store.duckdb.DuckDbFactStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code yesan compare}: two years or two stages side by side, with change and shares. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Compare two years (same stage) or two stages (same year): absolute change, % change, and"
          + " each side's share of its total.",
      "Percentages: exact quotients rounded once to 2 places, HALF_UP."
    })
final class CompareCommand implements Callable<Integer> {

  @ParentCommand YesanCli cli;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ListingOptions listing;

  @Option(names = "--dataset", required = true, description = "Dataset name.")
  String dataset;

  static final class Axis {
    @Option(names = "--years", description = "Two fiscal years, e.g. 2017,2018.", split = ",")
    List<String> years;

    @Option(names = "--stages", description = "Two stages, e.g. proposal,enacted.", split = ",")
    List<String> stages;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Axis axis;

  @Mixin QueryFilters filters;

  @Override
  public Integer call() {
    List<String> pair = axis.years != null ? axis.years : axis.stages;
    if (pair.size() != 2) {
      throw new ParameterException(
          spec.commandLine(), "expected two values to compare, found " + pair.size());
    }
    String dim = axis.years != null ? Dimensions.FISCAL_YEAR : Dimensions.STAGE;
    List<String> values =
        axis.years != null
            ? pair.stream().map(y -> FiscalYear.parse(y).toString()).toList()
            : pair.stream().map(s -> Stage.parse(s).id()).toList();
    try (DuckDbFactStore store = cli.openStore()) {
      DatasetInfo info = store.require(dataset);
      AggregateQuery base = filters.query(info).withCut(Cut.of(dim, values.get(0)));
      AggregateQuery target = filters.query(info).withCut(Cut.of(dim, values.get(1)));
      Comparison c =
          Comparison.of(
                  values.get(0), store.aggregate(base), values.get(1), store.aggregate(target))
              .byLargestChange();
      Amounts amounts = new Amounts(listing.lang, info.currency());
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
      l.print(listing.format, spec.commandLine().getOut());
    }
    return 0;
  }

  private static String signed(String readable, BigDecimal change) {
    return change.signum() > 0 ? "+" + readable : readable;
  }
}
