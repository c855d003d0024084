package org.yesan.cli;

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
}
