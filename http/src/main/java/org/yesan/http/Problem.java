package org.yesan.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.yesan.failure.YesanException;
import org.yesan.query.QueryException;
import org.yesan.store.UnknownDatasetException;
import org.yesan.store.sql.StoreUnavailableException;

/**
 * An RFC 9457 problem detail: what went wrong with a request, for {@code application/problem+json};
 * query errors also name the parameter and the 1-based position in it.
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    Optional<String> parameter,
    Optional<Integer> position) {

  public static final String CONTENT_TYPE = "application/problem+json";

  public static final String BAD_QUERY = "urn:yesan:problem:bad-query";
  public static final String BAD_INPUT = "urn:yesan:problem:bad-input";
  public static final String UNKNOWN_DATASET = "urn:yesan:problem:unknown-dataset";
  public static final String UNKNOWN_PARAMETER = "urn:yesan:problem:unknown-parameter";
  public static final String NOT_FOUND = "urn:yesan:problem:not-found";
  public static final String STORE_BUSY = "urn:yesan:problem:store-busy";
  public static final String INVALID_DATA = "urn:yesan:problem:invalid-data";
  public static final String INTERNAL = "urn:yesan:problem:internal-error";
  public static final String STORE_UNAVAILABLE = "urn:yesan:problem:store-unavailable";
  public static final String STATEMENT_TIMEOUT = "urn:yesan:problem:statement-timeout";

  /** The problem for a typed failure: the one place where a failure's kind becomes a status. */
  public static Problem of(YesanException e, String instance) {
    if (e instanceof QueryException q) {
      return new Problem(
          BAD_QUERY,
          "Bad query",
          400,
          detail(q),
          instance,
          Optional.of(q.parameter()),
          Optional.of(q.position()));
    }
    if (e instanceof StoreUnavailableException u) {
      // the cause names the database server; the client learns when to come back, not where
      return u.reason() == StoreUnavailableException.Reason.TIMED_OUT
          ? simple(
              STATEMENT_TIMEOUT,
              "Query timed out",
              504,
              "the query ran longer than this server allows and was cancelled; narrow it (fewer"
                  + " levels, a cut) or try again later",
              instance)
          : simple(
              STORE_UNAVAILABLE,
              "Store unavailable",
              503,
              "the store's database cannot be reached right now; try again shortly",
              instance);
    }
    return switch (e.kind()) {
      case QUERY -> simple(BAD_QUERY, "Bad query", 400, e.getMessage(), instance);
      case INPUT -> simple(BAD_INPUT, "Bad input", 400, e.getMessage(), instance);
      case NOT_FOUND ->
          e instanceof UnknownDatasetException
              ? simple(UNKNOWN_DATASET, "Unknown dataset", 404, e.getMessage(), instance)
              : simple(NOT_FOUND, "Not found", 404, e.getMessage(), instance);
      case BUSY -> simple(STORE_BUSY, "Store busy", 503, e.getMessage(), instance);
      case INVALID -> simple(INVALID_DATA, "Data failed validation", 422, e.getMessage(), instance);
      // A store failure's message names files and SQL; the client learns only that it failed.
      case STORE -> internal(instance);
    };
  }

  /** The exception's message without the parameter and position, which have fields of their own. */
  static String detail(QueryException e) {
    String prefix = e.parameter() + (e.position() > 0 ? " at " + e.position() : "") + ": ";
    return e.getMessage().startsWith(prefix)
        ? e.getMessage().substring(prefix.length())
        : e.getMessage();
  }

  public static Problem unknownParameter(String name, String instance, String detail) {
    return new Problem(
        UNKNOWN_PARAMETER,
        "Unknown query parameter",
        400,
        detail,
        instance,
        Optional.of(name),
        Optional.of(0));
  }

  public static Problem notFound(String instance) {
    return simple(
        NOT_FOUND,
        "Not found",
        404,
        "no such resource; the API is described at /api/v1/openapi.json",
        instance);
  }

  public static Problem internal(String instance) {
    return simple(
        INTERNAL,
        "Internal server error",
        500,
        "the server failed to answer; the error is logged on the server",
        instance);
  }

  /**
   * A problem of plain HTTP (a refused method, a body or header too large, a malformed request):
   * type {@code about:blank}, the status's own phrase as title, as RFC 9457 asks.
   */
  public static Problem http(int status, String detail, String instance) {
    return simple("about:blank", reason(status), status, detail, instance);
  }

  private static Problem simple(
      String type, String title, int status, String detail, String instance) {
    return new Problem(type, title, status, detail, instance, Optional.empty(), Optional.empty());
  }

  /** The reason phrase of an HTTP status (RFC 9110 names). */
  static String reason(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 408 -> "Request Timeout";
      case 413 -> "Content Too Large";
      case 414 -> "URI Too Long";
      case 409 -> "Conflict";
      case 415 -> "Unsupported Media Type";
      case 429 -> "Too Many Requests";
      case 431 -> "Request Header Fields Too Large";
      case 500 -> "Internal Server Error";
      case 501 -> "Not Implemented";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      case 505 -> "HTTP Version Not Supported";
      default -> "HTTP " + status;
    };
  }

  public ObjectNode json() {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("type", type);
    o.put("title", title);
    o.put("status", status);
    o.put("detail", detail);
    o.put("instance", instance);
    parameter.ifPresent(p -> o.put("parameter", p));
    position.ifPresent(p -> o.put("position", p));
    return o;
  }

  /** The problem as the UTF-8 JSON body of a response. */
  public byte[] bytes() {
    try {
      return YesanServer.MAPPER.writeValueAsString(json()).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
