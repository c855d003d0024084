package org.yesan.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the server checks of a request before its route runs (unknown parameters, body size and
 * media type), and how it sends a download.
 */
final class RequestChecks {

  private RequestChecks() {}

  /** An unknown query parameter (400) or a body of the wrong media type (415), if either. */
  static Optional<Problem> refusal(Endpoint e, Context ctx) {
    Set<String> names;
    try {
      names = ctx.queryParamMap().keySet();
    } catch (IllegalArgumentException ex) {
      return Optional.of(
          Problem.http(
              400,
              "the query string is not valid percent-encoded UTF-8 (" + ex.getMessage() + ")",
              YesanServer.instance(ctx)));
    }
    for (String name : names) {
      if (!e.accepts(name)) {
        return Optional.of(
            Problem.unknownParameter(
                name,
                YesanServer.instance(ctx),
                "unknown query parameter '"
                    + name
                    + "'; "
                    + e.path()
                    + " accepts: "
                    + (e.parameters().isEmpty()
                        ? "none"
                        : String.join(
                            ", ", e.parameters().stream().map(QueryParameter::name).toList()))));
      }
    }
    if (e.consumes().isEmpty()) {
      return Optional.empty();
    }
    if (ctx.req().getContentLengthLong() > YesanServer.MAX_BODY_BYTES) {
      return Optional.of(
          Problem.http(
              413,
              "the request body is larger than the server accepts ("
                  + YesanServer.MAX_BODY_BYTES
                  + " bytes)",
              YesanServer.instance(ctx)));
    }
    String expected = e.consumes().get();
    String given = Optional.ofNullable(ctx.contentType()).orElse("");
    String type = given.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    String charset =
        given.toLowerCase(Locale.ROOT).replaceAll(".*charset=\"?([a-z0-9_-]+)\"?.*", "$1");
    boolean utf8 = !given.toLowerCase(Locale.ROOT).contains("charset=") || charset.equals("utf-8");
    if (type.equals(expected) && utf8) {
      return Optional.empty();
    }
    return Optional.of(
        Problem.http(
            415,
            "expected a body of Content-Type "
                + expected
                + "; charset=utf-8, found "
                + (given.isBlank() ? "none" : given),
            YesanServer.instance(ctx)));
  }

  /** A download's name: the dataset, if the path names one, and the operation. */
  static String fileName(Endpoint e, Map<String, String> path) {
    return Optional.ofNullable(path.get("name")).map(n -> n + "-").orElse("yesan-")
        + e.operationId();
  }

  static void download(Context ctx, Reply.Download file) {
    String fallback =
        file.fileName().replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^_+$", "yesan");
    ctx.status(200);
    // a binary file has no charset; the servlet would otherwise append the default one
    ctx.res().setCharacterEncoding(null);
    ctx.res().setContentType(file.contentType());
    ctx.header(
        "Content-Disposition",
        "attachment; filename=\""
            + fallback
            + "\"; filename*=UTF-8''"
            + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
    try (OutputStream out = ctx.outputStream()) {
      file.body().writeTo(out);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
