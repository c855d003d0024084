package org.yesan.realterms;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yesan.ingest.CsvTable;
import org.yesan.ingest.InputException;
import org.yesan.model.FiscalYear;

/**
 * Reads the three series CSV formats (price index, population, exchange rate) described in
 * docs/real-terms.md: one row per published value, written as the source wrote it, with the
 * source's address, title and date on every row. Any bad field is an {@link InputException}.
 */
public final class SeriesFile {

  /** Columns of a price-index (deflator) file. */
  public static final List<String> PRICE_INDEX_HEADER =
      List.of(
          "year", "index", "base_year", "series", "source", "source_title", "source_date", "note");

  /** Columns of a population file. */
  public static final List<String> POPULATION_HEADER =
      List.of("year", "persons", "series", "source", "source_title", "source_date", "note");

  /** Columns of an exchange-rate file. */
  public static final List<String> EXCHANGE_RATE_HEADER =
      List.of("period", "rate", "pair", "basis", "source", "source_title", "source_date", "note");

  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");
  private static final Pattern WHOLE = Pattern.compile("\\d+|\\d{1,3}(,\\d{3})+");
  private static final Pattern PAIR = Pattern.compile("([A-Z]{3}) per ([A-Z]{3})");

  private SeriesFile() {}

  /** Reads a price-index file; the index must be 100 in the base year if that year is listed. */
  public static PriceIndex priceIndex(Path file) {
    return priceIndex(file, file.toString());
  }

  /** As {@link #priceIndex(Path)}, naming the series' origin in conversion messages. */
  public static PriceIndex priceIndex(Path file, String origin) {
    try (CsvTable t = CsvTable.open(file)) {
      requireHeader(t, PRICE_INDEX_HEADER);
      SortedMap<Integer, Observation> values = new TreeMap<>();
      Map<Integer, Long> lines = new HashMap<>();
      Constant baseYear = new Constant("base year");
      Constant series = new Constant("series");
      t.forEachRow(
          r -> {
            int year = year(r, 0);
            String written = r.field(1);
            BigDecimal index = positive(r, 1, "a positive index such as 104.25");
            String base = r.field(2);
            if (!YEAR.matcher(base).matches()) {
              throw r.error(2, "a base year such as 2015", InputException.quote(base));
            }
            baseYear.require(r, 2, base);
            series.require(r, 3, nonEmpty(r, 3, "a series name such as GDP deflator"));
            if (year == Integer.parseInt(base) && index.compareTo(BigDecimal.valueOf(100)) != 0) {
              throw r.error(1, "100 in the base year " + base, InputException.quote(written));
            }
            once(r, year, lines, "");
            values.put(year, observation(r, Integer.toString(year), index, written, 4, origin));
          });
      requireRows(file, values.size());
      return new PriceIndex(
          new AnnualSeries(series.value, origin, values), Integer.parseInt(baseYear.value));
    }
  }

  /** Reads a population file: whole numbers of persons, thousands separators allowed. */
  public static Population population(Path file) {
    return population(file, file.toString());
  }

  /** As {@link #population(Path)}, naming the series' origin in conversion messages. */
  public static Population population(Path file, String origin) {
    try (CsvTable t = CsvTable.open(file)) {
      requireHeader(t, POPULATION_HEADER);
      SortedMap<Integer, Observation> values = new TreeMap<>();
      Map<Integer, Long> lines = new HashMap<>();
      Constant series = new Constant("series");
      t.forEachRow(
          r -> {
            int year = year(r, 0);
            String written = r.field(1);
            if (!WHOLE.matcher(written).matches()
                || new BigDecimal(written.replace(",", "")).signum() == 0) {
              throw r.error(
                  1,
                  "a positive whole number of persons such as 51,014,950",
                  InputException.quote(written));
            }
            BigDecimal persons = new BigDecimal(written.replace(",", ""));
            series.require(r, 2, nonEmpty(r, 2, "a series name such as Population, total"));
            once(r, year, lines, "");
            values.put(year, observation(r, Integer.toString(year), persons, written, 3, origin));
          });
      requireRows(file, values.size());
      return new Population(new AnnualSeries(series.value, origin, values));
    }
  }

  /**
   * Reads an exchange-rate file. An {@code annual_average} row's period is a year; an {@code
   * end_of_period} row's is the date of the closing rate, or its year when the source gives no day.
   */
  public static ExchangeRate exchangeRate(Path file) {
    return exchangeRate(file, file.toString());
  }

