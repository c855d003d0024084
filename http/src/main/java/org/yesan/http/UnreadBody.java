package org.yesan.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads and drops what is left of a request's body before an error answer, so that a client still
 * sending it gets the answer.
 *
 * <p>An HTTP/1.1 client sends the whole body before it reads the response. When the server answers
 * early (a refusal by the gate, an upload over its size) and closes the connection on unread bytes,
 * the peer's kernel resets the connection and the client loses the answer already sent. Reading the
 * rest first lets the answer arrive. A body declared larger than {@link #MAX_DROPPED} is not read
 * at all, and its connection is closed as before; so is one still coming after {@link #MAX_DRAIN},
 * so that a client trickling its body cannot hold a thread for as long as it likes.
 */
final class UnreadBody {

  /** How much of a refused body is read and dropped at most. */
  static final long MAX_DROPPED = 16L * 1024 * 1024;

  /** How long a refused body is read at most. */
  static final java.time.Duration MAX_DRAIN = java.time.Duration.ofSeconds(10);

  private UnreadBody() {}

  static void drop(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    if (declared == 0 || declared > MAX_DROPPED) {
      // nothing to read, or more than would be read: answer at once rather than wait for bytes
      // that a client declaring a huge body may never send
      return;
    }
    try {
      InputStream in = ctx.req().getInputStream();
      byte[] buffer = new byte[64 * 1024];
      long left = MAX_DROPPED;
      long deadline = System.nanoTime() + MAX_DRAIN.toNanos();
      int n;
      while (left > 0
          && System.nanoTime() < deadline
          && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
        left -= n;
      }
    } catch (IOException | RuntimeException e) {
      // the client went away, or the body was already read as parts: nothing is left to drop
    }
  }
}
