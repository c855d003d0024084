package org.yesan.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yesan.app.table.ExportFormat;
import org.yesan.failure.YesanException;
import org.yesan.http.auth.AccessRules;
import org.yesan.http.auth.AccountRoutes;
import org.yesan.http.auth.AuditRoutes;
import org.yesan.http.auth.Gate;
import org.yesan.http.auth.RateLimit;
import org.yesan.http.claims.ClaimRoutes;
import org.yesan.http.compare.CompareRoutes;
import org.yesan.http.export.DownloadRoutes;
import org.yesan.http.export.ExportRoutes;
import org.yesan.http.growth.GrowthRoutes;
import org.yesan.http.imports.ImportRoutes;
import org.yesan.http.operations.HealthRoutes;
import org.yesan.http.operations.OperationsConfig;
import org.yesan.http.operations.RequestLogLines;
import org.yesan.http.real.RealTermsRoutes;
import org.yesan.http.search.SearchRoutes;
import org.yesan.http.series.LinkedSeriesRoutes;
import org.yesan.http.series.SeriesRoutes;
import org.yesan.http.targets.TargetRoutes;
import org.yesan.http.themes.ThemeRoutes;
import org.yesan.http.validation.ValidationRoutes;
import org.yesan.query.QueryException;
import org.yesan.store.FactStore;
import org.yesan.store.sql.ReadDeadline;

/**
 * The one Yesan server: the dashboard's files (from the {@link StaticSite} on the class path) at
 * {@code /} and {@code /static/…}, {@code /api/v1} with the dashboard's endpoints, the
 * Babbage-compatible {@code /api/3}, the OpenAPI document at {@code /api/v1/openapi.json}, and
 * every {@link Routes} found on the class path. Every error, Jetty's own included, is RFC 9457
 * problem JSON.
 *
 * <p>Start it with {@link #start(FactStore, ServerConfig)}; it serves until {@link #close()}.
 */
public final class YesanServer implements AutoCloseable {

  public static final String OPENAPI_PATH = "/api/v1/openapi.json";
  static final String JSON = "application/json";
  static final String CSV = "text/csv; charset=utf-8";

  /** Request bodies above this are refused with 413: a shown table of 100,000 rows fits. */
  static final long MAX_BODY_BYTES = 32L * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(YesanServer.class);

  static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private final Javalin app;
  private final ServerConfig config;
  private final List<Endpoint> endpoints;
  private final List<String> registered;

  private final Optional<RequestLogLines> requestLog;

  private YesanServer(
      Javalin app,
      ServerConfig config,
      List<Endpoint> endpoints,
      List<String> registered,
      Optional<RequestLogLines> requestLog) {
    this.requestLog = requestLog;
    this.app = app;
    this.config = config;
    this.endpoints = endpoints;
    this.registered = registered;
  }

  /** Starts the built-in routes plus every {@link Routes} listed for ServiceLoader. */
  public static YesanServer start(FactStore store, ServerConfig config) {
    return start(store, config, List.of());
  }

  /** Starts the built-in routes, the ServiceLoader ones and {@code extra}, with no rate limit. */
  public static YesanServer start(FactStore store, ServerConfig config, List<Routes> extra) {
    return start(store, config, extra, AccessRules.defaults().withRateLimit(RateLimit.OFF));
  }

  /**
   * Starts the server with {@code rules} for who may read, the rate limit and the upload size;
   * writes always need an editor's token and the audit log an admin's.
   */
  public static YesanServer start(
      FactStore store, ServerConfig config, List<Routes> extra, AccessRules rules) {
    return start(store, config, extra, rules, OperationsConfig.defaults());
  }

  /** Starts the server with the default access rules (public reads, no rate limit). */
  public static YesanServer start(
      FactStore store, ServerConfig config, List<Routes> extra, OperationsConfig operations) {
    return start(
        store, config, extra, AccessRules.defaults().withRateLimit(RateLimit.OFF), operations);
  }

