package org.yesan.app.table;

/**
 * One column of a result: its field name (snake_case by convention, the same in CLI JSON, API JSON,
 * CSV headers and Parquet; see docs/api.md) and what it holds, which decides how every format
 * writes it.
 */
public record Column(String name, Kind kind) {

  /** What a column's cells are. */
  public enum Kind {
    /** Text, such as a ministry's name; written as text everywhere, made safe in CSV. */
    TEXT,
    /** An exact amount in the currency's base unit (BigDecimal); a JSON string, never a float. */
    AMOUNT,
    /** A ready-made reading of an amount in one language, such as 368.6조원; text. */
    READABLE,
    /**
     * A {@link Reading} in both languages: {@code {"ko": …, "en": …}} in JSON, as the API writes
     * every reading; two text columns {@code NAME_ko} and {@code NAME_en} in CSV, XLSX and Parquet.
     */
    READINGS,
    /** A percentage already rounded (BigDecimal); a JSON string like amounts. */
    PERCENT,
    /** A whole count (long); a JSON number. */
    COUNT,
    /** A fiscal year (int); a JSON number. */
    YEAR
  }

  public Column {
    if (name.isBlank()) {
      throw new IllegalArgumentException("a column needs a name");
    }
  }

  /**
   * The column of a dimension's members: a year for {@code fiscal_year} and {@code reported_in}
   * (whose members are four-digit text), text for every other.
   */
  public static Column ofDimension(String dimension) {
    boolean year = dimension.equals("fiscal_year") || dimension.equals("reported_in");
    return new Column(dimension, year ? Kind.YEAR : Kind.TEXT);
  }

  /** Whether the cells are numbers a spreadsheet or Parquet file should hold as numbers. */
  public boolean numeric() {
    return kind == Kind.AMOUNT || kind == Kind.PERCENT || kind == Kind.COUNT || kind == Kind.YEAR;
  }
}
