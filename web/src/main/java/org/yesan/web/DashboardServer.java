package org.yesan.web;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yesan.http.Routes;
import org.yesan.http.ServerConfig;
import org.yesan.http.YesanServer;
import org.yesan.store.FactStore;

/**
 * The dashboard and the whole API on one port: {@code /} and {@code /static/…} serve the page and
 * its modules from the class path, {@code POST /export/xlsx} turns a shown table into a workbook,
 * and every {@code /api/…} request is answered by a {@link YesanServer} that carries the
 * dashboard's own endpoints ({@link #routes()}) beside the built-in ones.
 *
 * <p>The YesanServer listens on a free loopback port and this server forwards {@code /api/…} to it
 * unchanged (status, content type, body), because YesanServer offers no hook for static files or
 * binary downloads; with such a hook the forwarding goes away and nothing else changes.
 */
public final class DashboardServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(DashboardServer.class);
  private static final String PROBLEM = "application/problem+json";

  private final Javalin front;
  private final YesanServer api;
  private final ServerConfig config;

  private DashboardServer(Javalin front, YesanServer api, ServerConfig config) {
    this.front = front;
    this.api = api;
    this.config = config;
  }

  /** The endpoints the dashboard adds to the API: series, themes, search, labels, claim check. */
  public static List<Routes> routes() {
    return List.of(
        new SeriesRoutes(),
        new LinkedSeriesRoutes(),
        new ThemeRoutes(),
        new SearchRoutes(),
        new ClaimRoutes(),
        new TargetRoutes());
  }

  /** Starts the API (with {@link #routes()}) and the dashboard in front of it on {@code config}. */
  public static DashboardServer start(FactStore store, ServerConfig config) {
    YesanServer api =
        YesanServer.start(
            store,
            new ServerConfig(0, "127.0.0.1", config.corsOrigin(), config.maxPageSize()),
            routes());
    try {
      StaticAssets assets = new StaticAssets();
      XlsxExport xlsx = new XlsxExport();
      HttpClient client =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(5))
              .build();
      String apiUrl = api.url();
      Javalin front =
          Javalin.create(
              c -> {
                c.startup.showJavalinBanner = false;
                c.startup.showOldJavalinVersionWarning = false;
                c.jetty.host = config.host();
                c.jetty.port = config.port();
                c.routes.addHttpHandler(HandlerType.GET, "/", ctx -> page(ctx, assets));
                c.routes.addHttpHandler(HandlerType.GET, "/index.html", ctx -> page(ctx, assets));
                c.routes.addHttpHandler(
                    HandlerType.GET,
                    "/static/<asset>",
                    ctx -> {
                      Optional<StaticAssets.Asset> a = assets.find(ctx.pathParam("asset"));
                      if (a.isEmpty()) {
                        notFound(ctx);
                        return;
                      }
                      ctx.header("Cache-Control", "no-cache");
                      ctx.contentType(a.get().contentType()).result(a.get().bytes());
                    });
                c.routes.addHttpHandler(
                    HandlerType.POST, "/export/xlsx", ctx -> workbook(ctx, xlsx));
                for (HandlerType m : List.of(HandlerType.GET, HandlerType.POST)) {
                  c.routes.addHttpHandler(m, "/api/<rest>", ctx -> forward(ctx, client, apiUrl));
                }
                c.routes.error(
                    404,
                    ctx -> {
                      if (ctx.res().getContentType() == null) {
                        notFound(ctx);
                      }
                    });
              });
      front.start();
      return new DashboardServer(front, api, config);
    } catch (RuntimeException e) {
      api.close();
      throw e;
    }
  }

  private static void page(Context ctx, StaticAssets assets) {
    StaticAssets.Asset index = assets.index();
    ctx.header("Cache-Control", "no-cache");
    ctx.contentType(index.contentType()).result(index.bytes());
  }

  private static void workbook(Context ctx, XlsxExport xlsx) {
    ShownTable table;
    try {
      table = ShownTable.parse(ctx.body());
    } catch (IllegalArgumentException e) {
      problem(ctx, 400, "Bad table", e.getMessage());
      return;
    }
    String file = table.title().replaceAll("[^\\p{L}\\p{N}._-]+", "_") + ".xlsx";
    ctx.header(
        "Content-Disposition",
        "attachment; filename=\"yesan.xlsx\"; filename*=UTF-8''"
            + java.net.URLEncoder.encode(file, StandardCharsets.UTF_8).replace("+", "%20"));
    ctx.contentType(XlsxExport.CONTENT_TYPE).result(xlsx.workbook(table));
  }

  private static void forward(Context ctx, HttpClient client, String apiUrl) {
    String q = ctx.queryString();
    URI target = URI.create(apiUrl + ctx.path() + (q == null || q.isEmpty() ? "" : "?" + q));
    HttpRequest.Builder b = HttpRequest.newBuilder(target).timeout(Duration.ofMinutes(5));
    String type = ctx.contentType();
    if (type != null) {
      b.header("Content-Type", type);
    }
    if (ctx.method() == HandlerType.POST) {
      b.POST(HttpRequest.BodyPublishers.ofByteArray(ctx.bodyAsBytes()));
    } else {
      b.GET();
    }
    try {
      HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      ctx.status(r.statusCode());
      r.headers().firstValue("Content-Type").ifPresent(ctx::contentType);
      r.headers()
          .firstValue("Access-Control-Allow-Origin")
          .ifPresent(v -> ctx.header("Access-Control-Allow-Origin", v));
      ctx.result(r.body());
    } catch (IOException e) {
      LOG.error("forwarding {} failed", target, e);
      problem(ctx, 502, "API unreachable", "the API server did not answer");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      problem(ctx, 503, "Interrupted", "the server is stopping");
    }
  }

  private static void notFound(Context ctx) {
    problem(ctx, 404, "Not Found", "no such page or file: " + ctx.path());
  }

  private static void problem(Context ctx, int status, String title, String detail) {
    String json =
        "{\"type\":\"about:blank\",\"title\":"
            + quoted(title)
            + ",\"status\":"
            + status
            + ",\"detail\":"
            + quoted(detail)
            + ",\"instance\":"
            + quoted(ctx.path())
            + "}";
    ctx.status(status).contentType(PROBLEM).result(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String quoted(String s) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
  }

  /** The port the dashboard listens on (the one picked when the configured port was 0). */
  public int port() {
    return front.port();
  }

  /** The dashboard's address, e.g. {@code http://127.0.0.1:8080/}. */
  public String url() {
    String h = config.host();
    return "http://" + (h.contains(":") ? "[" + h + "]" : h) + ":" + port() + "/";
  }

  /** The API server behind the dashboard, for its endpoint list and OpenAPI document. */
  public YesanServer api() {
    return api;
  }

  @Override
  public void close() {
    try {
      front.stop();
    } finally {
      api.close();
    }
  }
}