  /**
   * Starts the server with {@code rules} for who may read, the rate limit and the upload size, and
   * its service settings: statement timeout, readiness, graceful shutdown, request log.
   */
  public static YesanServer start(
      FactStore store,
      ServerConfig config,
      List<Routes> extra,
      AccessRules rules,
      OperationsConfig operations) {
    if (store instanceof ReadDeadline limited) {
      limited.limitReads(operations.statementTimeout());
    }
    Optional<RequestLogLines> requestLog =
        operations.requestLog().map(p -> RequestLogLines.open(p, config.trustedProxies()));
    List<Routes> groups = new ArrayList<>();
    groups.add(new HealthRoutes(operations.readyTimeout()));
    groups.add(new DatasetRoutes());
    groups.add(new CompareRoutes());
    groups.add(new GrowthRoutes());
    groups.add(new BabbageRoutes());
    groups.add(new SeriesRoutes());
    groups.add(new LinkedSeriesRoutes());
    groups.add(new ThemeRoutes());
    groups.add(new SearchRoutes());
    groups.add(new ClaimRoutes());
    groups.add(new TargetRoutes());
    groups.add(new ExportRoutes());
    groups.add(new DownloadRoutes());
    groups.add(new RealTermsRoutes());
    groups.add(new ValidationRoutes());
    ServiceLoader.load(Routes.class).forEach(groups::add);
    groups.addAll(extra);
    List<Endpoint> endpoints = endpoints(groups);
    Optional<StaticSite> site = ServiceLoader.load(StaticSite.class).findFirst();

    RouteTable table = new RouteTable();
    endpoints.forEach(e -> table.add(e.method().name(), e.path()));
    if (site.isPresent()) {
      table.add("GET", "/").add("GET", "/index.html").add("GET", "/static/<asset>");
    }
    Gate gate = new Gate(store, rules, config.trustedProxies());
    ImportRoutes importRoutes = new ImportRoutes(store, gate);
    AuditRoutes auditRoutes = new AuditRoutes(store, gate);
    AccountRoutes accountRoutes = new AccountRoutes(store, gate);
    Stream.of(ImportRoutes.routes(), AuditRoutes.routes(), AccountRoutes.routes())
        .flatMap(List::stream)
        .forEach(r -> table.add(r[0], r[1]));
    ProblemErrorHandler errors = new ProblemErrorHandler();
    List<String> registered = new CopyOnWriteArrayList<>();
    Javalin app =
        Javalin.create(
            c -> {
              c.startup.showJavalinBanner = false;
              c.startup.showOldJavalinVersionWarning = false;
              c.jetty.host = config.host();
              c.jetty.port = config.port();
              c.http.defaultContentType = JSON;
              c.http.maxRequestSize = MAX_BODY_BYTES;
              c.jetty.modifyServer(server -> server.setErrorHandler(errors));
              c.jetty.modifyServletContextHandler(h -> h.setErrorHandler(errors));
              c.jetty.modifyServer(
                  server -> {
                    // on stop: refuse new connections, let requests in flight finish this long
                    server.setStopTimeout(operations.shutdownGrace().toMillis());
                    server.insertHandler(new GracefulHandler());
                    requestLog.ifPresent(server::setRequestLog);
                  });
              c.events.handlerAdded(
                  meta -> {
                    if (meta.getHttpMethod().isHttpMethod()
                        && meta.getHttpMethod() != HandlerType.HEAD) {
                      registered.add(meta.getHttpMethod() + " " + meta.getPath());
                    }
                  });
              c.routes.before(
                  ctx ->
                      ctx.header(
                          RequestLogLines.REQUEST_ID,
                          RequestLogLines.requestId(ctx.header(RequestLogLines.REQUEST_ID))));
              c.routes.before(ctx -> screen(ctx, table, config));
              for (Endpoint e : endpoints) {
                HandlerType method =
                    e.method() == Endpoint.Method.GET ? HandlerType.GET : HandlerType.POST;
                Handler guarded =
                    gate.guard(
                        gate.needed(e.method().name(), e.path()),
                        ctx -> serve(e, ctx, store, config));
                c.routes.addHttpHandler(method, e.path(), guarded);
                if (method == HandlerType.GET) {
                  // run like GET so that status and headers match; Jetty sends no body
                  c.routes.addHttpHandler(HandlerType.HEAD, e.path(), guarded);
                }
              }
              importRoutes.register(c.routes);
              c.events.serverStopped(importRoutes::close);
              c.events.serverStopped(gate::close);
              auditRoutes.register(c.routes);
              accountRoutes.register(c.routes);
              site.ifPresent(
                  s -> {
                    for (HandlerType type : List.of(HandlerType.GET, HandlerType.HEAD)) {
                      c.routes.addHttpHandler(type, "/", ctx -> asset(ctx, s.index()));
                      c.routes.addHttpHandler(type, "/index.html", ctx -> asset(ctx, s.index()));
                      c.routes.addHttpHandler(
                          type,
                          "/static/<asset>",
                          ctx -> {
                            Optional<StaticSite.Asset> a = s.find(ctx.pathParam("asset"));
                            if (a.isPresent()) {
                              asset(ctx, a.get());
                            } else {
                              problem(ctx, Problem.notFound(instance(ctx)));
                            }
                          });
                    }
                  });
              c.routes.exception(
                  HttpResponseException.class, (ex, ctx) -> problem(ctx, httpProblem(ex, ctx)));
              // a failure before the route (the access gate reads tokens from the store) answers
              // the same problem JSON as one inside it: 503 while the database is away
              c.routes.exception(
                  YesanException.class, (ex, ctx) -> problem(ctx, Problem.of(ex, instance(ctx))));
              c.routes.error(
                  404,
                  ctx -> {
                    String type = ctx.res().getContentType();
                    if (type == null || !type.startsWith(Problem.CONTENT_TYPE)) {
                      problem(ctx, Problem.notFound(instance(ctx)));
                    }
                  });
            });
    try {
      app.start();
    } catch (RuntimeException e) {
      requestLog.ifPresent(RequestLogLines::close);
      throw e;
    }
    return new YesanServer(app, config, endpoints, registered, requestLog);
  }

