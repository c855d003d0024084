package org.yesan.cli;

import java.util.concurrent.Callable;
import org.yesan.store.imports.ImportingStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code yesan migrate}: brings the store's schema to this Yesan's version, and nothing else. */
@Command(
    name = "migrate",
    mixinStandardHelpOptions = true,
    description = {
      "Bring the store's schema up to this Yesan's version (an empty database becomes a store).",
      "Reading never migrates, so run this after an upgrade, as a user that may alter tables."
    })
final class MigrateCommand implements Callable<Integer> {

  @ParentCommand YesanCli cli;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try (ImportingStore store = cli.openStoreForWriting()) {
      spec.commandLine()
          .getOut()
          .printf(
              "the schema of %s is at version %s%n",
              store.location(), BackupCommand.backupAccess(store).schemaVersion());
      return 0;
    }
  }
}
