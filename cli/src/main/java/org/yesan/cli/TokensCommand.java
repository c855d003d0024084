package org.yesan.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.yesan.accounts.TokenInfo;
import org.yesan.app.accounts.IssuedToken;
import org.yesan.app.audit.Actors;
import org.yesan.store.FactStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code yesan tokens create|revoke|list}: the bearer tokens users present to a server. */
@Command(
    name = "tokens",
    mixinStandardHelpOptions = true,
    description = "Make, revoke and list users' tokens; a token's secret is shown once only.",
    subcommands = {
      TokensCommand.Create.class,
      TokensCommand.Revoke.class,
      TokensCommand.ListTokens.class
    })
final class TokensCommand {

  @ParentCommand YesanCli cli;

  /** {@code yesan tokens create USER}. */
  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      description = "Make a token for a user and print it; it is not shown again.")
  static final class Create implements Callable<Integer> {

    @ParentCommand TokensCommand tokens;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "USER")
    String user;

    @Override
    public Integer call() {
      try (FactStore store = tokens.cli.openStoreForWriting()) {
        IssuedToken t = StoreAccounts.of(store).createToken(Actors.commandLine(), user);
        PrintWriter out = spec.commandLine().getOut();
        out.println(t.secret());
        PrintWriter err = spec.commandLine().getErr();
        err.println(
            "token "
                + t.info().id()
                + " for "
                + user
                + "; keep it now, it is stored hashed and cannot be shown again");
        err.flush();
      }
      return 0;
    }
  }

  /** {@code yesan tokens revoke ID}. */
  @Command(
      name = "revoke",
      mixinStandardHelpOptions = true,
      description = "Revoke a token by its id (see tokens list); it opens nothing from now on.")
  static final class Revoke implements Callable<Integer> {

    @ParentCommand TokensCommand tokens;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID")
    String id;

    @Override
    public Integer call() {
      try (FactStore store = tokens.cli.openStoreForWriting()) {
        StoreAccounts.of(store).revoke(Actors.commandLine(), id);
        spec.commandLine().getOut().println("revoked " + id);
      }
      return 0;
    }
  }

  /** {@code yesan tokens list}: never a secret. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List the tokens: id, owner, created, revoked (never the secret).")
  static final class ListTokens implements Callable<Integer> {

    @ParentCommand TokensCommand tokens;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Mixin ListingOptions listing;

    @Override
    public Integer call() {
      try (FactStore store = tokens.cli.openStore()) {
        Listing l =
            new Listing()
                .column("id", Listing.Kind.TEXT)
                .column("owner", Listing.Kind.TEXT)
                .column("created", Listing.Kind.TEXT)
                .column("revoked", Listing.Kind.TEXT);
        for (TokenInfo t : StoreAccounts.accounts(store).tokens()) {
          l.row(
              t.id(),
              t.owner(),
              t.created().toString(),
              t.revoked().map(Object::toString).orElse(null));
        }
        l.print(listing, spec.commandLine().getOut());
      }
      return 0;
    }
  }
}