  private static List<Endpoint> endpoints(List<Routes> groups) {
    List<Endpoint> endpoints = new ArrayList<>();
    OpenApiDocument[] document = new OpenApiDocument[1];
    endpoints.add(
        Endpoint.get(
            OPENAPI_PATH,
            "openapi",
            "This document: every endpoint with its parameters (OpenAPI 3.1)",
            List.of(),
            request -> Reply.json(document[0].json())));
    Set<String> seen = new HashSet<>();
    seen.add("GET " + OPENAPI_PATH);
    for (Routes g : groups) {
      for (Endpoint e : g.endpoints()) {
        if (!seen.add(e.method() + " " + e.path())) {
          throw new IllegalStateException(
              "two endpoints for " + e.method() + " " + e.path() + " (" + g.getClass() + ")");
        }
        endpoints.add(e);
      }
    }
    document[0] = new OpenApiDocument(endpoints);
    return List.copyOf(endpoints);
  }

  /**
   * Runs before every route: sets the security and CORS headers, answers a CORS preflight, and
   * refuses a known path asked with a method it does not answer (405 with {@code Allow}).
   */
  private static void screen(Context ctx, RouteTable table, ServerConfig config) {
    String p = ctx.path();
    boolean page = p.equals("/") || p.equals("/index.html") || p.startsWith("/static/");
    (page ? SecurityHeaders.dashboard(config.frameAncestors()) : SecurityHeaders.API)
        .forEach(ctx::header);
    config
        .corsOrigin()
        .ifPresent(
            origin -> {
              ctx.header("Access-Control-Allow-Origin", origin);
              if (!origin.equals("*")) {
                ctx.header("Vary", "Origin");
              }
            });
    Set<String> allowed = table.allowed(ctx.path());
    if (allowed.isEmpty()) {
      return; // the router answers 404
    }
    String method = ctx.req().getMethod().toUpperCase(Locale.ROOT);
    if (method.equals("OPTIONS") && config.corsOrigin().isPresent()) {
      ctx.header("Access-Control-Allow-Methods", String.join(", ", allowed));
      ctx.header("Access-Control-Allow-Headers", "Accept, Authorization, Content-Type");
      ctx.header("Access-Control-Max-Age", "600");
      ctx.header("Allow", String.join(", ", withOptions(allowed)));
      ctx.status(204);
      ctx.skipRemainingHandlers();
      return;
    }
    if (!allowed.contains(method)) {
      Set<String> allow = config.corsOrigin().isPresent() ? withOptions(allowed) : allowed;
      ctx.header("Allow", String.join(", ", allow));
      problem(
          ctx,
          Problem.http(
              405,
              method + " is not answered on " + ctx.path() + "; use " + String.join(" or ", allow),
              instance(ctx)));
      ctx.skipRemainingHandlers();
    }
  }

  private static Set<String> withOptions(Set<String> allowed) {
    Set<String> out = new TreeSet<>(allowed);
    out.add("OPTIONS");
    return out;
  }

  private static void asset(Context ctx, StaticSite.Asset a) {
    ctx.header("Cache-Control", "no-cache");
    ctx.contentType(a.contentType()).result(a.bytes());
  }

