package org.yesan.ingest.omb;

import java.util.List;
import java.util.Optional;
import org.yesan.model.Hierarchy;
import org.yesan.model.Level;
import org.yesan.model.Measure;
import org.yesan.model.Measure.Basis;
import org.yesan.model.Measure.Direction;

/**
 * One of the three tables of the OMB Public Budget Database, with the classification columns it
 * carries and the measures its year columns hold.
 *
 * <p>Each human-readable name (agency, bureau, account, subfunction, source category) is a level of
 * its own, and its code is a separate {@code *_code} level. Names are what people look for, but
 * they are not unique: "Departmental Management" is a bureau of five agencies, "Salaries and
 * expenses" an account of dozens, and the Social Security Administration appears under two agency
 * codes (016 and 017). Within the administrative hierarchy agency → bureau → account a name is
 * unambiguous; when a flat query needs a unique key, the codes are there. Bureau and account codes
 * are kept as printed: a bureau code is only meaningful under its agency code.
 */
enum OmbTable {
  BUDGET_AUTHORITY(
      "budget_authority",
      "예산권한",
      "budget authority",
      Direction.EXPENDITURE,
      List.of(
          Column.AGENCY_CODE,
          Column.AGENCY,
          Column.BUREAU_CODE,
          Column.BUREAU,
          Column.ACCOUNT_CODE,
          Column.ACCOUNT,
          Column.TREASURY_AGENCY_CODE,
          Column.SUBFUNCTION_CODE,
          Column.SUBFUNCTION,
          Column.BEA_CATEGORY,
          Column.ON_OFF_BUDGET)),
  OUTLAYS(
      "outlays",
      "지출",
      "outlays",
      Direction.EXPENDITURE,
      List.of(
          Column.AGENCY_CODE,
          Column.AGENCY,
          Column.BUREAU_CODE,
          Column.BUREAU,
          Column.ACCOUNT_CODE,
          Column.ACCOUNT,
          Column.TREASURY_AGENCY_CODE,
          Column.SUBFUNCTION_CODE,
          Column.SUBFUNCTION,
          Column.BEA_CATEGORY,
          Column.GRANT_NONGRANT,
          Column.ON_OFF_BUDGET)),
  RECEIPTS(
      "receipts",
      "세입",
      "receipts",
      Direction.REVENUE,
      List.of(
          Column.SOURCE_CATEGORY_CODE,
          Column.SOURCE_CATEGORY,
          Column.SOURCE_SUBCATEGORY_CODE,
          Column.SOURCE_SUBCATEGORY,
          Column.AGENCY_CODE,
          Column.AGENCY,
          Column.BUREAU_CODE,
          Column.BUREAU,
          Column.ACCOUNT_CODE,
          Column.ACCOUNT,
          Column.TREASURY_AGENCY_CODE,
          Column.ON_OFF_BUDGET));

  private static final Hierarchy ADMINISTRATIVE =
      new Hierarchy("administrative", "기관별", "by agency", List.of("agency", "bureau", "account"));
  private static final Hierarchy ADMINISTRATIVE_CODES =
      new Hierarchy(
          "administrative_code",
          "기관 코드별",
          "by agency code",
          List.of("agency_code", "bureau_code", "account_code"));
  private static final Hierarchy FUNCTIONAL =
      new Hierarchy("functional", "기능별", "by subfunction", List.of("subfunction"));
  private static final Hierarchy SOURCE =
      new Hierarchy(
          "source", "세입원별", "by source", List.of("source_category", "source_subcategory"));

  private final Measure measure;
  private final Measure transitionQuarter;
  private final List<Column> columns;

  OmbTable(String id, String labelKo, String labelEn, Direction direction, List<Column> columns) {
    this.measure = new Measure(id, labelKo, labelEn, direction, Basis.AS_REPORTED);
    this.transitionQuarter =
        new Measure(
            id + "_transition_quarter",
            labelKo + " (1976년 전환분기)",
            labelEn + " (transition quarter, Jul-Sep 1976)",
            direction,
            Basis.AS_REPORTED);
    this.columns = columns;
  }

