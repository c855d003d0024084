package org.yesan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.yesan.store.FactStore;
import org.yesan.store.backup.BackupAccess;
import org.yesan.store.backup.BackupManifest;
import org.yesan.store.backup.StoreBackup;
import org.yesan.store.sql.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code yesan backup FILE}: the whole store, read in one snapshot, in one store-neutral file. */
@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description = {
      "Write the store to FILE: a zip of every table as CSV with a manifest (schema version, rows"
          + " and SHA-256 of each table). It restores into a store of either kind.",
      "Reads only: runs beside a server, and as a database user that may only read."
    })
final class BackupCommand implements Callable<Integer> {

  @ParentCommand YesanCli cli;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The backup file to write.")
  Path file;

  @Override
  public Integer call() {
    try (FactStore store = cli.openStore()) {
      BackupAccess access = backupAccess(store);
      BackupManifest m = StoreBackup.write(access, file);
      spec.commandLine()
          .getOut()
          .printf(
              "backed up %d tables, %,d rows of %s (%s store, schema version %s) to %s%n",
              m.tables().size(),
              m.rows(),
              access.location(),
              m.storeKind(),
              m.schemaVersion(),
              file);
      return 0;
    }
  }

  static BackupAccess backupAccess(FactStore store) {
    if (store instanceof BackupAccess b) {
      return b;
    }
    throw new StoreException("this store cannot be backed up: " + store.getClass().getSimpleName());
  }
}
