package org.yesan.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yesan.query.QueryException;
import org.yesan.store.FactStore;
import org.yesan.store.UnknownDatasetException;

/**
 * The running Yesan API server: {@code /api/v1}, the Babbage-compatible {@code /api/3}, the OpenAPI
 * document at {@code /api/v1/openapi.json}, and every {@link Routes} found on the class path.
 *
 * <p>Start it with {@link #start(FactStore, ServerConfig)}; it serves until {@link #close()}.
 */
public final class YesanServer implements AutoCloseable {

  public static final String OPENAPI_PATH = "/api/v1/openapi.json";
  static final String JSON = "application/json";
  static final String CSV = "text/csv; charset=utf-8";

  private static final Logger LOG = LoggerFactory.getLogger(YesanServer.class);

  static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private final Javalin app;
  private final ServerConfig config;
  private final List<Endpoint> endpoints;
  private final List<String> registered;

  private YesanServer(
      Javalin app, ServerConfig config, List<Endpoint> endpoints, List<String> registered) {
    this.app = app;
    this.config = config;
    this.endpoints = endpoints;
    this.registered = registered;
  }

  /** Starts the built-in routes plus every {@link Routes} listed for ServiceLoader. */
  public static YesanServer start(FactStore store, ServerConfig config) {
    return start(store, config, List.of());
  }

  /** Starts the built-in routes, the ServiceLoader ones and {@code extra}. */
  public static YesanServer start(FactStore store, ServerConfig config, List<Routes> extra) {
    List<Routes> groups = new ArrayList<>();
    groups.add(new DatasetRoutes());
    groups.add(new BabbageRoutes());
    ServiceLoader.load(Routes.class).forEach(groups::add);
    groups.addAll(extra);

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

    List<String> registered = new CopyOnWriteArrayList<>();
    Javalin app =
        Javalin.create(
            c -> {
              c.startup.showJavalinBanner = false;
              c.startup.showOldJavalinVersionWarning = false;
              c.jetty.host = config.host();
              c.jetty.port = config.port();
              c.http.defaultContentType = JSON;
              c.events.handlerAdded(
                  meta -> registered.add(meta.getHttpMethod() + " " + meta.getPath()));
              config
                  .corsOrigin()
                  .ifPresent(
                      origin ->
                          c.routes.before(
                              ctx -> ctx.header("Access-Control-Allow-Origin", origin)));
              for (Endpoint e : endpoints) {
                HandlerType method =
                    e.method() == Endpoint.Method.GET ? HandlerType.GET : HandlerType.POST;
                c.routes.addHttpHandler(method, e.path(), ctx -> serve(e, ctx, store, config));
              }
              c.routes.exception(
                  HttpResponseException.class,
                  (ex, ctx) -> {
                    if (ex.getStatus() == 404) {
                      problem(ctx, Problem.notFound(instance(ctx)));
                    } else {
                      problem(
                          ctx,
                          new Problem(
                              "about:blank",
                              ex.getMessage(),
                              ex.getStatus(),
                              ex.getMessage(),
                              instance(ctx),
                              java.util.Optional.empty(),
                              java.util.Optional.empty()));
                    }
                  });
              c.routes.error(
                  404,
                  ctx -> {
                    String type = ctx.res().getContentType();
                    if (type == null || !type.startsWith(Problem.CONTENT_TYPE)) {
                      problem(ctx, Problem.notFound(instance(ctx)));
                    }
                  });
            });
    app.start();
    return new YesanServer(app, config, List.copyOf(endpoints), registered);
  }

  private static void serve(Endpoint e, Context ctx, FactStore store, ServerConfig config) {
    try {
      Map<String, String> query = new LinkedHashMap<>();
      for (Map.Entry<String, List<String>> q : ctx.queryParamMap().entrySet()) {
        if (!e.accepts(q.getKey())) {
          problem(
              ctx,
              Problem.unknownParameter(
                  q.getKey(),
                  instance(ctx),
                  "unknown query parameter '"
                      + q.getKey()
                      + "'; "
                      + e.path()
                      + " accepts: "
                      + (e.parameters().isEmpty()
                          ? "none"
                          : String.join(
                              ", ", e.parameters().stream().map(QueryParameter::name).toList()))));
          return;
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
      boolean csv = request.wantsCsv();
      Reply reply = e.handler().handle(request);
      if (csv && reply.table().isPresent()) {
        ctx.status(200).contentType(CSV).result(reply.table().get().csv());
      } else {
        ctx.status(200).contentType(JSON).result(bytes(reply.body()));
      }
    } catch (QueryException ex) {
      problem(ctx, Problem.of(ex, instance(ctx)));
    } catch (UnknownDatasetException ex) {
      problem(ctx, Problem.of(ex, instance(ctx)));
    } catch (RuntimeException ex) {
      // The client learns only that it failed; the cause stays in the server's log.
      LOG.error("{} {} failed", ctx.method(), instance(ctx), ex);
      problem(ctx, Problem.internal(instance(ctx)));
    }
  }

  private static String instance(Context ctx) {
    String q = ctx.queryString();
    return ctx.path() + (q == null || q.isEmpty() ? "" : "?" + q);
  }

  private static void problem(Context ctx, Problem p) {
    ctx.status(p.status()).contentType(Problem.CONTENT_TYPE).result(bytes(p.json()));
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

  /** The base URL, e.g. {@code http://127.0.0.1:8080}. */
  public String url() {
    String h = config.host();
    return "http://" + (h.contains(":") ? "[" + h + "]" : h) + ":" + port();
  }

  /** Every endpoint the server answers, in registration order. */
  public List<Endpoint> endpoints() {
    return endpoints;
  }

  /** The routes as Javalin registered them ("GET /api/v1/datasets"), for checking the docs. */
  public List<String> registeredRoutes() {
    return List.copyOf(registered);
  }

  @Override
  public void close() {
    app.stop();
  }
}