  /**
   * Which table a header belongs to: receipts lead with the source category, outlays split grants.
   */
  static Optional<OmbTable> fromHeader(List<String> header) {
    if (header.isEmpty()) {
      return Optional.empty();
    }
    if (Column.SOURCE_CATEGORY_CODE.matches(header.get(0))) {
      return Optional.of(RECEIPTS);
    }
    if (!Column.AGENCY_CODE.matches(header.get(0))) {
      return Optional.empty();
    }
    boolean grants = header.stream().anyMatch(Column.GRANT_NONGRANT::matches);
    return Optional.of(grants ? OUTLAYS : BUDGET_AUTHORITY);
  }

  Measure measure() {
    return measure;
  }

  /** The measure for the July–September 1976 quarter between the old and new fiscal years. */
  Measure transitionQuarter() {
    return transitionQuarter;
  }

  List<Column> columns() {
    return columns;
  }

  List<Level> levels() {
    return columns.stream().map(Column::level).toList();
  }

  List<Hierarchy> hierarchies() {
    return this == RECEIPTS
        ? List.of(SOURCE, ADMINISTRATIVE, ADMINISTRATIVE_CODES)
        : List.of(ADMINISTRATIVE, ADMINISTRATIVE_CODES, FUNCTIONAL);
  }

  /** A classification column: its header as OMB prints it (case varies by file) and its level. */
  enum Column {
    AGENCY_CODE("Agency Code", new Level("agency_code", "기관 코드", "agency code")),
    AGENCY("Agency Name", new Level("agency", "기관", "agency")),
    BUREAU_CODE("Bureau Code", new Level("bureau_code", "부국 코드", "bureau code")),
    BUREAU("Bureau Name", new Level("bureau", "부국", "bureau")),
    ACCOUNT_CODE("Account Code", new Level("account_code", "예산계정 코드", "account code")),
    ACCOUNT("Account Name", new Level("account", "예산계정", "account")),
    TREASURY_AGENCY_CODE(
        "Treasury Agency Code",
        new Level("treasury_agency_code", "재무부 기관 코드", "Treasury agency code")),
    SUBFUNCTION_CODE(
        "Subfunction Code", new Level("subfunction_code", "하위기능 코드", "subfunction code")),
    SUBFUNCTION("Subfunction Title", new Level("subfunction", "하위기능", "subfunction")),
    BEA_CATEGORY(
        "BEA Category",
        new Level("bea_category", "예산집행법(BEA) 구분", "Budget Enforcement Act category")),
    GRANT_NONGRANT(
        "Grant/non-grant split", new Level("grant_nongrant", "보조금 구분", "grant or non-grant")),
    ON_OFF_BUDGET(
        "On- or Off- Budget", new Level("on_off_budget", "예산 내외 구분", "on- or off-budget")),
    SOURCE_CATEGORY_CODE(
        "Source Category Code",
        new Level("source_category_code", "세입원 코드", "source category code")),
    SOURCE_CATEGORY("Source category name", new Level("source_category", "세입원", "source category")),
    SOURCE_SUBCATEGORY_CODE(
        "Source subcategory",
        new Level("source_subcategory_code", "세입원 세부 코드", "source subcategory code")),
    SOURCE_SUBCATEGORY(
        "Source subcategory name", new Level("source_subcategory", "세입원 세부", "source subcategory"));

    private final String header;
    private final Level level;

    Column(String header, Level level) {
      this.header = header;
      this.level = level;
    }

    String header() {
      return header;
    }

    Level level() {
      return level;
    }

    /**
     * Whether a header field names this column; case and blanks vary between files ("On- or Off-
     * Budget" in budauth, "On- or off-budget" in receipts).
     */
    boolean matches(String field) {
      return normalise(field).equals(normalise(header));
    }

    private static String normalise(String s) {
      return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s-]+", "");
    }
  }
}
