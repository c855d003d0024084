package org.yesan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.yesan.app.table.ResultTable;
import org.yesan.app.themes.ThemeAnswer;
import org.yesan.app.themes.ThemeRequest;
import org.yesan.model.DatasetInfo;
import org.yesan.query.Cuts;
import org.yesan.query.Dimensions;
import org.yesan.store.FactStore;
import org.yesan.themes.ChangelogEntry;
import org.yesan.themes.Match;
import org.yesan.themes.Theme;
import org.yesan.themes.ThemeCatalog;
import org.yesan.themes.ThemeExclusion;
import org.yesan.themes.ThemeFileReader;
import org.yesan.themes.ThemeResult;
import org.yesan.themes.ThemeRule;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code yesan themes}: lists, shows and applies cross-cutting themes such as AI or defence. */
@Command(
    name = "themes",
    mixinStandardHelpOptions = true,
    description = {
      "Cross-cutting themes (AI, defence, …): versioned rule files that tag line items by their"
          + " names, with evidence for every tagged line. See docs/themes.md."
    },
    subcommands = {
      ThemesCommand.ListThemes.class,
      ThemesCommand.ShowTheme.class,
      ThemesCommand.ApplyTheme.class
    })
final class ThemesCommand implements Callable<Integer> {

  @ParentCommand YesanCli cli;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return CommandLine.ExitCode.USAGE;
  }

  /** The built-in theme with this id, or the rule file given instead. */
  static Theme theme(Optional<String> id, Optional<Path> file) {
    if (file.isPresent()) {
      if (id.isPresent()) {
        throw new IllegalArgumentException("give a theme id or --file, not both");
      }
      return ThemeFileReader.read(file.get());
    }
    return ThemeRequest.theme(
        ThemeCatalog.builtIn(),
        id.orElseThrow(
            () -> new IllegalArgumentException("give a theme id (see 'themes list') or --file")));
  }

  /** {@code yesan themes list}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List the built-in themes.")
  static final class ListThemes implements Callable<Integer> {

    @Spec CommandLine.Model.CommandSpec spec;

    @Mixin ListingOptions listing;

    @Override
    public Integer call() {
      Listing l =
          new Listing()
              .column("id", Listing.Kind.TEXT)
              .column("version", Listing.Kind.TEXT)
              .column("label_ko", Listing.Kind.TEXT)
              .column("label_en", Listing.Kind.TEXT)
              .column("applies_to", Listing.Kind.TEXT)
              .column("rules", Listing.Kind.COUNT)
              .column("excludes", Listing.Kind.COUNT)
              .column("source", Listing.Kind.TEXT);
      for (Theme t : ThemeCatalog.builtIn().themes()) {
        l.row(
            t.id(),
            t.version(),
            t.labelKo(),
            t.labelEn(),
            t.appliesTo().id(),
            (long) t.rules().size(),
            (long) t.excludes().size(),
            t.source());
      }
      l.print(listing, spec.commandLine().getOut());
      return 0;
    }
  }

  /** {@code yesan themes show ID}. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Show a theme's rules, exclusions and changelog.")
  static final class ShowTheme implements Callable<Integer> {

    @Spec CommandLine.Model.CommandSpec spec;

    @Mixin ListingOptions listing;

    @Parameters(arity = "0..1", paramLabel = "ID", description = "Built-in theme id.")
    Optional<String> id = Optional.empty();

    @Option(names = "--file", description = "A rule file instead of a built-in theme.")
    Optional<Path> file = Optional.empty();

    @Override
    public Integer call() {
      Theme t = theme(id, file);
      PrintWriter out = spec.commandLine().getOut();
      if (listing.format == OutputFormat.TABLE) {
        out.printf(
            "%s %s — %s / %s (applies to %s; %s)%n%s%n%n",
            t.id(),
            t.version(),
            t.labelKo(),
            t.labelEn(),
            t.appliesTo().id(),
            t.source(),
            t.description());
      }
      Listing l =
          new Listing()
              .column("kind", Listing.Kind.TEXT)
              .column("id", Listing.Kind.TEXT)
              .column("share", Listing.Kind.TEXT)
              .column("levels", Listing.Kind.TEXT)
              .column("match", Listing.Kind.TEXT)
              .column("exclude", Listing.Kind.TEXT)
              .column("note", Listing.Kind.TEXT);
      for (ThemeRule r : t.rules()) {
        l.row(
            "rule",
            r.id(),
            r.share().toPlainString(),
            levels(r.match()),
            describe(r.match()),
            r.exclude().map(ThemesCommand::describe).orElse(null),
            r.note());
      }
      for (ThemeExclusion e : t.excludes()) {
        l.row("exclude", e.id(), null, levels(e.match()), describe(e.match()), null, e.note());
      }
      l.print(listing, out);
      if (listing.format == OutputFormat.TABLE) {
        out.println();
        for (ChangelogEntry c : t.changelog()) {
          out.printf(
              "%s%s: %s%n",
              c.version(),
              c.date().map(d -> " (" + d + ")").orElse(""),
              String.join(" ", c.changes()));
        }
      }
      return 0;
    }
  }

  private static String levels(Match m) {
    return m.levels().map(ls -> String.join(",", ls)).orElse("any");
  }

  private static String describe(Match m) {
    StringBuilder b = new StringBuilder();
    append(b, "any of", m.anyOfKeywords().stream().map(Object::toString).toList());
    append(b, "all of", m.allOfKeywords().stream().map(Object::toString).toList());
    append(b, "is", m.members());
    append(b, "path", m.pathPrefixes());
    m.regex().ifPresent(r -> append(b, "regex", java.util.List.of(r)));
    append(b, "not within", m.notWithin().stream().map(Object::toString).toList());
    return b.toString();
  }

  private static void append(StringBuilder b, String what, java.util.List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    if (b.length() > 0) {
      b.append("; ");
    }
    b.append(what).append(' ').append(String.join(" | ", items));
  }

  /** How {@code apply} groups its totals. */
  enum GroupBy {
    YEAR,
    MINISTRY
  }

  /** {@code yesan themes apply ID --dataset NAME}. */
  @Command(
      name = "apply",
      mixinStandardHelpOptions = true,
      description = {
        "Apply a theme to a dataset: totals per measure, year and stage (never added across"
            + " them), or per ministry, or the tagged lines with the rule that matched each.",
        "Amounts are exact; partial shares can leave fractions of a won, printed as they are."
      })
  static final class ApplyTheme implements Callable<Integer> {

    @ParentCommand ThemesCommand themes;

    @Spec CommandLine.Model.CommandSpec spec;

    @Mixin ListingOptions listing;

    @Parameters(arity = "0..1", paramLabel = "ID", description = "Built-in theme id.")
    Optional<String> id = Optional.empty();

    @Option(names = "--file", description = "A rule file instead of a built-in theme.")
    Optional<Path> file = Optional.empty();

    @Option(names = "--dataset", required = true, description = "Dataset name.")
    String dataset;

    @Option(names = "--measure", description = "Only this measure, e.g. expenditure.")
    Optional<String> measure = Optional.empty();

    @Option(names = "--stage", description = "Only this stage, e.g. enacted.")
    Optional<String> stage = Optional.empty();

    @Option(
        names = "--year",
        description = "Only this fiscal year or range, e.g. 2018 or 2015-2018.")
    Optional<String> year = Optional.empty();

    @Option(
        names = "--by",
        defaultValue = "year",
        description = "Group totals by ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    GroupBy by = GroupBy.YEAR;

    @Option(names = "--lines", description = "List the tagged lines with their evidence instead.")
    boolean lines;

    @Option(
        names = "--excluded",
        description = "List the lines a rule matched but an exclusion took out again.")
    boolean excluded;

    @Override
    public Integer call() {
      Theme theme = theme(id, file);
      try (FactStore store = themes.cli.openStore()) {
        DatasetInfo info = store.require(dataset);
        ThemeAnswer answer =
            ThemeAnswer.of(
                store,
                new ThemeRequest(
                    info.name(), theme, cuts(info), lines || excluded, Optional.empty()));
        Amounts amounts = new Amounts(listing.lang, info.currency());
        PrintWriter out = spec.commandLine().getOut();
        ResultTable table;
        if (lines) {
          table = answer.linesTable();
        } else if (excluded) {
          table = answer.excludedTable();
        } else {
          table = answer.totalsTable(by == GroupBy.MINISTRY);
        }
        Listing.of(table, listing.lang).print(listing, out);
        if (listing.format == OutputFormat.TABLE) {
          footnote(answer.result(), amounts, out);
        }
      }
      return 0;
    }

    private Cuts cuts(DatasetInfo info) {
      Dimensions dims = new Dimensions(info);
      Cuts cuts = Cuts.none();
      if (measure.isPresent()) {
        cuts = cuts.with(Cuts.parse(Dimensions.MEASURE + ":" + measure.get(), dims).cuts().get(0));
      }
      if (stage.isPresent()) {
        cuts = cuts.with(Cuts.parse(Dimensions.STAGE + ":" + stage.get(), dims).cuts().get(0));
      }
      if (year.isPresent()) {
        cuts = cuts.with(Cuts.parse(Dimensions.FISCAL_YEAR + ":" + year.get(), dims).cuts().get(0));
      }
      return cuts;
    }

    private void footnote(ThemeResult r, Amounts amounts, PrintWriter out) {
      out.printf(
          "theme %s %s (%s): %d of %d lines tagged, %d not tagged, %d outside the theme's scope"
              + " (%s only)%n",
          r.theme().id(),
          r.theme().version(),
          r.theme().source(),
          r.tagged(),
          r.linesRead(),
          r.untagged(),
          r.outOfScope(),
          r.theme().appliesTo().id());
      if (!r.absentLevels().isEmpty()) {
        out.printf(
            "note: the dataset has no level %s; rules on it match nothing here%n",
            String.join(", ", r.absentLevels()));
      }
      out.printf(
          "(%s; readable column: %s; percentages to %d places, %s)%n",
          r.dataset(), amounts.rounding(), ThemeAnswer.PERCENT_SCALE, ThemeAnswer.PERCENT_ROUNDING);
    }
  }
}
