package org.yesan.http.auth;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.yesan.accounts.Account;
import org.yesan.accounts.AccountException;
import org.yesan.accounts.AccountStore;
import org.yesan.accounts.Role;
import org.yesan.accounts.TokenInfo;
import org.yesan.app.accounts.Accounts;
import org.yesan.app.accounts.IssuedToken;
import org.yesan.audit.AuditLog;
import org.yesan.failure.YesanException;
import org.yesan.http.Problem;
import org.yesan.http.YesanServer;
import org.yesan.store.FactStore;

/**
 * The admin's routes for users and tokens, the same operations as {@code yesan users} and {@code
 * yesan tokens} through the same {@link Accounts} use case: list and add users, change a role,
 * remove a user (revoking their tokens), make a token (its secret in the 201 answer only), list
 * tokens without secrets, revoke one. Every change is in the audit log under the acting admin.
 */
public final class AccountRoutes {

  public static final String USERS = "/api/v1/users";
  public static final String TOKENS = "/api/v1/tokens";

  private static final ObjectMapper BODIES =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  /** The body of {@code POST /api/v1/users}. */
  record NewUser(String name, String role) {}

  /** The body of {@code PATCH /api/v1/users/{name}}. */
  record RoleChange(String role) {}

  /** The body of {@code POST /api/v1/tokens}. */
  record NewToken(String user) {}

  private final Optional<Accounts> accounts;
  private final Gate gate;

  public AccountRoutes(FactStore store, Gate gate) {
    this.accounts =
        store instanceof AccountStore s && store instanceof AuditLog a
            ? Optional.of(new Accounts(s, a))
            : Optional.empty();
    this.gate = gate;
  }

  /** The routes as method and path template, for the server's table of allowed methods. */
  public static List<String[]> routes() {
    return List.of(
        new String[] {"GET", USERS},
        new String[] {"POST", USERS},
        new String[] {"PATCH", USERS + "/{name}"},
        new String[] {"DELETE", USERS + "/{name}"},
        new String[] {"GET", TOKENS},
        new String[] {"POST", TOKENS},
        new String[] {"DELETE", TOKENS + "/{id}"});
  }

  public void register(RoutesConfig routes) {
    add(routes, HandlerType.GET, USERS, this::listUsers);
    add(routes, HandlerType.HEAD, USERS, this::listUsers);
    add(routes, HandlerType.POST, USERS, this::addUser);
    add(routes, HandlerType.PATCH, USERS + "/{name}", this::changeRole);
    add(routes, HandlerType.DELETE, USERS + "/{name}", this::removeUser);
    add(routes, HandlerType.GET, TOKENS, this::listTokens);
    add(routes, HandlerType.HEAD, TOKENS, this::listTokens);
    add(routes, HandlerType.POST, TOKENS, this::createToken);
    add(routes, HandlerType.DELETE, TOKENS + "/{id}", this::revoke);
  }

  /** An admin's route: the gate first, then the store's accounts, then failures as problems. */
  private interface AccountHandler {
    void handle(Context ctx, Accounts accounts) throws JsonProcessingException;
  }

  private void add(RoutesConfig routes, HandlerType type, String path, AccountHandler handler) {
    Handler body =
        ctx -> {
          if (accounts.isEmpty()) {
            YesanServer.problem(
                ctx,
                Problem.http(405, "this server's store keeps no users", YesanServer.instance(ctx)));
            return;
          }
          if (!ctx.queryParamMap().isEmpty()) {
            String name = ctx.queryParamMap().keySet().iterator().next();
            YesanServer.problem(
                ctx,
                Problem.unknownParameter(
                    name,
                    YesanServer.instance(ctx),
                    "unknown query parameter '" + name + "'; " + path + " takes none"));
            return;
          }
          try {
            handler.handle(ctx, accounts.get());
          } catch (UnrecognizedPropertyException e) {
            YesanServer.problem(
                ctx,
                new Problem(
                    Problem.UNKNOWN_PARAMETER,
                    "Unknown field",
                    400,
                    "unknown field '"
                        + e.getPropertyName()
                        + "' in the body; expected "
                        + fields(e.getKnownPropertyIds()),
                    YesanServer.instance(ctx),
                    Optional.of(e.getPropertyName()),
                    Optional.empty()));
          } catch (JsonProcessingException e) {
            YesanServer.problem(
                ctx,
                Problem.http(
                    400,
                    "the body is no JSON object of the expected fields: " + e.getOriginalMessage(),
                    YesanServer.instance(ctx)));
          } catch (AccountException e) {
            // a duplicate name or the last admin: the request conflicts with the users as they are
            YesanServer.problem(
                ctx,
                e.kind() == YesanException.Kind.QUERY
                    ? Problem.http(409, e.getMessage(), YesanServer.instance(ctx))
                    : Problem.of(e, YesanServer.instance(ctx)));
          } catch (YesanException e) {
            YesanServer.problem(ctx, Problem.of(e, YesanServer.instance(ctx)));
          } catch (FieldException e) {
            YesanServer.problem(
                ctx,
                new Problem(
                    e.status == 400 ? Problem.BAD_QUERY : "about:blank",
                    e.status == 400 ? "Bad field" : "Unsupported Media Type",
                    e.status,
                    e.getMessage(),
                    YesanServer.instance(ctx),
                    Optional.of(e.field),
                    Optional.empty()));
          }
        };
    routes.addHttpHandler(type, path, gate.guard(Optional.of(Role.ADMIN), body));
  }

