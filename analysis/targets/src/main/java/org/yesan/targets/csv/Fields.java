package org.yesan.targets.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.yesan.ingest.CsvTable;
import org.yesan.ingest.InputException;
import org.yesan.targets.LooseDate;
import org.yesan.targets.Source;

/** Reads one typed field of a targets row, or fails naming the file, line and column. */
final class Fields {

  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");
  private static final BigDecimal JO = BigDecimal.TEN.pow(12);

  private Fields() {}

  static String required(CsvTable.Row r, int i, String expected) {
    String v = r.field(i);
    if (v.isEmpty()) {
      throw r.error(i, expected, "an empty field");
    }
    return v;
  }

  static Optional<String> optional(CsvTable.Row r, int i) {
    String v = r.field(i);
    return v.isEmpty() ? Optional.empty() : Optional.of(v);
  }

  static int year(CsvTable.Row r, int i) {
    String v = r.field(i);
    if (!YEAR.matcher(v).matches()) {
      throw r.error(i, "a year such as 2026", InputException.quote(v));
    }
    return Integer.parseInt(v);
  }

  static Optional<Integer> optionalYear(CsvTable.Row r, int i) {
    return r.field(i).isEmpty() ? Optional.empty() : Optional.of(year(r, i));
  }

  static LooseDate loose(CsvTable.Row r, int i) {
    String v = r.field(i);
    try {
      return LooseDate.parse(v);
    } catch (IllegalArgumentException e) {
      throw r.error(i, "a date as yyyy, yyyy-mm or yyyy-mm-dd", InputException.quote(v));
    }
  }

  static Optional<LooseDate> optionalLoose(CsvTable.Row r, int i) {
    return r.field(i).isEmpty() ? Optional.empty() : Optional.of(loose(r, i));
  }

  static LocalDate day(CsvTable.Row r, int i) {
    LooseDate d = loose(r, i);
    if (d.precision() != LooseDate.Precision.DAY) {
      throw r.error(i, "a full date such as 2025-12-02", InputException.quote(r.field(i)));
    }
    return d.first();
  }

  static BigDecimal decimal(CsvTable.Row r, int i, String expected) {
    String v = r.field(i);
    if (!DECIMAL.matcher(v).matches()) {
      throw r.error(i, expected, InputException.quote(v));
    }
    return new BigDecimal(v);
  }

  /** An amount written in 조원 (trillion won), exactly as the source gave it, converted to won. */
  static BigDecimal trillionWon(CsvTable.Row r, int i) {
    BigDecimal won = decimal(r, i, "an amount in trillion won such as 10.1").multiply(JO);
    if (won.stripTrailingZeros().scale() > 0) {
      throw r.error(i, "an amount that is a whole number of won", InputException.quote(r.field(i)));
    }
    return won.setScale(0);
  }

  static Optional<BigDecimal> optionalTrillionWon(CsvTable.Row r, int i) {
    return r.field(i).isEmpty() ? Optional.empty() : Optional.of(trillionWon(r, i));
  }

  static <T> T coded(CsvTable.Row r, int i, Function<String, Optional<T>> parse, String expected) {
    String v = r.field(i);
    return parse.apply(v).orElseThrow(() -> r.error(i, expected, InputException.quote(v)));
  }

  /** The three source columns starting at {@code i}: address, publisher, date. */
  static Source source(CsvTable.Row r, int i) {
    String url = required(r, i, "the source's address");
    if (!url.startsWith("http://") && !url.startsWith("https://")) {
      throw r.error(i, "an address starting with http:// or https://", InputException.quote(url));
    }
    String publisher = required(r, i + 1, "the source's publisher");
    return new Source(url, publisher, loose(r, i + 2));
  }

  /**
   * Builds a value, turning the model's rule violation into an error at this row; the model writes
   * its messages as {@code what was expected: what was found}.
   */
  static <T> T build(CsvTable.Row r, int i, java.util.function.Supplier<T> make) {
    try {
      return make.get();
    } catch (IllegalArgumentException e) {
      String m = String.valueOf(e.getMessage());
      int colon = m.lastIndexOf(": ");
      String expected = colon < 0 ? m : m.substring(0, colon);
      String found =
          colon < 0 ? "a row that breaks it" : InputException.quote(m.substring(colon + 2));
      throw r.error(i, expected, found);
    }
  }
}
