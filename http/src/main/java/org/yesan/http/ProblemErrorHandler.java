package org.yesan.http;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the errors Jetty raises before a route runs (a malformed request line, a URI or headers
 * too large, bad encoding) as problem JSON, so that no answer of the server is HTML or plain text.
 */
final class ProblemErrorHandler extends ErrorHandler {

  /** Longer request targets are cut in {@code instance}: a 414 is about a target too long. */
  private static final int MAX_INSTANCE = 200;

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus() >= 400 ? response.getStatus() : 500;
    Object code = request.getAttribute(ERROR_STATUS);
    if (code instanceof Integer i && i >= 400) {
      status = i;
    }
    Object message = request.getAttribute(ERROR_MESSAGE);
    Problem p = problem(status, message == null ? null : message.toString(), request.getHttpURI());
    response.setStatus(status);
    HttpFields.Mutable headers = response.getHeaders();
    headers.put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
    SecurityHeaders.API.forEach(headers::put);
    response.write(true, ByteBuffer.wrap(p.bytes()), callback);
    return true;
  }

  private static Problem problem(int status, String message, HttpURI uri) {
    String instance = uri == null || uri.getPath() == null ? "" : uri.getPath();
    if (instance.length() > MAX_INSTANCE) {
      instance = instance.substring(0, MAX_INSTANCE) + "…";
    }
    return Problem.http(status, detail(status, message), instance);
  }

  /** What went wrong in words a client can act on; Jetty's own reason is kept when it has one. */
  private static String detail(int status, String message) {
    String reason = message == null || message.isBlank() ? "" : " (" + message + ")";
    return switch (status) {
      case 400 -> "the request could not be read" + reason;
      case 413 -> "the request body is larger than the server accepts" + reason;
      case 414 -> "the request target is longer than the server accepts" + reason;
      case 431 -> "the request headers are larger than the server accepts" + reason;
      case 404 -> "no such resource; the API is described at /api/v1/openapi.json";
      default -> Problem.reason(status) + reason;
    };
  }
}
