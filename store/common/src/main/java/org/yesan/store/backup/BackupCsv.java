package org.yesan.store.backup;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The CSV of a backup's tables (RFC 4180): every value quoted, so that an empty unquoted field can
 * mean SQL NULL and an empty string stays an empty string; numbers as exact decimal text.
 */
final class BackupCsv {

  private BackupCsv() {}

  static void writeRow(Writer out, List<Optional<String>> values) throws IOException {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      Optional<String> v = values.get(i);
      if (v.isPresent()) {
        out.write('"');
        out.write(v.get().replace("\"", "\"\""));
        out.write('"');
      }
    }
    out.write("\r\n");
  }

  /** Reads rows one at a time from a table's CSV. */
  static final class RowReader {
    private final Reader in;
    private final String entry;
    private long line = 1;
    private int peeked = -2;

    RowReader(Reader in, String entry) {
      this.in = in;
      this.entry = entry;
    }

    private int read() throws IOException {
      if (peeked != -2) {
        int c = peeked;
        peeked = -2;
        return c;
      }
      return in.read();
    }

    private int peek() throws IOException {
      if (peeked == -2) {
        peeked = in.read();
      }
      return peeked;
    }

    long line() {
      return line;
    }

    /** The next row, or empty at the end of the entry. */
    Optional<List<Optional<String>>> next() throws IOException {
      if (peek() == -1) {
        return Optional.empty();
      }
      List<Optional<String>> row = new ArrayList<>();
      while (true) {
        int c = read();
        if (c == '"') {
          StringBuilder v = new StringBuilder();
          while (true) {
            int d = read();
            if (d == -1) {
              throw broken("a closing quote", "the end of the entry");
            }
            if (d == '"') {
              if (peek() == '"') {
                read();
                v.append('"');
                continue;
              }
              break;
            }
            if (d == '\n') {
              line++;
            }
            v.append((char) d);
          }
          row.add(Optional.of(v.toString()));
          c = read();
        } else {
          row.add(Optional.empty());
        }
        if (c == ',') {
          continue;
        }
        if (c == '\r' && read() == '\n') {
          line++;
          return Optional.of(row);
        }
        throw broken(
            "',' or the end of the row", c == -1 ? "the end of the entry" : "'" + (char) c + "'");
      }
    }

    BackupException broken(String expected, String found) {
      return new BackupException(
          entry + ":" + line + ": expected " + expected + ", found " + found);
    }
  }
}
