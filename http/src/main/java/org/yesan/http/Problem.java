package org.yesan.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.yesan.query.QueryException;
import org.yesan.store.UnknownDatasetException;

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
  public static final String UNKNOWN_DATASET = "urn:yesan:problem:unknown-dataset";
  public static final String UNKNOWN_PARAMETER = "urn:yesan:problem:unknown-parameter";
  public static final String NOT_FOUND = "urn:yesan:problem:not-found";
  public static final String INTERNAL = "urn:yesan:problem:internal-error";

  public static Problem of(QueryException e, String instance) {
    return new Problem(
        BAD_QUERY,
        "Bad query",
        400,
        detail(e),
        instance,
        Optional.of(e.parameter()),
        Optional.of(e.position()));
  }

  /** The exception's message without the parameter and position, which have fields of their own. */
  static String detail(QueryException e) {
    String prefix = e.parameter() + (e.position() > 0 ? " at " + e.position() : "") + ": ";
    return e.getMessage().startsWith(prefix)
        ? e.getMessage().substring(prefix.length())
        : e.getMessage();
  }

  public static Problem of(UnknownDatasetException e, String instance) {
    return new Problem(
        UNKNOWN_DATASET,
        "Unknown dataset",
        404,
        e.getMessage(),
        instance,
        Optional.empty(),
        Optional.empty());
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
    return new Problem(
        NOT_FOUND,
        "Not found",
        404,
        "no such resource; the API is described at /api/v1/openapi.json",
        instance,
        Optional.empty(),
        Optional.empty());
  }

  public static Problem internal(String instance) {
    return new Problem(
        INTERNAL,
        "Internal server error",
        500,
        "the server failed to answer; the error is logged on the server",
        instance,
        Optional.empty(),
        Optional.empty());
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
}
