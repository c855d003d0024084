package org.yesan.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.yesan.model.FiscalYear;

/**
 * A {@link BulkCsv} file proven plain by one pass over its bytes, so that any RFC 4180 reader finds
 * exactly the rows and fields the batch's own reader would: valid UTF-8 (CP949 is transcoded to a
 * temporary UTF-8 copy), one record per physical line, no blank line before the last record, no
 * quote inside an unquoted field, no line break inside a quoted one, the header's field count on
 * every row, four-digit years that agree, required members present, and every amount a plain
 * integer of at most 18 digits. It also tallies each amount column and notes whether any member has
 * blanks around it.
 *
 * <p>Anything else is not an error here: {@link #check} returns empty and the caller reads the file
 * through its batch, which reports the problem at its line and column.
 */
public final class PlainCsvFile implements AutoCloseable {

  /** Longest line accepted; DuckDB's reader refuses lines over 2 MB by default. */
  private static final int MAX_LINE_BYTES = 1 << 20;

  private static final int AMOUNT_DIGITS = 18;

  /**
   * The characters {@link String#strip} removes that a plain file may hold (it holds no control
   * characters): the space, U+1680, U+2000-U+2006, U+2008-U+200A, U+2028, U+2029, U+205F, U+3000.
   */
  public static final String STRIPPED_BLANKS =
      " \u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200A\u2028\u2029"
          + "\u205F\u3000";

  /** The modulus of {@link AmountColumn#positional}: small enough that no product overflows. */
  public static final long POSITION_MODULUS = 1_000_003;

  /**
   * What the pass found in one amount column: whether and from which 0-based row it holds a figure
   * other than zero, its exact total, and, modulo 2^64, the sum over rows {@code i} of {@code (i %
   * POSITION_MODULUS) * (amount % POSITION_MODULUS)} (Java's remainder, keeping the sign), which
   * another reader of the rows can recompute to show it kept them in file order.
   */
  public record AmountColumn(
      boolean nonZero,
      long firstNonZeroRow,
      BigInteger total,
      long positional,
      long largestMagnitude) {}

  private final Path utf8;
  private final boolean temporary;
  private final long rows;
  private final FiscalYear year;
  private final List<AmountColumn> amounts;
  private final boolean membersNeedStrip;

  private PlainCsvFile(
      Path utf8,
      boolean temporary,
      long rows,
      FiscalYear year,
      List<AmountColumn> amounts,
      boolean membersNeedStrip) {
    this.utf8 = utf8;
    this.temporary = temporary;
    this.rows = rows;
    this.year = year;
    this.amounts = List.copyOf(amounts);
    this.membersNeedStrip = membersNeedStrip;
  }

