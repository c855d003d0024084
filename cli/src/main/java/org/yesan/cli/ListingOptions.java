package org.yesan.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The output options every listing command takes. */
final class ListingOptions {

  @Option(
      names = "--format",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "table")
  OutputFormat format = OutputFormat.TABLE;

  @Option(
      names = "--lang",
      description =
          "Language of readable amounts: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "ko")
  Amounts.Lang lang = Amounts.Lang.KO;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description =
          "Write the rows to FILE instead, in the format its extension names: .csv (UTF-8 with a"
              + " byte order mark, for Excel), .json, .xlsx or .parquet.")
  Optional<Path> output = Optional.empty();
}
