package org.yesan.cli;

import java.util.concurrent.Callable;
import org.yesan.audit.AuditEntry;
import org.yesan.store.FactStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code yesan audit}: who changed or tried to change what, newest first. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Show the audit log, newest first: imports, user and token changes, refusals.")
final class AuditCommand implements Callable<Integer> {

  @ParentCommand YesanCli cli;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ListingOptions listing;

  @Option(
      names = "--limit",
      defaultValue = "100",
      description = "Entries to show (default: ${DEFAULT-VALUE}).")
  int limit = 100;

  @Option(
      names = "--offset",
      defaultValue = "0",
      description = "Newest entries to skip (default: ${DEFAULT-VALUE}).")
  int offset = 0;

  @Override
  public Integer call() {
    if (limit < 1 || offset < 0) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--limit must be at least 1 and --offset at least 0");
    }
    try (FactStore store = cli.openStore()) {
      Listing l =
          new Listing()
              .column("id", Listing.Kind.COUNT)
              .column("at", Listing.Kind.TEXT)
              .column("actor", Listing.Kind.TEXT)
              .column("action", Listing.Kind.TEXT)
              .column("subject", Listing.Kind.TEXT)
              .column("file", Listing.Kind.TEXT)
              .column("sha256", Listing.Kind.TEXT)
              .column("result", Listing.Kind.TEXT);
      for (AuditEntry e : StoreAccounts.audit(store).auditEntries(offset, limit)) {
        l.row(
            e.id(),
            e.at().toString(),
            e.actor(),
            e.actionId(),
            e.subject(),
            e.file().orElse(null),
            e.sha256().orElse(null),
            e.result());
      }
      l.print(listing, spec.commandLine().getOut());
    }
    return 0;
  }
}
