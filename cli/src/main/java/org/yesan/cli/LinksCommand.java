package org.yesan.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.yesan.app.links.LinkRequest;
import org.yesan.app.links.Linking;
import org.yesan.linking.LinkRun;
import org.yesan.linking.Series;
import org.yesan.model.DatasetInfo;
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
      LinkRequest request =
          LinkRequest.of(dataset, Optional.of(measure), Optional.of(stage), Optional.of(leaf))
              .withRestatement(restatement)
              .withYears(from, to)
              .withOverrides(overrides);
      return new Linking().run(store, request);
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
        Listing l = Listing.of(Linking.reportTable(run), listing.lang);
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
        Listing l = Listing.of(Linking.linksTable(options.run(store), year, kind), listing.lang);
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
        Series s = Linking.seriesOf(run, options.dataset, year, path);
        DatasetInfo info = store.require(options.dataset);
        Listing l = Listing.of(Linking.seriesTable(run, s, info.currency()), listing.lang);
        l.print(listing, spec.commandLine().getOut());
      }
      return 0;
    }
  }
}
