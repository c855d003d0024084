package org.yesan.ingest.openfiscal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.yesan.ingest.InputException;
import org.yesan.ingest.TextEncoding;

class BrokenInputTest {

  private static Path broken(String name) {
    return Path.of("src/test/resources/broken").resolve(name);
  }

  private static void assertRefused(String name, String message) {
    Path file = broken(name);
    assertThatThrownBy(() -> RealFiles.facts(file))
        .isInstanceOf(InputException.class)
        .hasMessage(file + message);
  }

  @Test
  void emptyFile() {
    assertRefused("empty.csv", ": expected a header row, found an empty file");
  }

  @Test
  void utf16IsNotAnEncodingWeRead() {
    Path file = broken("utf16.csv");
    assertThatThrownBy(() -> RealFiles.facts(file))
        .isInstanceOf(InputException.class)
        .hasMessage(
            file + ":1: expected text in UTF-8 or CP949, found bytes that are neither, at byte 1");
  }

  @Test
  void binaryGarbage() {
    Path file = broken("binary_garbage.csv");
    assertThatThrownBy(() -> RealFiles.facts(file))
        .isInstanceOf(InputException.class)
        .hasMessage(
            file + ":3: expected text in UTF-8 or CP949, found bytes that are neither, at byte 15");
  }

  @Test
  void rowWithTooFewFields() {
    assertRefused(
        "too_few_fields.csv", ":3:10: expected 11 fields as in the header, found 10 fields");
  }

  @Test
  void rowWithTooManyFields() {
    assertRefused(
        "too_many_fields.csv", ":3:12: expected 11 fields as in the header, found 12 fields");
  }

  @Test
  void textInAnAmountColumn() {
    assertRefused(
        "text_amount.csv", ":3:9: expected a whole number of 천원 in 금년도예산(천원), found '268천'");
  }

  @Test
  void fileCutInsideItsLastQuotedField() {
    // A lenient reader would store the cut field "0 as 0; the last record is refused instead.
    assertRefused(
        "cut_in_quotes.csv",
        ":3:11: expected a closing quote before the end of the file, found the end of the file"
            + " inside a quoted field (the file may have been cut here)");
  }

  @Test
  void textAfterAClosingQuote() {
    // A lenient reader reopens the quote here and reads the following lines as one field.
    assertRefused(
        "text_after_quote.csv",
        ":3: expected a field separator or line end after a closing quote (quotes inside a quoted"
            + " field are doubled), found '행'");
  }

  @Test
  void amountWithMoreDigitsThanAnyBudget() {
    assertRefused(
        "forty_digit_amount.csv",
        ":3:9: expected a whole number of at most 27 digits of 천원 in 금년도예산(천원), found"
            + " '1234567890123456789012345678901234567890'");
  }

  @Test
  void triangleIsAMinusSign() {
    var facts = RealFiles.facts(Path.of("src/test/resources/valid/triangle_minus.csv"));
    assertThat(facts.get(1).amount()).isEqualByComparingTo("-1500000");
    assertThat(facts.get(0).amount()).isEqualByComparingTo("23074000000");
  }

  @Test
  void fractionalThousandsOfWon() {
    assertRefused(
        "fractional_amount.csv",
        ":3:9: expected a whole number of 천원 in 금년도예산(천원), found '268000.5'");
  }

  @Test
  void unknownColumnInAKnownLayout() {
    assertRefused(
        "unknown_header.csv",
        ":1:8: expected a column of the 열린재정 세출 총계 (out_YYYY) layout (회계연도, 소관명, 회계명, 계정명,"
            + " 분야명, 부문명, 프로그램명, 단위사업명, 금년도예산(천원), 추경정부안(천원), 추경국회확정(천원)), found"
            + " '단위사업코드'");
  }

  @Test
  void missingColumn() {
    assertRefused(
        "missing_column.csv",
        ":1: expected column '추경국회확정(천원)' of the 열린재정 세출 총계 (out_YYYY) layout, found a header"
            + " without it");
  }

  @Test
  void headerOfNoLayout() {
    assertRefused(
        "not_openfiscal_header.csv",
        ":1: expected a header of a 열린재정 export (out_YYYY, out_net_bud_YYYY, in_YYYY,"
            + " in_net_bud_YYYY) or of the 2019 program budget (out.csv, in.csv), found"
            + " 'name,amount'");
  }

  @Test
  void fiscalYearChangesMidFile() {
    assertRefused("year_changes.csv", ":3:1: expected 회계연도 2018 as on line 2, found '2017'");
  }

  @Test
  void headerWithoutRows() {
    assertRefused(
        "header_only.csv", ":2: expected at least one data row after the header, found none");
  }

  @Test
  void emptyMinistry() {
    assertRefused("empty_ministry.csv", ":3:2: expected a name in 소관명, found an empty field");
  }

  @Test
  void program2019SubtotalThatIsNotTheSumOfItsRows() {
    assertRefused(
        "program_2019_subtotal_mismatch.csv",
        ":2:10: expected 회계분류별합계_원안 = sum of 금액_원안 on lines 2 to 3 = 194510000000, found"
            + " '194510000001'");
  }

  @Test
  void program2019ChangeThatIsNotEnactedMinusProposal() {
    assertRefused(
        "program_2019_change_mismatch.csv",
        ":3:12: expected 증감액 = 수정금액_확정안 − 금액_원안 = 1450000000, found '1450000001'");
  }

  @Test
  void program2019RevenueRowInTheExpenditureFile() {
    assertRefused("program_2019_wrong_direction.csv", ":3:2: expected '세출' in 입출분류, found '세입'");
  }

  @Test
  void theSameRowsWithConsistentSubtotalsImport() {
    Path file = Path.of("src/test/resources/program_2019_two_rows.csv");

    assertThat(RealFiles.totals(RealFiles.facts(file)))
        .isEqualTo("2019:proposal=194510000000;2019:enacted=197077000000");
  }

  @Test
  void detection() {
    OpenFiscalFormat format = new OpenFiscalFormat();
    for (String name : new String[] {"utf16.csv", "binary_garbage.csv", "empty.csv"}) {
      Path f = broken(name);
      assertThat(format.detect(f, TextEncoding.head(f, 65536))).as(name).isZero();
    }
    // A near miss is claimed weakly, so that opening it explains which column is wrong.
    Path nearMiss = broken("unknown_header.csv");
    assertThat(format.detect(nearMiss, TextEncoding.head(nearMiss, 65536))).isEqualTo(30);
    Path other = broken("not_openfiscal_header.csv");
    assertThat(format.detect(other, TextEncoding.head(other, 65536))).isZero();
  }
}
