package org.yesan.claims.text;

/** What a claim asserts about its subject. */
public enum ClaimKind {
  /** The subject's amount in a year and stage: {@code 728 trillion won for 2026}. */
  AMOUNT,
  /**
   * Growth in percent against a base year: {@code an 8.1 percent increase from the previous year}.
   */
  GROWTH_RATE,
  /** Change in money against a base year: {@code an increase of 54.7 trillion won}. */
  CHANGE_AMOUNT,
  /** A ratio against a base year: {@code more than triple}. */
  MULTIPLE,
  /** The subject's share of the total: {@code 36.9% of total spending}. */
  SHARE,
  /** The amount is higher than in every earlier year: {@code a record high}, {@code 역대 최대}. */
  RECORD,
  /**
   * The growth rate is the highest or the lowest over a span of years: {@code the steepest annual
   * rise in nine years}, {@code 6년 만에 가장 낮은 수준}.
   */
  GROWTH_RECORD,
  /** A change of a rate in percentage points: {@code 2.3%포인트}. */
  PERCENTAGE_POINTS,
  /** An amount restated in another currency: {@code 70 trillion won ($48.6 billion)}. */
  CONVERSION,
  /** Money that is not a budget figure: a currency swap line, a fund's target. */
  NOT_BUDGET,
  /** A count of things: {@code 15,000 graphics processing units}. */
  COUNT,
  /** A percentage the text does not tie to a change or a share. */
  OTHER_PERCENT,
  /**
   * A number written with no unit (a table cell): its unit and row cannot be read with confidence.
   */
  NO_UNIT
}
