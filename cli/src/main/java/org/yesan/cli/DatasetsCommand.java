package org.yesan.cli;

import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.yesan.model.DatasetInfo;
import org.yesan.model.Level;
import org.yesan.model.Measure;
import org.yesan.store.FactStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code yesan datasets}: lists the datasets in the store. */
@Command(
    name = "datasets",
    mixinStandardHelpOptions = true,
    description = "List the datasets in the store.")
final class DatasetsCommand implements Callable<Integer> {

  @ParentCommand YesanCli cli;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ListingOptions listing;

  @Override
  public Integer call() {
    try (FactStore store = cli.openStore()) {
      Listing l =
          new Listing()
              .column("name", Listing.Kind.TEXT)
              .column("title", Listing.Kind.TEXT)
              .column("country", Listing.Kind.TEXT)
              .column("currency", Listing.Kind.TEXT)
              .column("source_unit", Listing.Kind.TEXT)
              .column("measures", Listing.Kind.TEXT)
              .column("levels", Listing.Kind.TEXT)
              .column("slices", Listing.Kind.COUNT)
              .column("imported_at", Listing.Kind.TEXT)
              .column("content_hash", Listing.Kind.TEXT);
      for (DatasetInfo d : store.datasets()) {
        l.row(
            d.name(),
            d.title(),
            d.country().orElse(null),
            d.currency(),
            d.sourceUnit().label(),
            d.measures().stream().map(Measure::id).collect(Collectors.joining(" ")),
            d.levels().stream().map(Level::id).collect(Collectors.joining(" ")),
            (long) store.slices(d.name()).size(),
            d.importedAt().map(Object::toString).orElse(null),
            d.contentHash().map(h -> h.substring(0, Math.min(12, h.length()))).orElse(null));
      }
      l.print(listing, spec.commandLine().getOut());
    }
    return 0;
  }
}
