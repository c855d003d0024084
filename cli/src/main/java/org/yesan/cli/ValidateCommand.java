package org.yesan.cli;

import java.util.concurrent.Callable;
import org.yesan.app.validation.ValidationRequest;
import org.yesan.app.validation.ValidationTable;
import org.yesan.store.FactStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code yesan validate}: reconciles a dataset with itself and with the totals it should meet. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check a dataset: totals per year and stage; restated prior-year figures against the"
          + " year's own; revenue against expenditure; repeated lines; negative amounts;"
          + " incomplete stages.",
      "Exit code 0 when no check fails (warnings allowed), 7 when one does."
    })
final class ValidateCommand implements Callable<Integer> {

  static final int EXIT_FAILED = 7;

  @ParentCommand YesanCli cli;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ListingOptions listing;

  @Option(names = "--dataset", required = true, description = "Dataset name.")
  String dataset;

  @Override
  public Integer call() {
    try (FactStore store = cli.openStore()) {
      ValidationTable validation = ValidationTable.of(store, new ValidationRequest(dataset));
      ValidationListing.print(validation, listing, spec.commandLine().getOut());
      return validation.failed() ? EXIT_FAILED : 0;
    }
  }
}
