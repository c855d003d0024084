package org.yesan.http;

import java.util.Map;
import java.util.Optional;
import org.yesan.app.table.ExportFormat;
import org.yesan.model.DatasetInfo;
import org.yesan.query.Cuts;
import org.yesan.query.Dimensions;
import org.yesan.query.Drilldown;
import org.yesan.query.Order;
import org.yesan.query.Page;
import org.yesan.query.QueryException;
import org.yesan.store.FactStore;

/**
 * One request as an endpoint sees it: its path parameters, the query parameters the endpoint
 * declared (each given at most once), the store and the server's configuration.
 */
public final class ApiRequest {

  private final Endpoint endpoint;
  private final Map<String, String> path;
  private final Map<String, String> query;
  private final String body;
  private final FactStore store;
  private final ServerConfig config;

  public ApiRequest(
      Endpoint endpoint,
      Map<String, String> path,
      Map<String, String> query,
      String body,
      FactStore store,
      ServerConfig config) {
    this.endpoint = endpoint;
    this.path = Map.copyOf(path);
    this.query = Map.copyOf(query);
    this.body = body;
    this.store = store;
    this.config = config;
  }

  public Endpoint endpoint() {
    return endpoint;
  }

  public FactStore store() {
    return store;
  }

  public ServerConfig config() {
    return config;
  }

  public String body() {
    return body;
  }

  /** A path parameter of the endpoint's template. */
  public String path(String name) {
    String v = path.get(name);
    if (v == null) {
      throw new IllegalStateException(endpoint.path() + " has no path parameter " + name);
    }
    return v;
  }

  /**
   * A query parameter's value, if given; reading one the endpoint did not declare is a programming
   * error, so that the OpenAPI document always lists what handlers read.
   */
  public Optional<String> query(String name) {
    if (!endpoint.accepts(name)) {
      throw new IllegalStateException(
          endpoint.path() + " does not declare query parameter " + name);
    }
    return Optional.ofNullable(query.get(name));
  }

  /** The dataset named by the {@code name} path parameter, or an UnknownDatasetException. */
  public DatasetInfo dataset() {
    return store.require(path("name"));
  }

  public Drilldown drilldown() {
    return Drilldown.parse(query(Drilldown.PARAMETER).orElse(""));
  }

  public Cuts cuts(DatasetInfo dataset) {
    return Cuts.parse(query(Cuts.PARAMETER).orElse(""), new Dimensions(dataset));
  }

  public Order order() {
    return Order.parse(query(Order.PARAMETER).orElse(""));
  }

  /** A whole number parameter; text that is not one is a 400 naming the parameter. */
  public Optional<Integer> integer(String name) {
    Optional<String> text = query(name);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String t = text.get().strip();
    if (!t.matches("-?\\d{1,9}")) {
      throw new QueryException(name, 0, "expected a whole number, found '" + text.get() + "'");
    }
    return Optional.of(Integer.parseInt(t));
  }

  /** A {@code true}/{@code false} parameter; false when absent, anything else a 400. */
  public boolean flag(String name) {
    String v = query(name).orElse("false").strip();
    return switch (v) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new QueryException(name, 0, "expected true or false, found '" + v + "'");
    };
  }

  /**
   * The page asked for with {@code page} (from 1) and {@code pagesize} (default and ceiling: the
   * server's max page size; larger is refused, not cut down).
   */
  public Page page() {
    int number = integer("page").orElse(1);
    int size = integer("pagesize").orElse(config.maxPageSize());
    if (size > config.maxPageSize()) {
      throw new QueryException(
          "pagesize",
          0,
          "page size must be between 1 and " + config.maxPageSize() + ", found " + size);
    }
    return new Page(number, size);
  }

  /**
   * The file format asked for with {@code format=csv|xlsx|parquet}; empty for JSON, the default.
   */
  public Optional<ExportFormat> exportFormat() {
    if (!endpoint.accepts(QueryParameter.FORMAT)) {
      return Optional.empty();
    }
    String f = query(QueryParameter.FORMAT).orElse("json").strip();
    if (f.equals("json")) {
      return Optional.empty();
    }
    Optional<ExportFormat> format = ExportFormat.ofName(f).filter(x -> x != ExportFormat.JSON);
    if (format.isEmpty()) {
      throw new QueryException(
          QueryParameter.FORMAT, 0, "expected json, csv, xlsx or parquet, found '" + f + "'");
    }
    return format;
  }
}
