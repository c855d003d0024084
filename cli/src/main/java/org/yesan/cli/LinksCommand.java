package org.yesan.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.yesan.linking.Link;
import org.yesan.linking.LinkKind;
import org.yesan.linking.LinkOverrides;
import org.yesan.linking.LinkRun;
import org.yesan.linking.LinkSettings;
import org.yesan.linking.PairSummary;
import org.yesan.linking.Series;
import org.yesan.linking.SeriesPoint;
import org.yesan.linking.StoreLineSource;
import org.yesan.linking.YearLinks;
import org.yesan.model.DatasetInfo;
import org.yesan.model.FiscalYear;
import org.yesan.model.Stage;
import org.yesan.store.FactStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code yesan links}: line items linked across fiscal years (renamed, moved, split, merged), the
 * linking report, and the time series of one line that follows its links.
 */
@Command(
    name = "links",
    mixinStandardHelpOptions = true,
    description = {
      "Link line items across consecutive fiscal years: same path, moved to a new parent, similar"
          + " names, restated prior-year amounts, splits and merges; each link scored, with its"
          + " evidence. See docs/linking.md."
    },
    subcommands = {
      LinksCommand.Report.class,
      LinksCommand.ListLinks.class,
      LinksCommand.SeriesOf.class
    })
final class LinksCommand {

  @ParentCommand YesanCli cli;

  /** Options every links subcommand takes. */
  static final class RunOptions {
    @Option(names = "--dataset", required = true, description = "Dataset name.")
    String dataset;

    @Option(
        names = "--measure",
        defaultValue = "expenditure",
        description = "Measure to link (default: ${DEFAULT-VALUE}).")
    String measure;

    @Option(
        names = "--stage",
        defaultValue = "enacted",
        description = "Stage to link (default: ${DEFAULT-VALUE}).")
    String stage;

    @Option(
        names = "--leaf",
        defaultValue = "unit_project",
        description = "Level whose lines are linked (default: ${DEFAULT-VALUE}).")
    String leaf;

    @Option(
        names = "--restatement",
        defaultValue = "expenditure_net",
        description =
            "Measure whose restated prior-year amounts serve as evidence (default:"
                + " ${DEFAULT-VALUE}; used where present).")
    String restatement;

    @Option(names = "--from", description = "First fiscal year (default: the dataset's first).")
    Optional<Integer> from = Optional.empty();

    @Option(names = "--to", description = "Last fiscal year (default: the dataset's last).")
    Optional<Integer> to = Optional.empty();

    @Option(names = "--overrides", description = "Link overrides file (yesan-link-overrides).")
    Optional<Path> overrides = Optional.empty();

    LinkRun run(FactStore store) {
      DatasetInfo info = store.require(dataset);
      Stage s = Stage.parse(stage);
      var years =
          store.slices(info.name()).stream()
              .filter(x -> x.measure().equals(measure) && x.stage().equals(s) && x.isOwnReport())
              .map(x -> x.fiscalYear().value())
              .sorted()
              .toList();
      if (years.isEmpty()) {
        throw new IllegalArgumentException(
            "dataset " + dataset + " has no " + measure + " " + s.id() + " facts to link");
      }
      return LinkRun.of(
          new StoreLineSource(store, dataset, leaf),
          measure,
          s,
          Optional.of(restatement),
          FiscalYear.of(from.orElse(years.get(0))),
          FiscalYear.of(to.orElse(years.get(years.size() - 1))),
          LinkSettings.defaults(),
          overrides.map(LinkOverrides::read));
    }
  }

  /** {@code yesan links report}: per year pair, how much was linked and how. */
  @Command(name = "report", mixinStandardHelpOptions = true, description = "Linking per year pair.")
  static final class Report implements Callable<Integer> {
    @ParentCommand LinksCommand parent;
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin ListingOptions listing;
    @Mixin RunOptions options;

