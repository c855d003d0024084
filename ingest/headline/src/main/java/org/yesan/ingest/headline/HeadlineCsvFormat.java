package org.yesan.ingest.headline;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.yesan.ingest.BatchDescription;
import org.yesan.ingest.BundledFile;
import org.yesan.ingest.CsvTable;
import org.yesan.ingest.ImportOptions;
import org.yesan.ingest.InputException;
import org.yesan.ingest.SourceBatch;
import org.yesan.ingest.SourceFormat;
import org.yesan.ingest.TextEncoding;
import org.yesan.model.Hierarchy;
import org.yesan.model.Level;
import org.yesan.model.Measure;
import org.yesan.model.SourceUnit;

/**
 * Reads Yesan's own compilation of Korea's national budget aggregates ({@code
 * data/kr-total-expenditure.csv}): total expenditure (총지출), sector allocations, revenue, debt,
 * fiscal balance and the sizes of supplementary budgets and Assembly changes, by fiscal year, stage
 * and vintage, in trillion won or, for ratios to GDP, in percent.
 */
public final class HeadlineCsvFormat implements SourceFormat {

  /**
   * The columns of the file, in order; a file is of this format exactly when its header is this.
   */
  public static final List<String> HEADER =
      List.of(
          "fiscal_year",
          "stage",
          "reported_in",
          "measure",
          "sector",
          "sector_ko",
          "sector_en",
          "amount",
          "unit",
          "source_url",
          "publisher",
          "announced_on",
          "sources_agreeing",
          "note");

  /**
   * Sector allocation (분야별 재원배분): what each of the twelve sectors receives. The allocations overlap
   * and do not add up to total expenditure, so they are a measure of their own.
   */
  public static final Measure SECTOR_ALLOCATION = HeadlineMeasure.SECTOR_ALLOCATION.measure();

  /** The class-path location of the bundled dataset, relative to this class. */
  static final String BUNDLED_RESOURCE = "kr-total-expenditure.csv";

  private static final String HEADER_LINE = String.join(",", HEADER);

  @Override
  public String id() {
    return "headline";
  }

  @Override
  public int detect(Path file, byte[] head) {
    String first = new String(TextEncoding.firstLine(head), StandardCharsets.UTF_8);
    return first.equals(HEADER_LINE) ? 100 : 0;
  }

  @Override
  public SourceBatch open(Path file, ImportOptions options) {
    try (CsvTable table = CsvTable.open(file)) {
      requireHeader(file, table.header());
    }
    return new HeadlineBatch(file, description());
  }

  /** The description every batch of this format has: one level, 분야, and the headline measures. */
  public static BatchDescription description() {
    return new BatchDescription(
        "headline",
        "kr-headline",
        "South Korea national budget aggregates (총지출, 분야별 재원배분, 총수입, 국가채무, 관리재정수지),"
            + " FY2007-FY2026",
        Optional.of("KR"),
        "KRW",
        SourceUnit.TRILLION_WON,
        "Yesan compilation of published figures (see data/README.md)",
        "Figures are facts from public sources (MOEF, NABO, news agencies; each row names its"
            + " page); the compilation is the Yesan project's own",
        List.of(Level.SECTOR),
        List.of(new Hierarchy("functional", "기능별", "by function", List.of(Level.SECTOR.id()))),
        Arrays.stream(HeadlineMeasure.values()).map(HeadlineMeasure::measure).toList());
  }

  /**
   * The dataset shipped inside this module's jar, opened as a batch, so that a demo needs no
   * repository checkout.
   *
   * @throws IllegalStateException when the jar was built without the data file
   */
  public static SourceBatch bundled() {
    URL resource = HeadlineCsvFormat.class.getResource(BUNDLED_RESOURCE);
    if (resource == null) {
      throw new IllegalStateException(
          "the bundled dataset "
              + BUNDLED_RESOURCE
              + " is missing from the class path; was the module built from a checkout with"
              + " data/kr-total-expenditure.csv?");
    }
    return openResource(resource);
  }

  /** Opens a class-path resource, which is either a plain file or an entry of a jar. */
  static SourceBatch openResource(URL resource) {
    return new HeadlineCsvFormat().open(BundledFile.of(resource), ImportOptions.defaults());
  }

  private static void requireHeader(Path file, List<String> found) {
    for (int i = 0; i < HEADER.size(); i++) {
      if (i >= found.size()) {
        throw new InputException(
            file,
            1,
            i + 1,
            "column " + (i + 1) + " named '" + HEADER.get(i) + "' (header: " + HEADER_LINE + ")",
            "only " + found.size() + " column" + (found.size() == 1 ? "" : "s"));
      }
      if (!found.get(i).equals(HEADER.get(i))) {
        throw new InputException(
            file,
            1,
            i + 1,
            "column " + (i + 1) + " named '" + HEADER.get(i) + "' (header: " + HEADER_LINE + ")",
            InputException.quote(found.get(i)));
      }
    }
    if (found.size() > HEADER.size()) {
      throw new InputException(
          file,
          1,
          HEADER.size() + 1,
          HEADER.size() + " columns (header: " + HEADER_LINE + ")",
          "an extra column " + InputException.quote(found.get(HEADER.size())));
    }
  }
}
