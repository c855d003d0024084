package org.yesan.http.auth;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yesan.accounts.Role;
import org.yesan.audit.AuditEntry;
import org.yesan.audit.AuditLog;
import org.yesan.http.Problem;
import org.yesan.http.YesanServer;
import org.yesan.store.FactStore;

/** {@code GET /api/v1/audit}: the audit log for admins, newest first, in pages. */
public final class AuditRoutes {

  public static final String PATH = "/api/v1/audit";

  /** The largest page of entries a client may ask for. */
  static final int MAX_LIMIT = 1000;

  private final FactStore store;
  private final Gate gate;

  public AuditRoutes(FactStore store, Gate gate) {
    this.store = store;
    this.gate = gate;
  }

  /** The route as method and path, for the server's table of allowed methods. */
  public static List<String[]> routes() {
    return List.<String[]>of(new String[] {"GET", PATH});
  }

  public void register(RoutesConfig routes) {
    for (HandlerType t : List.of(HandlerType.GET, HandlerType.HEAD)) {
      routes.addHttpHandler(t, PATH, gate.guard(Optional.of(Role.ADMIN), this::answer));
    }
  }

  private void answer(Context ctx) {
    for (String name : ctx.queryParamMap().keySet()) {
      if (!Set.of("offset", "limit").contains(name)) {
        YesanServer.problem(
            ctx,
            Problem.unknownParameter(
                name,
                YesanServer.instance(ctx),
                "unknown query parameter '" + name + "'; " + PATH + " accepts: offset, limit"));
        return;
      }
    }
    Optional<Integer> offset = number(ctx, "offset", 0, Integer.MAX_VALUE, 0);
    Optional<Integer> limit = number(ctx, "limit", 1, MAX_LIMIT, 100);
    if (offset.isEmpty() || limit.isEmpty()) {
      return;
    }
    if (!(store instanceof AuditLog log)) {
      YesanServer.problem(ctx, Problem.notFound(YesanServer.instance(ctx)));
      return;
    }
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("total", log.auditCount());
    o.put("offset", offset.get());
    o.put("limit", limit.get());
    ArrayNode rows = o.putArray("entries");
    for (AuditEntry e : log.auditEntries(offset.get(), limit.get())) {
      ObjectNode r = rows.addObject();
      r.put("id", e.id());
      r.put("at", e.at().toString());
      r.put("actor", e.actor());
      r.put("action", e.actionId());
      r.put("subject", e.subject());
      e.file().ifPresent(f -> r.put("file", f));
      e.sha256().ifPresent(h -> r.put("sha256", h));
      r.put("result", e.result());
    }
    ctx.status(200).contentType("application/json").result(o.toString());
  }

  private static Optional<Integer> number(
      Context ctx, String name, int min, int max, int fallback) {
    String v = ctx.queryParam(name);
    if (v == null) {
      return Optional.of(fallback);
    }
    try {
      int n = Integer.parseInt(v);
      if (n >= min && n <= max) {
        return Optional.of(n);
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    YesanServer.problem(
        ctx,
        new Problem(
            Problem.BAD_QUERY,
            "Bad query",
            400,
            "expected a whole number from " + min + " to " + max + ", found '" + v + "'",
            YesanServer.instance(ctx),
            Optional.of(name),
            Optional.of(0)));
    return Optional.empty();
  }
}
