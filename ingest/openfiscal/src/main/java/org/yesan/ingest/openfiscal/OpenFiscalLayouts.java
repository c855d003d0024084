package org.yesan.ingest.openfiscal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yesan.ingest.openfiscal.Column.Amount;
import org.yesan.ingest.openfiscal.Column.Change;
import org.yesan.ingest.openfiscal.Column.Direction;
import org.yesan.ingest.openfiscal.Column.Member;
import org.yesan.ingest.openfiscal.Column.StageOf;
import org.yesan.ingest.openfiscal.Column.Subtotal;
import org.yesan.ingest.openfiscal.Column.Year;
import org.yesan.model.FiscalYear;
import org.yesan.model.Hierarchy;
import org.yesan.model.Level;
import org.yesan.model.Measure;
import org.yesan.model.SourceUnit;

/** The layouts this module reads: four 열린재정 export families and the two 2019 program files. */
final class OpenFiscalLayouts {

  private OpenFiscalLayouts() {}

  private static final String OPENFISCAL_DATASET = "kr-openfiscal";
  private static final String OPENFISCAL_SOURCE =
      "Open Fiscal Data Korea (열린재정, openfiscaldata.go.kr)";
  private static final String OPENFISCAL_LICENCE =
      "No data licence stated; redistributed in github.com/su79eu7k/Korea_National_Budget_Reconciliation"
          + " (repository MIT-licensed); upstream is Korean public-sector open data, KOGL terms not"
          + " stated";

  // The 2019 files are a different compilation at program level, so they get their own dataset.
  private static final String PROGRAM_2019_DATASET = "kr-budget-2019";
  private static final String PROGRAM_2019_SOURCE =
      "Hankyung newslab compilation of the 2019 budget, via github.com/mrchypark/krbudget2019";
  private static final String PROGRAM_2019_LICENCE = "CC0 1.0 Universal";

  private static final Set<String> EMPTY = Set.of("");
  private static final Set<String> EMPTY_OR_DASH = Set.of("", "-");
  private static final Set<String> REQUIRED = Set.of();

  private static Member member(String name, Level level, Set<String> absent) {
    return new Member(List.of(name), level, absent);
  }

  private static Amount amount(String name, StageOf stage) {
    return new Amount(List.of(name), stage, 0);
  }

  private static List<Column> openFiscalExpenditureLevels() {
    return List.of(
        new Year(List.of("회계연도")),
        member("소관명", Level.MINISTRY, REQUIRED),
        member("회계명", Level.ACCOUNT, REQUIRED),
        member("계정명", Level.SUB_ACCOUNT, EMPTY),
        member("분야명", Level.SECTOR, REQUIRED),
        // The net export spells 부문명 as 부분명; accept either in both families.
        new Member(List.of("부문명", "부분명"), Level.SUBSECTOR, REQUIRED),
        member("프로그램명", Level.PROGRAM, REQUIRED),
        // Net exports have rows with no 단위사업명 (program-level lines).
        member("단위사업명", Level.UNIT_PROJECT, EMPTY));
  }

  private static List<Column> openFiscalRevenueLevels() {
    return List.of(
        new Year(List.of("회계연도")),
        member("소관명", Level.MINISTRY, REQUIRED),
        member("회계명", Level.ACCOUNT, REQUIRED),
        member("계정명", Level.SUB_ACCOUNT, EMPTY),
        member("수입관명", Level.REVENUE_SECTION, REQUIRED),
        member("수입항명", Level.REVENUE_ITEM, REQUIRED),
        member("수입목명", Level.REVENUE_SUBITEM, REQUIRED));
  }

  private static List<Column> concat(List<Column> a, List<Column> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }

  private static OpenFiscalLayout openFiscal(
      String id, String title, Measure measure, List<Hierarchy> hierarchies, List<Column> columns) {
    return new OpenFiscalLayout(
        id,
        title,
        OPENFISCAL_DATASET,
        measure,
        SourceUnit.THOUSAND_WON,
        Optional.empty(),
        OPENFISCAL_SOURCE,
        OPENFISCAL_LICENCE,
        hierarchies,
        columns);
  }

  private static final List<Column> SUPPLEMENTARY_COLUMNS =
      List.of(
          amount("금년도예산(천원)", StageOf.ENACTED),
          amount("추경정부안(천원)", StageOf.SUPPLEMENTARY_PROPOSAL),
          amount("추경국회확정(천원)", StageOf.SUPPLEMENTARY));

  private static final List<Column> NET_REVENUE_COLUMNS =
      List.of(amount("금년도정부안(천원)", StageOf.PROPOSAL), amount("금년도국회확정(천원)", StageOf.ENACTED));

  private static final List<Column> NET_EXPENDITURE_COLUMNS =
      List.of(
          // Last year's enacted budget, restated in this year's classification.
          new Amount(List.of("전년도당초금액(천원)"), StageOf.ENACTED, -1),
          amount("금년도정부안(천원)", StageOf.PROPOSAL),
          amount("금년도국회확정(천원)", StageOf.ENACTED));

