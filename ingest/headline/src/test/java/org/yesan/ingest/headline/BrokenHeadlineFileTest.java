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
                + ":1:7: expected column 7 named 'amount_trillion_krw' (header: fiscal_year,stage,"
                + "measure,sector,sector_ko,sector_en,amount_trillion_krw,source_url,announced_on,"
                + "sources_agreeing,note), found 'amount'");
  }

  @Test
  void amountWithText() {
    Path file = broken("amount-with-text.csv");
    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InputException.class)
        .hasMessage(
            file
                + ":3:7: expected an amount in 조원 (digits, optional sign, commas and decimals),"
                + " found '727.9조'");
  }

  @Test
  void duplicateKeyNamesBothLines() {
    Path file = broken("duplicate-key.csv");
    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InputException.class)
        .hasMessage(
            file
                + ":4:1: expected one row per (fiscal_year, stage, measure, sector), found a second"
                + " row for 2026 proposal total_expenditure (lines 2 and 4)");
  }

  @Test
  void amountThatIsNotAWholeNumberOfWon() {
    Path file = broken("non-whole-won.csv");
    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InputException.class)
        .hasMessage(
            file
                + ":2:7: expected an amount in 조원 that is a whole number of 원 (at most 12"
                + " decimals), found '1.0000000000001', which is 1000000000000.1 원");
  }

  @Test
  void unknownSector() {
    Path file = broken("unknown-sector.csv");
    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InputException.class)
        .hasMessage(
            file
                + ":2:4: expected one of the 12 sector ids (health_welfare_employment, education,"
                + " ...), found 'welfare'");
  }

  @Test
  void totalWithASector() {
    Path file = broken("total-with-sector.csv");
    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InputException.class)
        .hasMessage(
            file + ":2:4: expected an empty field for a total_expenditure row, found 'defense'");
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
                + ":2:8: expected the address of the page the figure was taken from, found nothing");
  }
}
