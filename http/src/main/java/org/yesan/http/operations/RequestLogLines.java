package org.yesan.http.operations;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;
import org.yesan.http.auth.Gate;
import org.yesan.http.auth.TrustedProxies;

/**
 * One JSON line per request: time, method, path, status, duration, bytes sent, client address and
 * request id. The query string and headers are never written, so neither a token nor a secret in a
 * query reaches the log.
 */
public final class RequestLogLines implements RequestLog, AutoCloseable {

  /** The header that carries a request's id, taken from the client when sane, else made here. */
  public static final String REQUEST_ID = "X-Request-Id";

  private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  private static final JsonFactory JSON = new JsonFactory();

  private final OutputStream out;
  private final boolean ownsStream;
  private final TrustedProxies proxies;

  private RequestLogLines(OutputStream out, boolean ownsStream, TrustedProxies proxies) {
    this.out = out;
    this.ownsStream = ownsStream;
    this.proxies = proxies;
  }

  /** Appends to {@code file}, or writes to standard output for {@code -}. */
  public static RequestLogLines open(Path file) {
    return open(file, TrustedProxies.NONE);
  }

  /**
   * Appends to {@code file} (standard output for {@code -}), naming the client as the audit log
   * does: behind one of {@code proxies}, by the address the proxy forwarded.
   */
  public static RequestLogLines open(Path file, TrustedProxies proxies) {
    if (file.equals(OperationsConfig.STANDARD_OUTPUT)) {
      return new RequestLogLines(System.out, false, proxies);
    }
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      return new RequestLogLines(
          Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND),
          true,
          proxies);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the request log " + file, e);
    }
  }

  /** The id a request goes by: the client's own if it sent a sane one, else a new one. */
  public static String requestId(String fromClient) {
    return fromClient != null && SANE_ID.matcher(fromClient).matches()
        ? fromClient
        : UUID.randomUUID().toString();
  }

  @Override
  public void log(Request request, Response response) {
    String id = response.getHeaders().get(REQUEST_ID);
    StringWriter line = new StringWriter(256);
    try (JsonGenerator g = JSON.createGenerator(line)) {
      g.writeStartObject();
      g.writeStringField("time", Instant.ofEpochMilli(Request.getTimeStamp(request)).toString());
      g.writeStringField("method", request.getMethod());
      g.writeStringField("path", request.getHttpURI().getPath());
      g.writeNumberField("status", response.getStatus());
      g.writeNumberField(
          "duration_ms", (System.nanoTime() - request.getBeginNanoTime()) / 1_000_000.0);
      g.writeNumberField("bytes", Response.getContentBytesWritten(response));
      g.writeStringField(
          "client",
          Gate.client(
              proxies, Request.getRemoteAddr(request), h -> request.getHeaders().getValuesList(h)));
      g.writeStringField("request_id", id != null ? id : request.getId());
      g.writeEndObject();
    } catch (IOException e) {
      return; // a line that cannot be formed is dropped, never the request
    }
    byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
    synchronized (out) {
      try {
        out.write(bytes);
        out.flush();
      } catch (IOException e) {
        // a full disk must not fail requests; the log says nothing more for them
      }
    }
  }

  @Override
  public void close() {
    if (ownsStream) {
      try {
        out.close();
      } catch (IOException e) {
        // nothing more will be written
      }
    }
  }
}
