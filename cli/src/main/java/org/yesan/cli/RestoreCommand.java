package org.yesan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.yesan.store.backup.BackupManifest;
import org.yesan.store.backup.StoreRestore;
import org.yesan.store.imports.ImportingStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code yesan restore FILE}: a backup into an empty store, all or nothing. */
@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description = {
      "Restore a backup written by `yesan backup` (from a store of either kind) into the store.",
      "The whole file is checked first; the restore is one transaction. A store that holds"
          + " anything is refused unless --replace."
    })
final class RestoreCommand implements Callable<Integer> {

  @ParentCommand YesanCli cli;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The backup file to restore.")
  Path file;

  @Option(
      names = "--replace",
      description = "Drop everything the store holds and put the backup in its place.")
  boolean replace;

  @Override
  public Integer call() {
    // the file is checked whole before the store is even opened, so a bad file holds no lock
    StoreRestore.verify(file);
    try (ImportingStore store = cli.openStoreForWriting()) {
      BackupManifest m = StoreRestore.restore(BackupCommand.backupAccess(store), file, replace);
      spec.commandLine()
          .getOut()
          .printf(
              "restored %d tables, %,d rows from %s (a %s store of schema version %s, %s) into"
                  + " %s%n",
              m.tables().size(),
              m.rows(),
              file,
              m.storeKind(),
              m.schemaVersion(),
              m.createdAt(),
              store.location());
      return 0;
    }
  }
}
