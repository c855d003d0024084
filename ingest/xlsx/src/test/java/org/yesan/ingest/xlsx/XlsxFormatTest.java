package org.yesan.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yesan.ingest.ImportOptions;
import org.yesan.ingest.InputException;
import org.yesan.ingest.SourceBatch;
import org.yesan.ingest.SourceFormat;
import org.yesan.ingest.SourceFormats;
import org.yesan.ingest.TextEncoding;
import org.yesan.ingest.openfiscal.OpenFiscalFormat;
import org.yesan.model.Fact;

class XlsxFormatTest {

  @TempDir Path dir;

  private static List<Fact> facts(SourceFormat format, Path file) {
    List<Fact> facts = new ArrayList<>();
    try (SourceBatch batch = format.open(file, ImportOptions.defaults())) {
      batch.forEach(facts::add);
    }
    return facts;
  }

  /** Totals by {@code fiscalYear:stage}, in order of first appearance. */
  private static String totals(List<Fact> facts) {
    Map<String, BigDecimal> sums = new LinkedHashMap<>();
    for (Fact f : facts) {
      sums.merge(f.fiscalYear() + ":" + f.stage().id(), f.amount(), BigDecimal::add);
    }
    return sums.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue().toPlainString())
        .collect(Collectors.joining(";"));
  }

  @Test
  void out2018WorkbookHasTheCsvTotals() throws IOException {
    Path xlsx =
        Workbooks.fromCsv(Workbooks.openFiscalCsv("out_2018.csv"), dir.resolve("out.xlsx"), "세출");

    List<Fact> facts = facts(new XlsxFormat(), xlsx);

    // Same figures as the CSV import (python3 sums of out_2018.csv columns × 1000).
    assertThat(totals(facts))
        .isEqualTo("2018:enacted=368646277167000;2018:supplementary_1_proposal=212956038014000");
    assertThat(facts).hasSize(4676);
  }

  @Test
  void workbookFactsEqualCsvFactsRowForRow() throws IOException {
    Path csv = Workbooks.openFiscalCsv("in_2017.csv");
    Path xlsx = Workbooks.fromCsv(csv, dir.resolve("in.xlsx"), "세입");

    List<Fact> fromCsv = facts(new OpenFiscalFormat(), csv);
    List<Fact> fromXlsx = facts(new XlsxFormat(), xlsx);

    assertThat(fromXlsx).hasSameSizeAs(fromCsv);
    for (int i = 0; i < fromCsv.size(); i++) {
      Fact c = fromCsv.get(i);
      Fact x = fromXlsx.get(i);
      // The sheet has a title row and a blank row above the header: Excel row = CSV line + 2.
      assertThat(x)
          .isEqualTo(
              new Fact(
                  c.members(),
                  c.fiscalYear(),
                  c.stage(),
                  c.measure(),
                  c.reportedIn(),
                  c.amount(),
                  c.sourceLine() + 2));
    }
  }

  @Test
  void headerNeedNotStartInColumnA() throws IOException {
    Path xlsx =
        Workbooks.fromCsv(
            Workbooks.openFiscalCsv("out_net_bud_2018.csv"),
            dir.resolve("net.xlsx"),
            "순계",
            5,
            1,
            row -> row);

    // python3 sums of out_net_bud_2018.csv columns × 1000, 전년도당초금액 as 2017 enacted.
    assertThat(totals(facts(new XlsxFormat(), xlsx)))
        .isEqualTo(
            "2017:enacted=303143159102000;2018:proposal=330801419087000;"
                + "2018:enacted=330841352167000");
  }

  @Test
  void program2019Workbooks() throws IOException {
    for (String name : List.of("out.csv", "in.csv")) {
      Path xlsx =
          Workbooks.fromCsv(Workbooks.program2019Csv(name), dir.resolve(name + ".xlsx"), "2019");

      // python3 sums of 금액_원안 and 수정금액_확정안 (원), equal for in.csv and out.csv.
      assertThat(totals(facts(new XlsxFormat(), xlsx)))
          .isEqualTo("2019:proposal=400363062000000;2019:enacted=399769097900000");
    }
  }

  @Test
  void refusesFractionalThousandsOfWonNamingSheetRowAndColumn() throws IOException {
    Path xlsx =
        Workbooks.fromCsv(
            Workbooks.openFiscalCsv("out_2018.csv"),
            dir.resolve("fraction.xlsx"),
            "세출",
            3,
            0,
            row -> {
              if (row.get(7).equals("기본경비")) {
                List<String> edited = new ArrayList<>(row);
                edited.set(8, "18518000.5");
                return edited;
              }
              return row;
            });

    // 기본경비 is on CSV line 3, so Excel row 5; 금년도예산 is the 9th column, I.
    assertThatThrownBy(() -> facts(new XlsxFormat(), xlsx))
        .isInstanceOf(InputException.class)
        .hasMessage(
            xlsx
                + ":5:9: expected a whole number of 천원 in 금년도예산(천원) (sheet '세출', cell I5), found"
                + " '18518000.5'");
  }

  @Test
  void refusesASheetWithoutAKnownHeader() throws IOException {
    Path xlsx =
        Workbooks.fromCsv(
            Workbooks.openFiscalCsv("out_2018.csv"), dir.resolve("late.xlsx"), "세출", 32, 0, r -> r);

    assertThatThrownBy(() -> new XlsxFormat().open(xlsx, ImportOptions.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessage(
            xlsx
                + ": expected a header row of a 열린재정 or 2019 program budget table within the first"
                + " 30 rows of sheet '세출', found none");
  }

  @Test
  void refusesAFileThatIsNotAWorkbook() throws IOException {
    Path fake = Files.writeString(dir.resolve("fake.xlsx"), "회계연도,소관명\n");

    assertThatThrownBy(() -> new XlsxFormat().open(fake, ImportOptions.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessage(fake + ": expected an Excel .xlsx workbook, found a file that is not one");
  }

  @Test
  void detectsWorkbooksAndDescribesThemAsXlsx() throws IOException {
    Path xlsx =
        Workbooks.fromCsv(
            Workbooks.openFiscalCsv("in_net_bud_2018.csv"), dir.resolve("n.xlsx"), "s");
    Path csv = Workbooks.openFiscalCsv("in_net_bud_2018.csv");

    assertThat(new XlsxFormat().detect(xlsx, TextEncoding.head(xlsx, 65536))).isEqualTo(60);
    assertThat(new XlsxFormat().detect(csv, TextEncoding.head(csv, 65536))).isZero();
    assertThat(SourceFormats.installed().detect(xlsx).id()).isEqualTo("xlsx");
    try (SourceBatch batch = new XlsxFormat().open(xlsx, ImportOptions.defaults())) {
      assertThat(batch.description().format()).isEqualTo("xlsx");
      assertThat(batch.description().suggestedDataset()).isEqualTo("kr-openfiscal");
    }
  }
}