  static final OpenFiscalLayout EXPENDITURE =
      openFiscal(
          "out",
          "열린재정 세출 총계 (out_YYYY)",
          Measure.EXPENDITURE,
          List.of(Hierarchy.KR_ADMINISTRATIVE, Hierarchy.KR_FUNCTIONAL),
          concat(openFiscalExpenditureLevels(), SUPPLEMENTARY_COLUMNS));

  static final OpenFiscalLayout NET_EXPENDITURE =
      openFiscal(
          "out_net_bud",
          "열린재정 세출 순계 (out_net_bud_YYYY)",
          Measure.EXPENDITURE_NET,
          List.of(Hierarchy.KR_ADMINISTRATIVE, Hierarchy.KR_FUNCTIONAL),
          concat(openFiscalExpenditureLevels(), NET_EXPENDITURE_COLUMNS));

  static final OpenFiscalLayout REVENUE =
      openFiscal(
          "in",
          "열린재정 세입 총계 (in_YYYY)",
          Measure.REVENUE,
          List.of(Hierarchy.KR_REVENUE),
          concat(openFiscalRevenueLevels(), SUPPLEMENTARY_COLUMNS));

  static final OpenFiscalLayout NET_REVENUE =
      openFiscal(
          "in_net_bud",
          "열린재정 세입 순계 (in_net_bud_YYYY)",
          Measure.REVENUE_NET,
          List.of(Hierarchy.KR_REVENUE),
          concat(openFiscalRevenueLevels(), NET_REVENUE_COLUMNS));

  private static final String PROPOSAL_2019 = "금액_원안";
  private static final String ENACTED_2019 = "수정금액_확정안";

  /** Subtotal and change columns of the 2019 files, checked against the rows and dropped. */
  private static List<Column> checks2019() {
    List<String> byAccount = List.of("소관", "회계분류");
    return List.of(
        new Subtotal(List.of("계정별합계_원안"), List.of("소관", "회계분류", "계정"), PROPOSAL_2019),
        new Subtotal(List.of("회계분류별합계_원안"), byAccount, PROPOSAL_2019),
        new Subtotal(List.of("소관총계_원안"), List.of("소관"), PROPOSAL_2019),
        new Change(List.of("증감액"), PROPOSAL_2019, ENACTED_2019),
        amount(ENACTED_2019, StageOf.ENACTED),
        new Subtotal(List.of("회계분류별합계_확정안"), byAccount, ENACTED_2019),
        new Subtotal(List.of("소관총계_확정안"), List.of("소관"), ENACTED_2019));
  }

  private static OpenFiscalLayout program2019(
      String id, String title, Measure measure, List<Hierarchy> hierarchies, List<Column> columns) {
    return new OpenFiscalLayout(
        id,
        title,
        PROGRAM_2019_DATASET,
        measure,
        SourceUnit.WON,
        Optional.of(FiscalYear.of(2019)),
        PROGRAM_2019_SOURCE,
        PROGRAM_2019_LICENCE,
        hierarchies,
        columns);
  }

  static final OpenFiscalLayout EXPENDITURE_2019 =
      program2019(
          "program_2019_out",
          "2019 예산 세출 프로그램별 (krbudget2019 out.csv)",
          // Sums to 400.363조원 proposed, the gross (총계) total of the 2019 budget.
          Measure.EXPENDITURE,
          List.of(Hierarchy.KR_ADMINISTRATIVE, Hierarchy.KR_FUNCTIONAL),
          concat(
              List.of(
                  member("소관", Level.MINISTRY, REQUIRED),
                  new Direction(List.of("입출분류"), "세출"),
                  member("회계분류", Level.ACCOUNT, REQUIRED),
                  member("계정", Level.SUB_ACCOUNT, EMPTY_OR_DASH),
                  member("장(분야)", Level.SECTOR, REQUIRED),
                  member("관(부문)", Level.SUBSECTOR, REQUIRED),
                  member("항(프로그램)", Level.PROGRAM, REQUIRED),
                  amount(PROPOSAL_2019, StageOf.PROPOSAL)),
              checks2019()));

  static final OpenFiscalLayout REVENUE_2019 =
      program2019(
          "program_2019_in",
          "2019 예산 세입 (krbudget2019 in.csv)",
          Measure.REVENUE,
          List.of(Hierarchy.KR_REVENUE),
          concat(
              List.of(
                  member("소관", Level.MINISTRY, REQUIRED),
                  new Direction(List.of("입출분류"), "세입"),
                  member("회계분류", Level.ACCOUNT, REQUIRED),
                  member("계정", Level.SUB_ACCOUNT, EMPTY_OR_DASH),
                  member("관", Level.REVENUE_SECTION, REQUIRED),
                  member("항", Level.REVENUE_ITEM, REQUIRED),
                  amount(PROPOSAL_2019, StageOf.PROPOSAL)),
              checks2019()));

  static final List<OpenFiscalLayout> ALL =
      List.of(EXPENDITURE, NET_EXPENDITURE, REVENUE, NET_REVENUE, EXPENDITURE_2019, REVENUE_2019);
}
