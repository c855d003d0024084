package org.yesan.ingest.openfiscal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yesan.ingest.ImportOptions;
import org.yesan.ingest.InputException;
import org.yesan.model.Fact;
import org.yesan.model.FiscalYear;
import org.yesan.model.Stage;

class OpenFiscalTableTest {

  private static final Path SHEET = Path.of("budget.xlsx");

  // Net revenue columns in a shuffled order, as a spreadsheet might hold them.
  private static final List<String> HEADER =
      List.of("금년도국회확정(천원)", "회계연도", "소관명", "회계명", "계정명", "수입관명", "수입항명", "수입목명", "금년도정부안(천원)");

  @Test
  void recognisesAHeaderInAnyColumnOrder() {
    assertThat(OpenFiscalTable.recognise(SHEET, 3, HEADER))
        .map(OpenFiscalTable::layoutId)
        .contains("in_net_bud");
    assertThat(OpenFiscalTable.recognise(SHEET, 1, List.of("2018 세입 예산", "", ""))).isEmpty();
  }

  @Test
  void convertsRowsGivenAsLists() {
    OpenFiscalTable table = OpenFiscalTable.of(SHEET, 3, HEADER);
    List<TableRow> rows =
        List.of(
            TableRow.of(
                SHEET,
                4,
                List.of(
                    "20000", "2018", "감사원", "일반회계", "", "경상이전수입", "기타경상이전수입", "기타경상이전수입", "21000")),
            TableRow.of(
                SHEET,
                5,
                List.of("0", "2018", "감사원", "일반회계", "", "재산수입", "관유물대여료", "건물대여료", "15000")));
    List<Fact> facts = new ArrayList<>();

    // Facts follow the layout's column order (정부안, then 국회확정), not the sheet's.
    table.read(rows::forEach, ImportOptions.defaults(), facts::add);

    assertThat(facts)
        .extracting(Fact::stage, Fact::amount, Fact::sourceLine)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Stage.PROPOSAL, new BigDecimal("21000000"), 4L),
            org.assertj.core.groups.Tuple.tuple(Stage.ENACTED, new BigDecimal("20000000"), 4L),
            org.assertj.core.groups.Tuple.tuple(Stage.PROPOSAL, new BigDecimal("15000000"), 5L),
            org.assertj.core.groups.Tuple.tuple(Stage.ENACTED, BigDecimal.ZERO, 5L));
    assertThat(facts.get(0).members())
        .containsExactly(
            Optional.of("감사원"),
            Optional.of("일반회계"),
            Optional.empty(),
            Optional.of("경상이전수입"),
            Optional.of("기타경상이전수입"),
            Optional.of("기타경상이전수입"));
    assertThat(facts.get(0).fiscalYear()).isEqualTo(FiscalYear.of(2018));
  }

  @Test
  void errorsAreLocatedByTheRow() {
    OpenFiscalTable table = OpenFiscalTable.of(SHEET, 3, HEADER);
    TableRow row =
        new TableRow() {
          @Override
          public long line() {
            return 7;
          }

          @Override
          public List<String> fields() {
            return List.of("1.5", "2018", "감사원", "일반회계", "", "재산수입", "관유물대여료", "건물대여료", "15");
          }

          @Override
          public InputException error(int index, String expected, String found) {
            return new InputException(SHEET, 7, index + 2, expected + " in cell " + index, found);
          }
        };

    assertThatThrownBy(
            () -> table.read(each -> each.accept(row), ImportOptions.defaults(), f -> {}))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "budget.xlsx:7:2: expected a whole number of 천원 in 금년도국회확정(천원) in cell 0, found '1.5'");
  }

  @Test
  void refusesAnUnknownHeaderNamingTheColumn() {
    List<String> header = new ArrayList<>(HEADER);
    header.set(5, "수입관");

    assertThatThrownBy(() -> OpenFiscalTable.of(SHEET, 2, header))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("budget.xlsx:2:6: expected a column of the 열린재정 세입 순계")
        .hasMessageEndingWith("found '수입관'");
  }
}