    @Override
    public Integer call() {
      try (FactStore store = parent.cli.openStore()) {
        LinkRun run = options.run(store);
        Listing l = new Listing().column("pair", Listing.Kind.TEXT);
        for (LinkKind k : LinkKind.values()) {
          l.column(k.id(), Listing.Kind.COUNT);
        }
        l.column("from_linked_pct", Listing.Kind.PERCENT)
            .column("from_money_linked_pct", Listing.Kind.PERCENT)
            .column("from_unlinked", Listing.Kind.COUNT)
            .column("from_unlinked_amount", Listing.Kind.AMOUNT)
            .column("to_unlinked", Listing.Kind.COUNT)
            .column("to_unlinked_amount", Listing.Kind.AMOUNT);
        for (PairSummary p : run.summaries()) {
          Object[] row = new Object[LinkKind.values().length + 7];
          row[0] = p.fromYear() + "→" + p.toYear();
          int i = 1;
          for (LinkKind k : LinkKind.values()) {
            row[i++] = p.linksByKind().getOrDefault(k, 0L);
          }
          row[i++] = p.from().lineShare();
          row[i++] = p.from().moneyShare();
          row[i++] = (long) p.from().unlinked();
          row[i++] = p.from().unlinkedAmount();
          row[i++] = (long) p.to().unlinked();
          row[i] = p.to().unlinkedAmount();
          l.row(row);
        }
        l.print(listing, spec.commandLine().getOut());
        if (listing.format == OutputFormat.TABLE) {
          long full =
              run.series().series().stream()
                  .filter(s -> s.lines().size() == run.years().size())
                  .count();
          spec.commandLine()
              .getOut()
              .printf(
                  "%d series, %d of them span all %d years%n",
                  run.series().series().size(), full, run.years().size());
        }
      }
      return 0;
    }
  }

  /** {@code yesan links list}: the links into one year, with kind, score and evidence. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "The links from the year before into --year.")
  static final class ListLinks implements Callable<Integer> {
    @ParentCommand LinksCommand parent;
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin ListingOptions listing;
    @Mixin RunOptions options;

    @Option(names = "--year", required = true, description = "The later year of the pair.")
    int year;

    @Option(names = "--kind", description = "Only links of this kind (exact, moved, ...).")
    Optional<String> kind = Optional.empty();

    @Override
    public Integer call() {
      options.from = Optional.of(year - 1);
      options.to = Optional.of(year);
      try (FactStore store = parent.cli.openStore()) {
        YearLinks links = options.run(store).links().get(0);
        Listing l =
            new Listing()
                .column("kind", Listing.Kind.TEXT)
                .column("score", Listing.Kind.PERCENT)
                .column("from", Listing.Kind.TEXT)
                .column("to", Listing.Kind.TEXT)
                .column("evidence", Listing.Kind.TEXT);
        for (Link k : links.links()) {
          if (kind.isPresent() && !k.kind().id().equals(kind.get())) {
            continue;
          }
          l.row(k.kind().id(), k.score(), k.from().text(), k.to().text(), k.evidence());
        }
        l.print(listing, spec.commandLine().getOut());
      }
      return 0;
    }
  }

  /** {@code yesan links series}: one line's amounts across years, following its links. */
  @Command(
      name = "series",
      mixinStandardHelpOptions = true,
      description = "The amounts of one line across years, following links; splits and merges sum.")
  static final class SeriesOf implements Callable<Integer> {
    @ParentCommand LinksCommand parent;
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Mixin ListingOptions listing;
    @Mixin RunOptions options;

    @Option(names = "--year", required = true, description = "A year in which the line exists.")
    int year;

    @Option(
        names = "--path",
        required = true,
        description = "The line's path in that year, members joined by ' > '.")
    String path;

    @Override
    public Integer call() {
      try (FactStore store = parent.cli.openStore()) {
        LinkRun run = options.run(store);
        Series s =
            run.series()
                .seriesOf(FiscalYear.of(year), path)
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "no line '" + path + "' in " + year + " of " + options.dataset));
        DatasetInfo info = store.require(options.dataset);
        Amounts amounts = new Amounts(listing.lang, info.currency());
        Listing l =
            new Listing()
                .column("fiscal_year", Listing.Kind.TEXT)
                .column("amount", Listing.Kind.AMOUNT)
                .column("readable", Listing.Kind.READABLE)
                .column("lines", Listing.Kind.TEXT)
                .column("note", Listing.Kind.TEXT);
        for (SeriesPoint p : run.series().amounts(s)) {
          l.row(
              p.year().toString(),
              p.amount(),
              amounts.readable(p.amount()),
              String.join("; ", p.lines().stream().map(x -> x.text()).toList()),
              p.note().isEmpty() ? null : p.note());
        }
        l.print(listing, spec.commandLine().getOut());
      }
      return 0;
    }
  }
}
