package org.yesan.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Sends a request exactly as written over a socket, for what Java's HTTP client refuses to send: a
 * raw '|' or '"' in the query, unknown methods, oversized lines and headers.
 */
record RawHttp(int status, Map<String, String> headers, String body) {

  Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
  }

  static RawHttp send(int port, String request) {
    return send(port, request.getBytes(StandardCharsets.UTF_8));
  }

  static RawHttp send(int port, byte[] request) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(request);
      out.flush();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      InputStream in = socket.getInputStream();
      byte[] buf = new byte[8192];
      int n;
      try {
        while ((n = in.read(buf)) > 0) {
          all.write(buf, 0, n);
        }
      } catch (java.net.SocketException e) {
        // the server may reset the connection after answering an oversized request
      }
      return parse(all.toString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static RawHttp parse(String response) {
    int end = response.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new IllegalStateException("no complete answer: " + response);
    }
    String[] lines = response.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(
          lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).strip());
    }
    String body = response.substring(end + 4);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = unchunked(body);
    }
    return new RawHttp(status, headers, body);
  }

  private static String unchunked(String body) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (true) {
      int eol = body.indexOf("\r\n", at);
      int size = Integer.parseInt(body.substring(at, eol).strip(), 16);
      if (size == 0) {
        return out.toString();
      }
      // sizes count bytes; the answers read here are ASCII JSON
      out.append(body, eol + 2, eol + 2 + size);
      at = eol + 2 + size + 2;
    }
  }
}
