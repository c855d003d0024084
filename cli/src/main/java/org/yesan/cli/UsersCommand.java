package org.yesan.cli;

import java.util.concurrent.Callable;
import org.yesan.accounts.Account;
import org.yesan.accounts.Role;
import org.yesan.app.audit.Actors;
import org.yesan.store.FactStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code yesan users add|role|remove|list}: the users of a shared store and their roles. */
@Command(
    name = "users",
    mixinStandardHelpOptions = true,
    description = "Manage the users of the store (viewer reads, editor imports, admin manages).",
    subcommands = {
      UsersCommand.Add.class,
      UsersCommand.ChangeRole.class,
      UsersCommand.Remove.class,
      UsersCommand.ListUsers.class
    })
final class UsersCommand {

  @ParentCommand YesanCli cli;

  /** {@code yesan users add NAME --role ROLE}. */
  @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a user.")
  static final class Add implements Callable<Integer> {

    @ParentCommand UsersCommand users;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "1-64 of a-z 0-9 . _ -")
    String name;

    @Option(
        names = "--role",
        required = true,
        description = "viewer (reads), editor (reads and imports) or admin (also manages users)")
    String role;

    @Override
    public Integer call() {
      Role r = Role.parse(role);
      try (FactStore store = users.cli.openStoreForWriting()) {
        Account a = StoreAccounts.of(store).addUser(Actors.commandLine(), name, r);
        spec.commandLine().getOut().println("added " + a.name() + " (" + a.role().id() + ")");
      }
      return 0;
    }
  }

  /** {@code yesan users role NAME --role ROLE}. */
  @Command(name = "role", mixinStandardHelpOptions = true, description = "Change a user's role.")
  static final class ChangeRole implements Callable<Integer> {

    @ParentCommand UsersCommand users;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Option(names = "--role", required = true, description = "viewer, editor or admin")
    String role;

    @Override
    public Integer call() {
      Role r = Role.parse(role);
      try (FactStore store = users.cli.openStoreForWriting()) {
        Account a = StoreAccounts.of(store).changeRole(Actors.commandLine(), name, r);
        spec.commandLine().getOut().println(a.name() + " is now " + a.role().id());
      }
      return 0;
    }
  }

  /** {@code yesan users remove NAME}. */
  @Command(
      name = "remove",
      mixinStandardHelpOptions = true,
      description = "Remove a user and revoke their tokens.")
  static final class Remove implements Callable<Integer> {

    @ParentCommand UsersCommand users;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
      try (FactStore store = users.cli.openStoreForWriting()) {
        StoreAccounts.of(store).removeUser(Actors.commandLine(), name);
        spec.commandLine().getOut().println("removed " + name + "; their tokens are revoked");
      }
      return 0;
    }
  }

  /** {@code yesan users list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the users.")
  static final class ListUsers implements Callable<Integer> {

    @ParentCommand UsersCommand users;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Mixin ListingOptions listing;

    @Override
    public Integer call() {
      try (FactStore store = users.cli.openStore()) {
        Listing l =
            new Listing()
                .column("name", Listing.Kind.TEXT)
                .column("role", Listing.Kind.TEXT)
                .column("created", Listing.Kind.TEXT);
        for (Account a : StoreAccounts.accounts(store).users()) {
          l.row(a.name(), a.role().id(), a.created().toString());
        }
        l.print(listing, spec.commandLine().getOut());
      }
      return 0;
    }
  }
}