  /** As {@link #exchangeRate(Path)}, naming the series' origin in conversion messages. */
  public static ExchangeRate exchangeRate(Path file, String origin) {
    try (CsvTable t = CsvTable.open(file)) {
      requireHeader(t, EXCHANGE_RATE_HEADER);
      Map<RateBasis, SortedMap<Integer, Observation>> values = new EnumMap<>(RateBasis.class);
      Map<RateBasis, Map<Integer, Long>> lines = new EnumMap<>(RateBasis.class);
      Constant pair = new Constant("pair");
      t.forEachRow(
          r -> {
            String period = r.field(0);
            String written = r.field(1);
            BigDecimal rate = positive(r, 1, "a positive rate such as 1422.16");
            String p = r.field(2);
            if (!PAIR.matcher(p).matches()) {
              throw r.error(2, "a pair such as 'KRW per USD'", InputException.quote(p));
            }
            pair.require(r, 2, p);
            String b = r.field(3);
            RateBasis basis =
                RateBasis.parse(b)
                    .orElseThrow(
                        () ->
                            r.error(3, "annual_average or end_of_period", InputException.quote(b)));
            int year;
            if (basis == RateBasis.ANNUAL_AVERAGE) {
              if (!YEAR.matcher(period).matches()) {
                throw r.error(
                    0,
                    "a year for an annual_average rate, such as 2025",
                    InputException.quote(period));
              }
              year = year(r, 0);
            } else if (DATE.matcher(period).matches()) {
              date(r, 0, period);
              year = Integer.parseInt(period.substring(0, 4));
            } else if (YEAR.matcher(period).matches()) {
              year = year(r, 0);
            } else {
              throw r.error(
                  0,
                  "a date such as 2025-12-30 (or a year) for an end_of_period rate",
                  InputException.quote(period));
            }
            once(r, year, lines.computeIfAbsent(basis, k -> new HashMap<>()), basis.id() + " ");
            values
                .computeIfAbsent(basis, k -> new TreeMap<>())
                .put(year, observation(r, period, rate, written, 4, origin));
          });
      requireRows(file, lines.values().stream().mapToInt(Map::size).sum());
      Matcher m = PAIR.matcher(pair.value);
      if (!m.matches()) {
        throw new IllegalStateException("pair was checked on every row");
      }
      return new ExchangeRate(m.group(1), m.group(2), origin, values);
    }
  }

  /** A column whose value must be the same on every row, as on the first. */
  private static final class Constant {
    private final String what;
    private String value;
    private long line;

    Constant(String what) {
      this.what = what;
    }

    void require(CsvTable.Row r, int column, String found) {
      if (value == null) {
        value = found;
        line = r.line();
      } else if (!value.equals(found)) {
        throw r.error(
            column,
            what + " '" + value + "' as on line " + line + " (one series per file)",
            InputException.quote(found));
      }
    }
  }

  private static void requireHeader(CsvTable t, List<String> expected) {
    List<String> header = t.header();
    for (int i = 0; i < expected.size(); i++) {
      if (i >= header.size()) {
        throw new InputException(
            t.file(), 1, i + 1, "column '" + expected.get(i) + "'", "the end of the header");
      }
      String h = i == 0 ? header.get(0).replace("\uFEFF", "") : header.get(i);
      if (!h.equals(expected.get(i))) {
        throw new InputException(
            t.file(), 1, i + 1, "column '" + expected.get(i) + "'", InputException.quote(h));
      }
    }
    if (header.size() > expected.size()) {
      throw new InputException(
          t.file(),
          1,
          expected.size() + 1,
          "the end of the header after '" + expected.get(expected.size() - 1) + "'",
          InputException.quote(header.get(expected.size())));
    }
  }

  private static void requireRows(Path file, int rows) {
    if (rows == 0) {
      throw new InputException(file, 2, 1, "at least one row of values", "only the header");
    }
  }

  private static int year(CsvTable.Row r, int column) {
    String text = r.field(column);
    if (!YEAR.matcher(text).matches()) {
      throw r.error(column, "a year such as 2015", InputException.quote(text));
    }
    int year = Integer.parseInt(text);
    if (year < FiscalYear.MIN || year > FiscalYear.MAX) {
      throw r.error(
          column,
          "a year between " + FiscalYear.MIN + " and " + FiscalYear.MAX,
          InputException.quote(text));
    }
    return year;
  }

  private static BigDecimal positive(CsvTable.Row r, int column, String expected) {
    String text = r.field(column);
    if (!DECIMAL.matcher(text).matches() || new BigDecimal(text).signum() == 0) {
      throw r.error(column, expected, InputException.quote(text));
    }
    return new BigDecimal(text);
  }

  private static String nonEmpty(CsvTable.Row r, int column, String expected) {
    String text = r.field(column);
    if (text.isEmpty()) {
      throw r.error(column, expected, "nothing");
    }
    return text;
  }

  private static void date(CsvTable.Row r, int column, String text) {
    try {
      LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw r.error(column, "a real calendar date", InputException.quote(text));
    }
  }

  private static void once(CsvTable.Row r, int year, Map<Integer, Long> lines, String what) {
    Long first = lines.putIfAbsent(year, r.line());
    if (first != null) {
      throw r.error(
          0,
          "one " + what + "row per year (" + year + " is on line " + first + ")",
          "a second row for " + year);
    }
  }

  /** The observation of a row whose source columns start at {@code sourceAt}. */
  private static Observation observation(
      CsvTable.Row r,
      String period,
      BigDecimal value,
      String written,
      int sourceAt,
      String origin) {
    String url = nonEmpty(r, sourceAt, "a source (address of the page the value was taken from)");
    String title = r.field(sourceAt + 1);
    String date = r.field(sourceAt + 2);
    if (!date.isEmpty()) {
      if (DATE.matcher(date).matches()) {
        date(r, sourceAt + 2, date);
      } else if (MONTH.matcher(date).matches()) {
        try {
          YearMonth.parse(date);
        } catch (DateTimeException e) {
          throw r.error(sourceAt + 2, "a real calendar month", InputException.quote(date));
        }
      } else {
        throw r.error(
            sourceAt + 2,
            "the page's date such as 2026-01-04 or 2026-01, or nothing when it has none",
            InputException.quote(date));
      }
    }
    String note = r.field(sourceAt + 3);
    Source source =
        new Source(
            url,
            title,
            date.isEmpty() ? Optional.empty() : Optional.of(date),
            note.isEmpty() ? Optional.empty() : Optional.of(note));
    return new Observation(period, value, written, source, origin, r.line());
  }
}
