package org.yesan.store.postgresql;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Optional;
import org.postgresql.copy.CopyIn;

/**
 * Rows written in the text format of {@code COPY … FROM STDIN} and sent to the server in large
 * blocks: tab between columns, {@code \N} for a missing value, backslash escapes in text.
 */
final class CopyText {

  private static final int FLUSH_CHARS = 1 << 20;

  private final CopyIn copy;
  private final StringBuilder buffer = new StringBuilder(FLUSH_CHARS + 4096);
  private boolean rowStarted;

  CopyText(CopyIn copy) {
    this.copy = copy;
  }

  CopyText add(long value) {
    separate();
    buffer.append(value);
    return this;
  }

  CopyText add(java.math.BigDecimal value) {
    separate();
    buffer.append(value.toPlainString());
    return this;
  }

  CopyText add(Optional<String> value) {
    return value.isPresent() ? add(value.get()) : addMissing();
  }

  CopyText addMissing() {
    separate();
    buffer.append("\\N");
    return this;
  }

  CopyText add(String text) {
    separate();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> buffer.append("\\\\");
        case '\t' -> buffer.append("\\t");
        case '\n' -> buffer.append("\\n");
        case '\r' -> buffer.append("\\r");
        default -> buffer.append(c);
      }
    }
    return this;
  }

  void endRow() throws SQLException {
    buffer.append('\n');
    rowStarted = false;
    if (buffer.length() >= FLUSH_CHARS) {
      flush();
    }
  }

  private void separate() {
    if (rowStarted) {
      buffer.append('\t');
    }
    rowStarted = true;
  }

  private void flush() throws SQLException {
    byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
    copy.writeToCopy(bytes, 0, bytes.length);
    buffer.setLength(0);
  }

  /** Sends what is left and ends the copy; returns the rows the server took. */
  long finish() throws SQLException {
    flush();
    return copy.endCopy();
  }

  /** Abandons the copy after a failure; the transaction is rolled back by the caller. */
  void cancel() {
    try {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    } catch (SQLException e) {
      // The connection reports its state on the rollback that follows.
    }
  }
}