  private static Problem httpProblem(HttpResponseException ex, Context ctx) {
    if (ex.getStatus() == 404) {
      return Problem.notFound(instance(ctx));
    }
    if (ex.getStatus() == 413) {
      return Problem.http(
          413,
          "the request body is larger than the server accepts (" + MAX_BODY_BYTES + " bytes)",
          instance(ctx));
    }
    return Problem.http(ex.getStatus(), ex.getMessage(), instance(ctx));
  }

  private static void serve(Endpoint e, Context ctx, FactStore store, ServerConfig config) {
    try {
      Optional<Problem> refused = RequestChecks.refusal(e, ctx);
      if (refused.isPresent()) {
        problem(ctx, refused.get());
        return;
      }
      Map<String, String> query = new LinkedHashMap<>();
      for (Map.Entry<String, List<String>> q : ctx.queryParamMap().entrySet()) {
        if (q.getValue().isEmpty()) {
          // the router drops a value it cannot percent-decode
          throw new QueryException(
              q.getKey(), 0, "expected percent-encoded UTF-8, found text that does not decode");
        }
        if (q.getValue().size() > 1) {
          throw new QueryException(
              q.getKey(),
              0,
              "given " + q.getValue().size() + " times; give it once (join values as documented)");
        }
        query.put(q.getKey(), q.getValue().get(0));
      }
      Map<String, String> path = new LinkedHashMap<>();
      for (String p : e.pathParameters()) {
        path.put(p, ctx.pathParam(p));
      }
      ApiRequest request =
          new ApiRequest(
              e, path, query, e.method() == Endpoint.Method.POST ? ctx.body() : "", store, config);
      Optional<ExportFormat> format = request.exportFormat();
      Reply reply = e.handler().handle(request);
      if (reply.download().isPresent()) {
        RequestChecks.download(ctx, reply.download().get());
      } else if (format.isPresent() && reply.table().isPresent()) {
        ExportFormat f = format.get();
        byte[] bytes = reply.table().get().bytes(f);
        if (f == ExportFormat.CSV) {
          ctx.status(200).contentType(CSV).result(bytes);
        } else {
          RequestChecks.download(
              ctx,
              new Reply.Download(
                  RequestChecks.fileName(e, path) + "." + f.extension(),
                  f.contentType(),
                  out -> out.write(bytes)));
        }
      } else {
        ctx.status(200).contentType(JSON).result(bytes(reply.body()));
      }
    } catch (YesanException ex) {
      if (ex.kind() == YesanException.Kind.STORE) {
        LOG.error("{} {} failed", ctx.method(), instance(ctx), ex);
      }
      problem(ctx, Problem.of(ex, instance(ctx)));
    } catch (HttpResponseException ex) {
      problem(ctx, httpProblem(ex, ctx));
    } catch (RuntimeException ex) {
      // The client learns only that it failed; the cause stays in the server's log.
      LOG.error("{} {} failed", ctx.method(), instance(ctx), ex);
      problem(ctx, Problem.internal(instance(ctx)));
    }
  }

  /** The problem's {@code instance}: the path and query the client asked. */
  public static String instance(Context ctx) {
    String q = ctx.queryString();
    return ctx.path() + (q == null || q.isEmpty() ? "" : "?" + q);
  }

  /** The one writer of problem answers inside routes; {@link ProblemErrorHandler} outside them. */
  public static void problem(Context ctx, Problem p) {
    UnreadBody.drop(ctx);
    ctx.status(p.status()).contentType(Problem.CONTENT_TYPE).result(p.bytes());
  }

  static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The port the server listens on (the one picked when the configured port was 0). */
  public int port() {
    return app.port();
  }

  public ServerConfig config() {
    return config;
  }

  /** The base URL without a trailing slash, e.g. {@code http://127.0.0.1:8080}. */
  public String url() {
    String h = config.host();
    return "http://" + (h.contains(":") ? "[" + h + "]" : h) + ":" + port();
  }

  /** Every endpoint the server answers, in registration order. */
  public List<Endpoint> endpoints() {
    return endpoints;
  }

  /**
   * The routes as Javalin registered them ("GET /api/v1/datasets"), for checking the docs; with a
   * {@link StaticSite}, also its pages ("GET /", "GET /static/{@literal <asset>}").
   */
  public List<String> registeredRoutes() {
    return List.copyOf(registered);
  }

  /**
   * Stops accepting connections, lets requests in flight finish within the shutdown grace, then
   * stops; the store is the caller's to close after.
   */
  @Override
  public void close() {
    try {
      app.stop();
    } finally {
      requestLog.ifPresent(RequestLogLines::close);
    }
  }
}
