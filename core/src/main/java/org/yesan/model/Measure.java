package org.yesan.model;

import java.util.regex.Pattern;

/**
 * What an amount measures: its direction (spending or revenue), its basis (gross 총계 or net 순계) and
 * its quantity (money or a percentage), so that figures on different bases are never added
 * together.
 */
public record Measure(
    String id,
    String labelKo,
    String labelEn,
    Direction direction,
    Basis basis,
    Quantity quantity) {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{0,62}");

  /** Whether money goes out or comes in. */
  public enum Direction {
    EXPENDITURE,
    REVENUE,
    /**
     * Neither a flow of spending nor of revenue: a stock (국가채무), a balance (관리재정수지), a change
     * between two stages (국회 감액) or a ratio. Never reconciled against revenue or expenditure.
     */
    OTHER
  }

  /** What a measure's amounts are. */
  public enum Quantity {
    /** Money in the currency's base unit (원, dollar), converted from the source unit. */
    MONEY,
    /**
     * A percentage as published ({@code 51.6} is 51.6%, e.g. of GDP): not money, so it is never
     * converted by a source unit, never written as an amount and never added to anything.
     */
    PERCENT
  }

  /** Whether internal transfers between accounts are counted (gross) or netted out (net). */
  public enum Basis {
    /** 총계: every account's total, internal transfers counted in each. */
    GROSS("총계", "gross"),
    /** 순계: net of transfers between accounts and funds. */
    NET("순계", "net"),
    /** The source states no basis. */
    AS_REPORTED("원자료 기준", "as reported");

    private final String labelKo;
    private final String labelEn;

    Basis(String labelKo, String labelEn) {
      this.labelKo = labelKo;
      this.labelEn = labelEn;
    }

    public String labelKo() {
      return labelKo;
    }

    public String labelEn() {
      return labelEn;
    }
  }

  /** A measure of money, the quantity of nearly every measure. */
  public Measure(String id, String labelKo, String labelEn, Direction direction, Basis basis) {
    this(id, labelKo, labelEn, direction, basis, Quantity.MONEY);
  }

  public Measure {
    requireId(id, "measure");
    // Catalogs written before measures had a quantity hold money only.
    if (quantity == null) {
      quantity = Quantity.MONEY;
    }
    if (labelKo == null || labelKo.isBlank() || labelEn == null || labelEn.isBlank()) {
      throw new IllegalArgumentException("measure " + id + " needs a Korean and an English label");
    }
    if (direction == null || basis == null) {
      throw new IllegalArgumentException("measure " + id + " needs a direction and a basis");
    }
  }

  /** Gross expenditure (세출 총계), as in 열린재정 {@code out_YYYY} files. */
  public static final Measure EXPENDITURE =
      new Measure(
          "expenditure", "세출(총계)", "expenditure (gross)", Direction.EXPENDITURE, Basis.GROSS);

  /** Net expenditure (세출 순계), as in 열린재정 {@code out_net_bud_YYYY} files. */
  public static final Measure EXPENDITURE_NET =
      new Measure(
          "expenditure_net", "세출(순계)", "expenditure (net)", Direction.EXPENDITURE, Basis.NET);

  /** Gross revenue (세입 총계). */
  public static final Measure REVENUE =
      new Measure("revenue", "세입(총계)", "revenue (gross)", Direction.REVENUE, Basis.GROSS);

  /** Net revenue (세입 순계). */
  public static final Measure REVENUE_NET =
      new Measure("revenue_net", "세입(순계)", "revenue (net)", Direction.REVENUE, Basis.NET);

  /** Total expenditure (총지출): budget plus funds, net of internal transactions. */
  public static final Measure TOTAL_EXPENDITURE =
      new Measure(
          "total_expenditure", "총지출", "total expenditure", Direction.EXPENDITURE, Basis.NET);

  static void requireId(String id, String what) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          what + " id must match [a-z][a-z0-9_]{0,62}, found '" + id + "'");
    }
  }
}
