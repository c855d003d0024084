package org.yesan.http.auth;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.yesan.accounts.AccountStore;
import org.yesan.accounts.Role;
import org.yesan.app.accounts.Accounts;
import org.yesan.app.accounts.Authentication;
import org.yesan.app.accounts.Principal;
import org.yesan.app.audit.Actors;
import org.yesan.audit.AuditEntry;
import org.yesan.audit.AuditLog;
import org.yesan.failure.YesanException;
import org.yesan.http.Problem;
import org.yesan.http.YesanServer;
import org.yesan.store.FactStore;

/**
 * Stands before every route: tells who presented which bearer token, takes a token from the
 * client's rate-limit bucket, and refuses a request whose role does not suffice — 401 with {@code
 * WWW-Authenticate: Bearer} without a valid token, 403 with one of too low a role, 429 with {@code
 * Retry-After} past the rate limit — writing every refused write or admin request to the audit log
 * (in the background, see {@link RefusalLog}).
 */
public final class Gate {

  private static final String PRINCIPAL = "yesan.principal";
  private static final String CLIENT = "yesan.client";

  /**
   * The POST routes that compute an answer from the body and change nothing; every other POST (and
   * any route added later) needs an editor's token.
   */
  static final Set<String> READING_POSTS = Set.of("/api/v1/claims/check", "/export/xlsx");

  private final Optional<Accounts> accounts;
  private final Optional<RefusalLog> refusals;
  private final AccessRules rules;
  private final TokenBuckets buckets;
  private final TrustedProxies proxies;

  public Gate(FactStore store, AccessRules rules) {
    this(store, rules, TrustedProxies.NONE);
  }

  /** A gate that takes the client's address from these proxies' forwarding headers. */
  public Gate(FactStore store, AccessRules rules, TrustedProxies proxies) {
    this.proxies = proxies;
    Optional<AuditLog> audit = store instanceof AuditLog a ? Optional.of(a) : Optional.empty();
    this.accounts =
        store instanceof AccountStore s && audit.isPresent()
            ? Optional.of(new Accounts(s, audit.get()))
            : Optional.empty();
    this.refusals = audit.map(a -> new RefusalLog(store, a));
    this.rules = rules;
    this.buckets = new TokenBuckets(rules.rateLimit());
  }

  /** Stops writing refusals to the audit log; for a server that stops. */
  public void close() {
    refusals.ifPresent(RefusalLog::close);
  }

  public AccessRules rules() {
    return rules;
  }

  /** The role an endpoint needs: reads none (a viewer on a private server), writes an editor. */
  public Optional<Role> needed(String method, String path) {
    boolean reading =
        method.equals("GET")
            || method.equals("HEAD")
            || (method.equals("POST") && READING_POSTS.contains(path));
    if (reading) {
      return rules.privateReads() ? Optional.of(Role.VIEWER) : Optional.empty();
    }
    return Optional.of(Role.EDITOR);
  }

  /** The handler behind this gate: it runs only for a request the gate admits. */
  public Handler guard(Optional<Role> needed, Handler handler) {
    return ctx -> {
      boolean admitted;
      try {
        admitted = admits(ctx, needed);
      } catch (YesanException e) {
        // looking the token up needs the store: a served DuckDB file closed for an import, or an
        // unreachable database, is a 503 problem like any other read's
        YesanServer.problem(ctx, Problem.of(e, YesanServer.instance(ctx)));
        return;
      }
      if (admitted) {
        handler.handle(ctx);
      }
    };
  }

  /** The user whose token the gate accepted for this request, if any. */
  public static Optional<Principal> principal(Context ctx) {
    return Optional.ofNullable(ctx.attribute(PRINCIPAL));
  }

  /** How the audit log names who sent this request. */
  public static String actor(Context ctx) {
    return principal(ctx).map(Principal::actor).orElse(Actors.anonymous(client(ctx)));
  }

  /**
   * The client's address as the gate found it: the direct peer, or behind a trusted proxy the
   * address that proxy forwarded (see {@link TrustedProxies}).
   */
  public static String client(Context ctx) {
    return Optional.ofNullable(ctx.<String>attribute(CLIENT)).orElse(ctx.ip());
  }

