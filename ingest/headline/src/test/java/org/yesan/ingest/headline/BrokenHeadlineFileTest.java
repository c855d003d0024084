package org.yesan.ingest.headline;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.yesan.ingest.ImportOptions;
import org.yesan.ingest.InputException;

/** Each file under broken/ has one defect; reading it fails with a message that locates it. */
class BrokenHeadlineFileTest {

  private static Path broken(String name) {
    try {
      return Path.of(BrokenHeadlineFileTest.class.getResource("/broken/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void read(Path file) {
    try (var batch = new HeadlineCsvFormat().open(file, ImportOptions.defaults())) {
      batch.forEach(fact -> {});
    }
  }

  @Test
  void wrongHeader() {
    Path file = broken("wrong-header.csv");
    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InputException.class)
        .hasMessage(
            file
                + ":1:8: expected column 8 named 'amount' (header: fiscal_year,stage,reported_in,"
                + "measure,sector,sector_ko,sector_en,amount,unit,source_url,publisher,announced_on,"
                + "sources_agreeing,note), found 'amount_trillion_krw'");
  }

  @Test
  void amountWithText() {
    Path file = broken("amount-with-text.csv");
    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InputException.class)
        .hasMessage(
            file
                + ":3:8: expected a plain decimal number such as 728.0 (no commas, no unit),"
                + " found '727.9조'");
  }

  @Test
  void duplicateKeyNamesBothLines() {
    Path file = broken("duplicate-key.csv");
    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InputException.class)
        .hasMessage(
            file
                + ":4:1: expected one row per (fiscal_year, stage, reported_in, measure, sector),"
                + " found a second row for 2026 proposal total_expenditure (lines 2 and 4)");
  }

  @Test
  void amountThatIsNotAWholeNumberOfWon() {
    Path file = broken("non-whole-won.csv");
    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InputException.class)
        .hasMessage(
            file
                + ":2:8: expected an amount in 조원 that is a whole number of 원 (at most 12"
                + " decimals), found '1.0000000000001', which is 1000000000000.1 원");
  }

  @Test
  void unknownSector() {
    Path file = broken("unknown-sector.csv");
    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InputException.class)
        .hasMessage(
            file
                + ":2:5: expected one of the 12 sector ids (health_welfare_employment, education,"
                + " ...), found 'welfare'");
  }

  @Test
  void totalWithASector() {
    Path file = broken("total-with-sector.csv");
    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InputException.class)
        .hasMessage(
            file + ":2:5: expected an empty field for a total_expenditure row, found 'defense'");
  }

  @Test
  void stageInKorean() {
    Path file = broken("korean-stage.csv");
    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InputException.class)
        .hasMessage(
            file
                + ":2:2: expected a stage id (proposal, enacted, supplementary_N,"
                + " supplementary_N_proposal, final, executed), found '정부안'");
  }

  @Test
  void figureWithoutItsSource() {
    Path file = broken("no-source.csv");
    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InputException.class)
        .hasMessage(
            file
                + ":2:10: expected the address (http:// or https://) of the page the figure was"
                + " taken from, found nothing");
  }

  @Test
  void percentageWrittenInWon() {
    Path file = broken("percent-in-won.csv");
    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InputException.class)
        .hasMessage(file + ":2:9: expected '%' for national_debt_to_gdp, found '조원'");
  }

  @Test
  void negativeDebt() {
    Path file = broken("negative-debt.csv");
    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InputException.class)
        .hasMessage(
            file
                + ":2:8: expected a positive amount (national_debt cannot be zero or negative),"
                + " found '-1413.8'");
  }

  @Test
  void supplementarySizeAtTheEnactedStage() {
    Path file = broken("supplementary-size-at-enacted.csv");
    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InputException.class)
        .hasMessage(
            file
                + ":2:2: expected for supplementary_size, supplementary_N or"
                + " supplementary_N_proposal, found 'enacted'");
  }

  @Test
  void reportedBeforeItsOwnYear() {
    Path file = broken("reported-before-its-year.csv");
    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InputException.class)
        .hasMessage(
            file
                + ":2:3: expected the fiscal year of the budget that published the figure, 2024 or"
                + " later, found '2023'");
  }

  @Test
  void figureWithoutItsPublisher() {
    Path file = broken("no-publisher.csv");
    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InputException.class)
        .hasMessage(file + ":2:11: expected the publisher of that page, found nothing");
  }

  @Test
  void dateThatDoesNotExist() {
    Path file = broken("impossible-date.csv");
    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InputException.class)
        .hasMessage(
            file
                + ":2:12: expected the date of publication, YYYY-MM-DD (or YYYY-MM where the source"
                + " gives no day), found '2025-02-30'");
  }

  @Test
  void percentageMorePreciseThanTheStoreKeeps() {
    Path file = broken("percent-too-precise.csv");
    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InputException.class)
        .hasMessage(file + ":2:8: expected a percentage with at most 2 decimals, found '-4.012'");
  }

  @Test
  void amountWithAThousandsSeparator() {
    Path file = broken("amount-with-comma.csv");
    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InputException.class)
        .hasMessage(
            file
                + ":2:8: expected a plain decimal number such as 728.0 (no commas, no unit),"
                + " found '1,413.8'");
  }
}
