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
    return check(csv, Path.of(System.getProperty("java.io.tmpdir")));
  }

  /**
   * As {@link #check(BulkCsv)}, with a CP949 file's UTF-8 copy in {@code temporaryFolder}. When the
   * copy cannot be written (the folder full or missing) the file is not plain here: its batch reads
   * it row by row, without a copy.
   */
  public static Optional<PlainCsvFile> check(BulkCsv csv, Path temporaryFolder) {
    var charset = csv.encoding().charset();
    if (charset.equals(StandardCharsets.UTF_8)) {
      return scan(csv.file(), csv.encoding().bom(), false, csv);
    }
    if (!charset.equals(TextEncoding.CP949)) {
      return Optional.empty();
    }
    Path copy;
    try {
      copy = Files.createTempFile(temporaryFolder, "yesan-utf8-", ".csv");
    } catch (IOException e) {
      return Optional.empty();
    }
    Optional<PlainCsvFile> plain = Optional.empty();
    try {
      if (transcode(csv.file(), copy)) {
        plain = scan(copy, false, true, csv);
      }
      return plain;
    } catch (UncheckedIOException e) {
      // A copy cut short by a full disk proves nothing; reading the source itself may still work.
      return Optional.empty();
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
    PlainCsvScanner s = new PlainCsvScanner(csv);
    try (InputStream in = Files.newInputStream(file)) {
      if (!s.scan(in, bom)) {
        return Optional.empty();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
}
