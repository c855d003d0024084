package org.yesan.money;

/**
 * Text that is not an amount; the message names the 1-based position, what was expected there and
 * what was found, e.g. {@code at 3: expected a digit or a unit (조, 억, 만, 천, 백, 십), found 'x'}.
 */
public final class AmountParseException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String text;
  private final int position;
  private final String expected;
  private final String found;

  AmountParseException(String text, int position, String expected, String found) {
    super("at " + position + ": expected " + expected + ", found " + found);
    this.text = text;
    this.position = position;
    this.expected = expected;
    this.found = found;
  }

  /** The whole text that was being parsed. */
  public String text() {
    return text;
  }

  /** 1-based position (UTF-16 character) of the offending character, or length + 1 at the end. */
  public int position() {
    return position;
  }

  /** What the parser could have accepted there. */
  public String expected() {
    return expected;
  }

  /** What was there: a quoted character or {@code end of text}. */
  public String found() {
    return found;
  }
}
