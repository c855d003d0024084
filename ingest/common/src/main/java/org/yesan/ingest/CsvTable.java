package org.yesan.ingest;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CSV file read row by row with its header: every row must have as many fields as the header, and
 * every error names the file, line and column.
 */
public final class CsvTable implements AutoCloseable {

  private static final Pattern STARTED_IN_LINE = Pattern.compile("started in line (\\d+)");
  private static final Pattern AFTER_QUOTE =
      Pattern.compile("(?i)after (?:a )?clos\\w* quote:\\s*(.*)$");

  private final Path file;
  private final TextEncoding.Detected encoding;
  private final QuoteWatch watch;
  private final CsvReader<CsvRecord> reader;
  private final Iterator<CsvRecord> rows;
  private final List<String> header;
  private long lastLine;
  private int lastFieldCount;

  private CsvTable(Path file, TextEncoding.Detected encoding, char separator, char quote) {
    this.file = file;
    this.encoding = encoding;
    this.watch = new QuoteWatch(TextEncoding.open(file, encoding), separator, quote);
    Reader text = watch;
    this.reader =
        CsvReader.builder()
            .fieldSeparator(separator)
            .quoteCharacter(quote)
            // Text after a closing quote makes FastCSV reopen the quote and swallow the lines that
            // follow into one field; a record count that still matches would land wrong totals.
            .acceptCharsAfterQuotes(false)
            .skipEmptyLines(true)
            .ignoreDifferentFieldCount(true)
            .ofCsvRecord(text);
    this.rows = reader.iterator();
    CsvRecord first = next().orElseThrow();
    this.header = first.getFields().stream().map(String::strip).toList();
    if (header.size() == 1 && header.get(0).isEmpty()) {
      throw new InputException(
          file, first.getStartingLineNumber(), 1, "a header row", "a blank line");
    }
  }

  /** Opens a comma-separated file, detecting its encoding. */
  public static CsvTable open(Path file) {
    return new CsvTable(file, TextEncoding.detect(file), ',', '"');
  }

  /** Opens a file with a known encoding and separator. */
  public static CsvTable open(Path file, TextEncoding.Detected encoding, char separator) {
    return new CsvTable(file, encoding, separator, '"');
  }

  /** Opens a file in the given dialect, detecting its encoding. */
  public static CsvTable open(Path file, CsvDialect dialect) {
    return new CsvTable(file, TextEncoding.detect(file), dialect.delimiter(), dialect.quote());
  }

  public Path file() {
    return file;
  }

  public TextEncoding.Detected encoding() {
    return encoding;
  }

  /** The header fields, stripped of surrounding blanks. */
  public List<String> header() {
    return header;
  }

  /** The 0-based index of a header field, if present. */
  public int indexOf(String name) {
    return header.indexOf(name);
  }

  /**
   * Passes each data row to the consumer, after checking its field count against the header.
   *
   * @throws InputException for a row with too few or too many fields, or undecodable bytes
   */
  public void forEachRow(Consumer<Row> consumer) {
    while (true) {
      var next = next();
      if (next.isEmpty()) {
        return;
      }
      CsvRecord r = next.get();
      long line = r.getStartingLineNumber();
      int n = r.getFieldCount();
      if (n != header.size()) {
        boolean tooMany = n > header.size();
        throw new InputException(
            file,
            line,
            tooMany ? header.size() + 1 : n,
            header.size() + " fields as in the header",
            n + " field" + (n == 1 ? "" : "s"));
      }
      consumer.accept(new Row(file, line, r));
    }
  }

  private java.util.Optional<CsvRecord> next() {
    try {
      if (!rows.hasNext()) {
        if (watch.endsInsideQuotes()) {
          throw new InputException(
              file,
              lastLine,
              lastFieldCount,
              "a closing quote before the end of the file",
              "the end of the file inside a quoted field (the file may have been cut here)");
        }
        return java.util.Optional.empty();
      }
      CsvRecord r = rows.next();
      lastLine = r.getStartingLineNumber();
      lastFieldCount = r.getFieldCount();
      return java.util.Optional.of(r);
    } catch (CsvParseException e) {
      // FastCSV stops at text after a closing quote, and at a field larger than its buffer (16
      // MiB), which is usually a quote opened and never closed.
      Matcher m = STARTED_IN_LINE.matcher(String.valueOf(e.getMessage()));
      long line = m.find() ? Long.parseLong(m.group(1)) : lastLine + 1;
      String why = String.valueOf((e.getCause() == null ? e : e.getCause()).getMessage());
      Matcher after = AFTER_QUOTE.matcher(why);
      if (after.find()) {
        throw new InputException(
            file,
            line,
            0,
            "a field separator or line end after a closing quote (quotes inside a quoted field"
                + " are doubled)",
            InputException.quote(after.group(1)),
            e);
      }
      throw new InputException(
          file,
          line,
          0,
          "a record whose fields each fit in 16 MiB",
          why.contains("buffer size")
              ? "a field too large to read (a quote that is opened and never closed?)"
              : InputException.quote(why),
          e);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw new InputException(
            file,
            lastLine + 1,
            0,
            "text in " + encoding.charset().displayName(),
            "bytes that are not valid in it",
            e);
      }
      throw e;
    } catch (NoSuchElementException e) {
      throw new InputException(file, 0, 0, "a header row", "an empty file", e);
    }
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One data row with its line number, giving fields by 0-based index. */
  public static final class Row {
    private final Path file;
    private final long line;
    private final CsvRecord record;

    Row(Path file, long line, CsvRecord record) {
      this.file = file;
      this.line = line;
      this.record = record;
    }

    public long line() {
      return line;
    }

    /** The field at a 0-based index, stripped of surrounding blanks. */
    public String field(int index) {
      return record.getField(index).strip();
    }

    public int size() {
      return record.getFieldCount();
    }

    /** An error at this row and the 0-based column index. */
    public InputException error(int index, String expected, String found) {
      return new InputException(file, line, index + 1, expected, found);
    }

    /** Parses the field at a 0-based index as an exact amount (see {@link AmountText}). */
    public java.math.BigDecimal amount(int index, String unitLabel) {
      String raw = field(index);
      return AmountText.parse(raw)
          .orElseThrow(
              () ->
                  AmountText.tooLong(raw)
                      ? error(
                          index,
                          "an amount of at most "
                              + AmountText.MAX_DIGITS
                              + " digits in "
                              + unitLabel,
                          InputException.quote(raw))
                      : error(
                          index,
                          "an amount in "
                              + unitLabel
                              + " (digits, optional sign, commas and decimals)",
                          InputException.quote(raw)));
    }
  }
}