  /** The client's address of a request, by the peer and its forwarding headers. */
  public static String client(
      TrustedProxies proxies,
      String peer,
      java.util.function.Function<String, List<String>> headers) {
    if (!proxies.any()) {
      return peer;
    }
    return proxies.client(peer, headers.apply("X-Forwarded-For"), headers.apply("Forwarded"));
  }

  /**
   * Whether the request may go on to its route; when not, the refusal has been answered and, for
   * writes and admin routes, written to the audit log.
   */
  public boolean admits(Context ctx, Optional<Role> needed) {
    ctx.attribute(
        CLIENT,
        client(proxies, ctx.ip(), h -> java.util.Collections.list(ctx.req().getHeaders(h))));
    Authentication auth = authenticate(ctx);
    auth.principal().ifPresent(p -> ctx.attribute(PRINCIPAL, p));
    String client =
        auth.principal().map(p -> "token:" + p.token().id()).orElse("ip:" + client(ctx));
    OptionalLong wait = buckets.take(client);
    if (wait.isPresent()) {
      ctx.header("Retry-After", Long.toString(wait.getAsLong()));
      return refuse(
          ctx, needed, 429, "too many requests; try again in " + wait.getAsLong() + " s", auth);
    }
    if (auth.outcome() != Authentication.Outcome.NONE
        && auth.outcome() != Authentication.Outcome.VALID) {
      // a token that opens nothing is refused even where none is needed: its holder should know
      ctx.header("WWW-Authenticate", "Bearer realm=\"yesan\", error=\"invalid_token\"");
      return refuse(ctx, needed, 401, invalid(auth.outcome()), auth);
    }
    if (needed.isEmpty()) {
      return true;
    }
    if (auth.principal().isEmpty()) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"yesan\"");
      return refuse(
          ctx,
          needed,
          401,
          "this needs the token of "
              + article(needed.get())
              + " or higher: send Authorization: Bearer TOKEN (yesan tokens create USER)",
          auth);
    }
    Principal p = auth.principal().get();
    if (!p.role().covers(needed.get())) {
      return refuse(
          ctx,
          needed,
          403,
          "user "
              + p.account().name()
              + " is "
              + article(p.role())
              + "; this needs "
              + article(needed.get())
              + " or higher",
          auth);
    }
    return true;
  }

  private static String article(Role r) {
    return (r == Role.VIEWER ? "a " : "an ") + r.id();
  }

  private static String invalid(Authentication.Outcome o) {
    return switch (o) {
      case REVOKED -> "the token was revoked";
      case MALFORMED -> "the Authorization header holds no Yesan token (expected Bearer yesan_…)";
      default -> "the token is not known to this server";
    };
  }

  private static String presented(Authentication.Outcome o) {
    return o == Authentication.Outcome.NONE
        ? "no token"
        : o.name().toLowerCase(Locale.ROOT) + " token";
  }

  private Authentication authenticate(Context ctx) {
    String header = ctx.header("Authorization");
    Optional<String> bearer;
    if (header == null) {
      bearer = Optional.empty();
    } else {
      String h = header.strip();
      // a malformed header counts as a malformed token, never as no token at all
      bearer =
          Optional.of(
              h.toLowerCase(Locale.ROOT).startsWith("bearer ") ? h.substring(7).strip() : "");
    }
    if (accounts.isEmpty()) {
      return bearer.isEmpty()
          ? new Authentication(Authentication.Outcome.NONE, Optional.empty())
          : new Authentication(Authentication.Outcome.UNKNOWN, Optional.empty());
    }
    return accounts.get().authenticate(bearer);
  }

  private boolean refuse(
      Context ctx, Optional<Role> needed, int status, String detail, Authentication auth) {
    YesanServer.problem(ctx, Problem.http(status, detail, YesanServer.instance(ctx)));
    boolean writeOrAdmin = needed.map(r -> r.covers(Role.EDITOR)).orElse(false);
    if (writeOrAdmin && refusals.isPresent()) {
      String actor =
          auth.principal()
              .map(Principal::actor)
              .orElse(Actors.anonymous(client(ctx)) + " (" + presented(auth.outcome()) + ")");
      refusals
          .get()
          .add(
              AuditEntry.now(
                  actor,
                  AuditEntry.Action.REFUSED,
                  ctx.method() + " " + ctx.path(),
                  Optional.empty(),
                  Optional.empty(),
                  "refused: " + status + " " + detail));
    }
    return false;
  }
}
