package org.yesan.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One operation of the API: its method and path template ({@code {name}} marks a path parameter),
 * what it does, the query parameters it accepts (any other is refused with 400) and its handler.
 *
 * @param listing whether the answer is a table that can also be had as CSV with {@code format=csv}
 * @param consumes the media type a POST body must have (any other is refused with 415)
 */
public record Endpoint(
    Method method,
    String path,
    String operationId,
    String summary,
    List<QueryParameter> parameters,
    boolean listing,
    Optional<String> consumes,
    EndpointHandler handler) {

  /** The HTTP methods an endpoint may answer. */
  public enum Method {
    GET,
    POST
  }

  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([a-z_]+)\\}");

  public Endpoint {
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("endpoint path must start with '/', found " + path);
    }
    parameters = List.copyOf(parameters);
    if (consumes.isPresent() != (method == Method.POST)) {
      throw new IllegalArgumentException(
          path + ": a POST endpoint names the media type it reads, a GET endpoint none");
    }
    if (listing && parameters.stream().noneMatch(p -> p.name().equals(QueryParameter.FORMAT))) {
      List<QueryParameter> withFormat = new ArrayList<>(parameters);
      withFormat.add(QueryParameter.format());
      parameters = List.copyOf(withFormat);
    }
  }

  /** A GET endpoint answering JSON only. */
  public static Endpoint get(
      String path,
      String operationId,
      String summary,
      List<QueryParameter> parameters,
      EndpointHandler handler) {
    return new Endpoint(
        Method.GET, path, operationId, summary, parameters, false, Optional.empty(), handler);
  }

  /** A GET endpoint whose answer is a table, as JSON or, with {@code format=csv}, as CSV. */
  public static Endpoint listing(
      String path,
      String operationId,
      String summary,
      List<QueryParameter> parameters,
      EndpointHandler handler) {
    return new Endpoint(
        Method.GET, path, operationId, summary, parameters, true, Optional.empty(), handler);
  }

  /** A POST endpoint whose body must be of media type {@code consumes}, answering JSON. */
  public static Endpoint post(
      String path,
      String operationId,
      String summary,
      List<QueryParameter> parameters,
      String consumes,
      EndpointHandler handler) {
    return new Endpoint(
        Method.POST, path, operationId, summary, parameters, false, Optional.of(consumes), handler);
  }

  /** The names of the path parameters, in order. */
  public List<String> pathParameters() {
    List<String> out = new ArrayList<>();
    Matcher m = PATH_PARAMETER.matcher(path);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  public boolean accepts(String queryParameter) {
    return parameters.stream().anyMatch(p -> p.name().equals(queryParameter));
  }
}