  private static String fields(java.util.Collection<Object> known) {
    return known.isEmpty()
        ? "no fields"
        : String.join(", ", known.stream().map(Object::toString).sorted().toList());
  }

  private void listUsers(Context ctx, Accounts a) {
    list(ctx, "users", a.users(), AccountRoutes::user);
  }

  /** Answers {@code {"NAME": [row, ...]}}, each element rendered by {@code row}. */
  private static <T> void list(
      Context ctx, String name, List<T> elements, Function<T, ObjectNode> row) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    ArrayNode rows = o.putArray(name);
    elements.forEach(e -> rows.add(row.apply(e)));
    ok(ctx, 200, o);
  }

  private void addUser(Context ctx, Accounts a) throws JsonProcessingException {
    NewUser body = body(ctx, NewUser.class);
    String name = required("name", body.name());
    Role role = role(required("role", body.role()));
    ok(ctx, 201, user(a.addUser(Gate.actor(ctx), checkedName("name", name), role)));
  }

  private void changeRole(Context ctx, Accounts a) throws JsonProcessingException {
    RoleChange body = body(ctx, RoleChange.class);
    Role role = role(required("role", body.role()));
    ok(ctx, 200, user(a.changeRole(Gate.actor(ctx), pathName(ctx), role)));
  }

  private void removeUser(Context ctx, Accounts a) {
    a.removeUser(Gate.actor(ctx), pathName(ctx));
    ctx.status(204);
  }

  private void listTokens(Context ctx, Accounts a) {
    list(ctx, "tokens", a.tokens(), AccountRoutes::token);
  }

  private void createToken(Context ctx, Accounts a) throws JsonProcessingException {
    NewToken body = body(ctx, NewToken.class);
    String owner = checkedName("user", required("user", body.user()));
    IssuedToken t = a.createToken(Gate.actor(ctx), owner);
    ObjectNode o = token(t.info());
    o.put("token", t.secret());
    // the secret is in this answer only: no cache may keep a copy
    ctx.header("Cache-Control", "no-store");
    ok(ctx, 201, o);
  }

  private void revoke(Context ctx, Accounts a) {
    String id = ctx.pathParam("id");
    if (!id.matches("[0-9a-f]{16}")) {
      throw new FieldException("id", "token id: expected 16 hex digits, found '" + id + "'");
    }
    a.revoke(Gate.actor(ctx), id);
    ctx.status(204);
  }

  private static <T> T body(Context ctx, Class<T> type) throws JsonProcessingException {
    String mediaType = Optional.ofNullable(ctx.contentType()).orElse("");
    if (!mediaType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw new FieldException(
          415,
          "Content-Type",
          "expected a JSON body (Content-Type: application/json), found "
              + (mediaType.isBlank() ? "none" : mediaType));
    }
    T value = BODIES.readValue(ctx.body(), type);
    if (value == null) {
      throw new FieldException("body", "expected a JSON object, found null");
    }
    return value;
  }

  private static String required(String field, String value) {
    if (value == null) {
      throw new FieldException(field, "the body needs the field '" + field + "'");
    }
    return value;
  }

  private static Role role(String text) {
    try {
      return Role.parse(text);
    } catch (IllegalArgumentException e) {
      throw new FieldException("role", e.getMessage());
    }
  }

  private static String checkedName(String field, String name) {
    try {
      return Account.requireName(name);
    } catch (IllegalArgumentException e) {
      throw new FieldException(field, e.getMessage());
    }
  }

  private static String pathName(Context ctx) {
    return checkedName("name", ctx.pathParam("name"));
  }

  private static ObjectNode user(Account u) {
    ObjectNode r = JsonNodeFactory.instance.objectNode();
    r.put("name", u.name());
    r.put("role", u.role().id());
    r.put("created", u.created().toString());
    return r;
  }

  private static ObjectNode token(TokenInfo t) {
    ObjectNode r = JsonNodeFactory.instance.objectNode();
    r.put("id", t.id());
    r.put("owner", t.owner());
    r.put("created", t.created().toString());
    t.revoked().ifPresent(at -> r.put("revoked", at.toString()));
    return r;
  }

  private static void ok(Context ctx, int status, ObjectNode body) {
    ctx.status(status).contentType("application/json").result(body.toString());
  }

  /** A body or path field that does not hold what the route needs; a 400 naming the field. */
  private static final class FieldException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String field;

    FieldException(String field, String message) {
      this(400, field, message);
    }

    FieldException(int status, String field, String message) {
      super(message);
      this.status = status;
      this.field = field;
    }
  }
}
