package org.yesan.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.yesan.http.StaticSite;

/**
 * The dashboard's files, read from the class path: the pages and modules under {@code
 * org/yesan/web/static/} and ECharts from its WebJar. Nothing is fetched from the network.
 *
 * <p>Found by {@link org.yesan.http.YesanServer} through {@code
 * META-INF/services/org.yesan.http.StaticSite}.
 */
public final class StaticAssets implements StaticSite {

  static final String ROOT = "org/yesan/web/static/";
  static final String ECHARTS_VERSION = "5.5.0";
  static final String ECHARTS = "echarts.esm.min.js";
  private static final String ECHARTS_RESOURCE =
      "META-INF/resources/webjars/echarts/" + ECHARTS_VERSION + "/" + ECHARTS;

  // Letters, digits, '-', '_' and '.', one folder deep at most: no '..', no absolute paths.
  private static final Pattern SAFE = Pattern.compile("(?:[a-z0-9_-]+/)?[a-zA-Z0-9_.-]+\\.[a-z]+");

  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "svg", "image/svg+xml",
          "png", "image/png",
          "json", "application/json");

  private final Map<String, Asset> cache = new ConcurrentHashMap<>();

  @Override
  public Optional<Asset> find(String path) {
    if (!SAFE.matcher(path).matches() || path.contains("..")) {
      return Optional.empty();
    }
    String type = TYPES.get(path.substring(path.lastIndexOf('.') + 1));
    if (type == null) {
      return Optional.empty();
    }
    String resource = path.equals(ECHARTS) ? ECHARTS_RESOURCE : ROOT + path;
    Asset cached = cache.get(resource);
    if (cached != null) {
      return Optional.of(cached);
    }
    try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return Optional.empty();
      }
      Asset a = new Asset(in.readAllBytes(), type);
      cache.put(resource, a);
      return Optional.of(a);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page every view is drawn in. */
  @Override
  public Asset index() {
    return find("index.html")
        .orElseThrow(() -> new IllegalStateException("index.html is missing from the class path"));
  }
}