  /**
   * The file proven plain, or empty when it is not (or is in an encoding other than UTF-8 and
   * CP949).
   */
  public static Optional<PlainCsvFile> check(BulkCsv csv) {
    var charset = csv.encoding().charset();
    if (charset.equals(StandardCharsets.UTF_8)) {
      return scan(csv.file(), csv.encoding().bom(), false, csv);
    }
    if (!charset.equals(TextEncoding.CP949)) {
      return Optional.empty();
    }
    Path copy;
    try {
      copy = Files.createTempFile("yesan-utf8-", ".csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Optional<PlainCsvFile> plain = Optional.empty();
    try {
      if (transcode(csv.file(), copy)) {
        plain = scan(copy, false, true, csv);
      }
      return plain;
    } finally {
      if (plain.isEmpty()) {
        deleteQuietly(copy);
      }
    }
  }

  /** The file in UTF-8: the source itself, or a temporary copy deleted by {@link #close}. */
  public Path utf8() {
    return utf8;
  }

  /** Data rows after the header; each is one line, so row {@code i} is on line {@code i + 2}. */
  public long rows() {
    return rows;
  }

  /** The fiscal year every row names. */
  public FiscalYear year() {
    return year;
  }

  /**
   * Whether some member field starts or ends with {@link #STRIPPED_BLANKS}, which its reader must
   * strip (a member that is blank throughout is then empty).
   */
  public boolean membersNeedStrip() {
    return membersNeedStrip;
  }

  /** The tally of each amount field, in the order of {@link BulkCsv#amounts()}. */
  public List<AmountColumn> amounts() {
    return amounts;
  }

  @Override
  public void close() {
    if (temporary) {
      deleteQuietly(utf8);
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // A temporary file left behind costs disk space, not correctness.
    }
  }

  // The same strict decoder the batch reads with: bytes it refuses make the file not plain.
  private static boolean transcode(Path from, Path to) {
    var decoder =
        TextEncoding.CP949
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (Reader in = new InputStreamReader(Files.newInputStream(from), decoder);
        OutputStream raw = Files.newOutputStream(to);
        Writer out =
            new OutputStreamWriter(new java.io.BufferedOutputStream(raw), StandardCharsets.UTF_8)) {
      in.transferTo(out);
      return true;
    } catch (CharacterCodingException e) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<PlainCsvFile> scan(
      Path file, boolean bom, boolean temporary, BulkCsv csv) {
    Scanner s = new Scanner(csv);
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      int n = in.readNBytes(buffer, 0, 3);
      boolean hasBom =
          n == 3
              && (buffer[0] & 0xff) == 0xEF
              && (buffer[1] & 0xff) == 0xBB
              && (buffer[2] & 0xff) == 0xBF;
      if (hasBom != bom) {
        return Optional.empty();
      }
      if (!hasBom && !s.feed(buffer, n)) {
        return Optional.empty();
      }
      while ((n = in.read(buffer)) > 0) {
        if (!s.feed(buffer, n)) {
          return Optional.empty();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!s.finish()) {
      return Optional.empty();
    }
    List<AmountColumn> columns = new ArrayList<>();
    for (int a = 0; a < s.totals.length; a++) {
      BigInteger total = s.overflow[a].add(BigInteger.valueOf(s.totals[a]));
      columns.add(
          new AmountColumn(
              s.firstNonZero[a] >= 0, s.firstNonZero[a], total, s.positional[a], s.largest[a]));
      int fy = s.year + csv.amounts().get(a).yearOffset();
      if (fy < FiscalYear.MIN || fy > FiscalYear.MAX) {
        return Optional.empty();
      }
    }
    if (s.year < FiscalYear.MIN || s.year > FiscalYear.MAX) {
      return Optional.empty();
    }
    return Optional.of(
        new PlainCsvFile(
            file, temporary, s.rows, FiscalYear.of(s.year), columns, s.membersNeedStrip));
  }

  /** A byte-level state machine over the whole file; any surprise makes it return false. */
  private static final class Scanner {
    private static final int OTHER = -1;
    private static final int YEAR = -2;
    private static final int REQUIRED_MEMBER = -3;
    private static final int OPTIONAL_MEMBER = -4;

    private static final int START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int QUOTE_IN_QUOTED = 3;

    private final int fields;
    // Per field: OTHER, YEAR, a member kind, or the index of its amount (>= 0).
    private final int[] role;
    final long[] totals;
    final BigInteger[] overflow;
    final long[] firstNonZero;
    final long[] positional;
    final long[] largest;

    private boolean header = true;
    private boolean blankLineSeen;
    private boolean carriageReturn;
    long rows;
    int year = -1;
    boolean membersNeedStrip;

    private int field;
    private int state = START;
    private int lineBytes;
    private int contentBytes;
    private int firstBytes;
    private int lastBytes;
    private boolean negative;
    private int digits;
    private long value;

    // UTF-8: continuation bytes still due, and the range the next one must fall in.
    private int due;
    private int low = 0x80;
    private int high = 0xBF;

    Scanner(BulkCsv csv) {
      fields = csv.fields();
      role = new int[fields];
      Arrays.fill(role, OTHER);
      role[csv.yearField()] = YEAR;
      for (BulkCsv.Member m : csv.members()) {
        role[m.field()] = m.required() ? REQUIRED_MEMBER : OPTIONAL_MEMBER;
      }
      for (int a = 0; a < csv.amounts().size(); a++) {
        role[csv.amounts().get(a).field()] = a;
      }
      totals = new long[csv.amounts().size()];
      overflow = new BigInteger[totals.length];
      Arrays.fill(overflow, BigInteger.ZERO);
      positional = new long[totals.length];
      largest = new long[totals.length];
      firstNonZero = new long[totals.length];
      Arrays.fill(firstNonZero, -1);
    }

    boolean feed(byte[] bytes, int n) {
      int i = 0;
      while (i < n) {
        if (due == 0
            && !carriageReturn
            && (state == QUOTED || state == UNQUOTED)
            && field < fields
            && (header || role[field] == OTHER || role[field] <= REQUIRED_MEMBER)) {
          int end = text(bytes, i, n);
          if (end < 0) {
            return false;
          }
          if (end > i) {
            i = end;
            continue;
          }
        }
        if (!accept(bytes[i] & 0xff)) {
          return false;
        }
        i++;
      }
      return true;
    }

    /**
     * The common case at speed: the text of a name or header field up to its next structural byte,
     * checked as {@link #accept} would check it byte by byte. Returns where it stopped (where it
     * started when the next byte needs {@link #accept}), or -1 for bytes that are not plain.
     */
    private int text(byte[] bytes, int from, int n) {
      boolean quoted = state == QUOTED;
      int i = from;
      while (i < n) {
        int b = bytes[i] & 0xff;
        if (b < 0x80) {
          if (b == '"' || b < 0x20 || !quoted && b == ',') {
            break;
          }
          i++;
          continue;
        }
        int need;
        int low = 0x80;
        int high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
          need = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
          need = 2;
          low = b == 0xE0 ? 0xA0 : 0x80;
          high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
          need = 3;
          low = b == 0xF0 ? 0x90 : 0x80;
          high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
          return -1;
        }
        if (i + need >= n) {
          // A character cut by the buffer's end: the byte-by-byte path carries it over.
          break;
        }
        int second = bytes[i + 1] & 0xff;
        if (second < low || second > high) {
          return -1;
        }
        for (int k = 2; k <= need; k++) {
          int c = bytes[i + k] & 0xff;
          if (c < 0x80 || c > 0xBF) {
            return -1;
          }
        }
        i += need + 1;
      }
      int length = i - from;
      if (length == 0) {
        return from;
      }
      lineBytes += length;
      if (lineBytes > MAX_LINE_BYTES) {
        return -1;
      }
      if (!header && role[field] != OTHER) {
        for (int k = from; k < Math.min(i, from + Math.max(0, 3 - contentBytes)); k++) {
          firstBytes = firstBytes << 8 | (bytes[k] & 0xff);
        }
        for (int k = Math.max(from, i - 3); k < i; k++) {
          lastBytes = (lastBytes << 8 | (bytes[k] & 0xff)) & 0xFFFFFF;
        }
      }
      contentBytes += length;
      return i;
    }

    private boolean accept(int b) {
      if (due > 0) {
        if (b < low || b > high) {
          return false;
        }
        due--;
        low = 0x80;
        high = 0xBF;
      } else if (b >= 0x80 && !lead(b)) {
        return false;
      }
      if (carriageReturn) {
        if (b != '\n') {
          return false;
        }
        carriageReturn = false;
        return endLine();
      }
      if (++lineBytes > MAX_LINE_BYTES) {
        return false;
      }
      if (b < 0x20 && b != '\n' && b != '\r') {
        return false;
      }
      switch (state) {
        case START -> {
          if (b == '"') {
            state = QUOTED;
            return true;
          }
          if (b == ',' || b == '\n' || b == '\r') {
            return separator(b);
          }
          state = UNQUOTED;
          return content(b);
        }
        case UNQUOTED -> {
          if (b == ',' || b == '\n' || b == '\r') {
            return separator(b);
          }
          return b != '"' && content(b);
        }
        case QUOTED -> {
          if (b == '"') {
            state = QUOTE_IN_QUOTED;
            return true;
          }
          return b != '\n' && b != '\r' && content(b);
        }
        default -> {
          if (b == '"') {
            state = QUOTED;
            return content(b);
          }
          return (b == ',' || b == '\n' || b == '\r') && separator(b);
        }
      }
    }

    private boolean lead(int b) {
      if (b >= 0xC2 && b <= 0xDF) {
        due = 1;
      } else if (b >= 0xE0 && b <= 0xEF) {
        due = 2;
        if (b == 0xE0) {
          low = 0xA0;
        } else if (b == 0xED) {
          high = 0x9F;
        }
      } else if (b >= 0xF0 && b <= 0xF4) {
        due = 3;
        if (b == 0xF0) {
          low = 0x90;
        } else if (b == 0xF4) {
          high = 0x8F;
        }
      } else {
        return false;
      }
      return true;
    }

    private boolean separator(int b) {
      if (b == '\r') {
        lineBytes--;
        carriageReturn = true;
        return true;
      }
      if (b == '\n') {
        lineBytes--;
        return endLine();
      }
      return endField();
    }

    private boolean endLine() {
      if (field == 0 && state == START && lineBytes == 0) {
        // A blank line: harmless after the last record, where exports often leave one.
        blankLineSeen = true;
        return true;
      }
      if (blankLineSeen || !endField() || field != fields) {
        return false;
      }
      if (header) {
        header = false;
      } else {
        rows++;
      }
      field = 0;
      lineBytes = 0;
      return true;
    }

    private boolean content(int b) {
      contentBytes++;
      if (field >= fields) {
        return false;
      }
      if (header) {
        return true;
      }
      int r = role[field];
      if (r == YEAR) {
        if (b < '0' || b > '9' || contentBytes > 4) {
          return false;
        }
        value = value * 10 + (b - '0');
      } else if (r >= 0) {
        if (contentBytes == 1 && (b == '-' || b == '+')) {
          negative = b == '-';
        } else if (b < '0' || b > '9' || ++digits > AMOUNT_DIGITS) {
          return false;
        } else {
          value = value * 10 + (b - '0');
        }
      } else if (r != OTHER) {
        if (contentBytes <= 3) {
          firstBytes = firstBytes << 8 | b;
        }
        lastBytes = (lastBytes << 8 | b) & 0xFFFFFF;
      }
      return true;
    }

    private boolean endField() {
      if (field >= fields || state == QUOTED) {
        return false;
      }
      if (!header && !checkField()) {
        return false;
      }
      field++;
      state = START;
      contentBytes = 0;
      firstBytes = 0;
      lastBytes = 0;
      negative = false;
      digits = 0;
      value = 0;
      return true;
    }

    private boolean checkField() {
      int r = role[field];
      if (r == YEAR) {
        if (contentBytes != 4 || year >= 0 && year != value) {
          return false;
        }
        year = (int) value;
      } else if (r >= 0) {
        if (digits == 0) {
          return false;
        }
        long v = negative ? -value : value;
        try {
          totals[r] = Math.addExact(totals[r], v);
        } catch (ArithmeticException e) {
          overflow[r] = overflow[r].add(BigInteger.valueOf(totals[r]));
          totals[r] = v;
        }
        positional[r] += (rows % POSITION_MODULUS) * (v % POSITION_MODULUS);
        largest[r] = Math.max(largest[r], value);
        if (value != 0 && firstNonZero[r] < 0) {
          firstNonZero[r] = rows;
        }
      } else if (r != OTHER) {
        if (contentBytes == 0) {
          return r == OPTIONAL_MEMBER;
        }
        int first = contentBytes >= 3 ? firstBytes : firstBytes << 8 * (3 - contentBytes);
        membersNeedStrip |= blankStart(first) || blankEnd(lastBytes);
      }
      return true;
    }

    // Whether the first three bytes of a field start with a character String.strip removes: a
    // space (control bytes never get this far) or a three-byte Unicode space.
    private static boolean blankStart(int three) {
      return three >>> 16 == 0x20 || unicodeSpace(three);
    }

    // The same for the last three bytes; in valid UTF-8 a three-byte character there is whole.
    private static boolean blankEnd(int three) {
      return (three & 0xff) == 0x20 || unicodeSpace(three);
    }

    // U+1680, U+2000-U+2006, U+2008-U+200A, U+2028, U+2029, U+205F, U+3000 in UTF-8.
    private static boolean unicodeSpace(int three) {
      int b0 = three >>> 16;
      int b1 = three >>> 8 & 0xff;
      int b2 = three & 0xff;
      if (b0 == 0xE1) {
        return b1 == 0x9A && b2 == 0x80;
      }
      if (b0 == 0xE2) {
        return b1 == 0x80 && (b2 >= 0x80 && b2 <= 0x8A && b2 != 0x87 || b2 == 0xA8 || b2 == 0xA9)
            || b1 == 0x81 && b2 == 0x9F;
      }
      return b0 == 0xE3 && b1 == 0x80 && b2 == 0x80;
    }

    boolean finish() {
      if (due > 0 || carriageReturn || state == QUOTED) {
        return false;
      }
      if (field > 0 || state != START || lineBytes > 0) {
        // The last record has no line ending.
        if (blankLineSeen || !endField() || field != fields) {
          return false;
        }
        if (header) {
          return false;
        }
        rows++;
      }
      return !header && rows > 0 && year >= 0;
    }
  }
}
