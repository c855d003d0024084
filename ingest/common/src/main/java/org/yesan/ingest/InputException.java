package org.yesan.ingest;

import java.nio.file.Path;
import org.yesan.failure.YesanException;

/**
 * Bad input, located: the file, the 1-based line and column (0 when not known), what was expected
 * and what was found. Its message reads {@code FILE:LINE:COLUMN: expected …, found …}.
 */
public final class InputException extends YesanException {

  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final long line;
  private final int column;
  private final String expected;
  private final String found;

  public InputException(Path file, long line, int column, String expected, String found) {
    this(file, line, column, expected, found, null);
  }

  public InputException(
      Path file, long line, int column, String expected, String found, Throwable cause) {
    super(format(file, line, column, expected, found), cause);
    this.file = file;
    this.line = line;
    this.column = column;
    this.expected = expected;
    this.found = found;
  }

  private static String format(Path file, long line, int column, String expected, String found) {
    StringBuilder b = new StringBuilder(String.valueOf(file));
    if (line > 0) {
      b.append(':').append(line);
      if (column > 0) {
        b.append(':').append(column);
      }
    }
    return b.append(": expected ").append(expected).append(", found ").append(found).toString();
  }

  public Path file() {
    return file;
  }

  public long line() {
    return line;
  }

  public int column() {
    return column;
  }

  public String expected() {
    return expected;
  }

  public String found() {
    return found;
  }

  /** Quotes a found value for a message, shortening long text. */
  public static String quote(String value) {
    if (value == null) {
      return "nothing";
    }
    String v = value.length() > 60 ? value.substring(0, 57) + "..." : value;
    return "'" + v + "'";
  }

  @Override
  public Kind kind() {
    return Kind.INPUT;
  }
}
