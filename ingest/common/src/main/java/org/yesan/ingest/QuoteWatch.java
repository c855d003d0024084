package org.yesan.ingest;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Follows the text a CSV parser reads, as RFC 4180 quotes it, so that a file which ends inside a
 * quoted field can be told apart from a whole one: lenient parsers return such a field cut short.
 */
final class QuoteWatch extends FilterReader {

  private final char separator;
  private final char quote;
  private boolean fieldStart = true;
  private boolean quoted;
  // A quote seen inside a quoted field: it closes the field unless another quote follows.
  private boolean pendingQuote;

  QuoteWatch(Reader in, char separator, char quote) {
    super(in);
    this.separator = separator;
    this.quote = quote;
  }

  /** Whether the text read so far ends inside a quoted field. */
  boolean endsInsideQuotes() {
    return quoted && !pendingQuote;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      see((char) c);
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    for (int i = offset; i < offset + n; i++) {
      see(buffer[i]);
    }
    return n;
  }

  private void see(char c) {
    if (quoted) {
      if (pendingQuote) {
        pendingQuote = false;
        if (c == quote) {
          return;
        }
        quoted = false;
      } else {
        if (c == quote) {
          pendingQuote = true;
        }
        return;
      }
    }
    if (c == quote && fieldStart) {
      quoted = true;
      fieldStart = false;
    } else {
      fieldStart = c == separator || c == '\n' || c == '\r';
    }
  }
}
