package org.yesan.ingest.openfiscal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.yesan.ingest.BatchDescription;
import org.yesan.model.FiscalYear;
import org.yesan.model.Hierarchy;
import org.yesan.model.Level;
import org.yesan.model.Measure;
import org.yesan.model.SourceUnit;

/**
 * The shape of one family of export files: its columns, the measure and unit of its amounts, and
 * its provenance.
 *
 * <p>{@code fixedYear} is for files without a 회계연도 column, whose year is known from the source.
 */
record OpenFiscalLayout(
    String id,
    String title,
    String suggestedDataset,
    Measure measure,
    SourceUnit unit,
    Optional<FiscalYear> fixedYear,
    String source,
    String licence,
    List<Hierarchy> hierarchies,
    List<Column> columns) {

  OpenFiscalLayout {
    columns = List.copyOf(columns);
    hierarchies = List.copyOf(hierarchies);
    boolean hasYear = columns.stream().anyMatch(c -> c instanceof Column.Year);
    if (hasYear == fixedYear.isPresent()) {
      throw new IllegalArgumentException(
          "layout " + id + " needs exactly one of a 회계연도 column and a fixed year");
    }
  }

  /** The levels of the member columns, in column order. */
  List<Level> levels() {
    return columns.stream()
        .filter(c -> c instanceof Column.Member)
        .map(c -> ((Column.Member) c).level())
        .toList();
  }

  BatchDescription description() {
    List<Level> levels = levels();
    Set<String> ids = levels.stream().map(Level::id).collect(Collectors.toSet());
    // The standard hierarchies reach finer levels (세부사업, 수입목) than some files have; keep the
    // hierarchy id so datasets stay comparable, but only the levels this file can fill.
    List<Hierarchy> fitted =
        hierarchies.stream()
            .map(
                h ->
                    new Hierarchy(
                        h.id(),
                        h.labelKo(),
                        h.labelEn(),
                        h.levelIds().stream().filter(ids::contains).toList()))
            .toList();
    // The batch titles the dataset it creates, so it names the collection, not this file family.
    String datasetTitle =
        suggestedDataset.equals("kr-budget-2019")
            ? "대한민국 2019년 예산, 프로그램 수준 (Korea FY2019 budget, program level)"
            : "대한민국 중앙정부 예산, 열린재정 (Korea central government budget, Open Fiscal Data)";
    return new BatchDescription(
        OpenFiscalFormat.ID,
        suggestedDataset,
        datasetTitle,
        Optional.of("KR"),
        "KRW",
        unit,
        source,
        licence,
        levels,
        fitted,
        List.of(measure));
  }

  /**
   * Where a header falls short of this layout: a 1-based column (0 if missing) and what was wrong.
   */
  record Problem(int column, String expected, String found) {}

  /**
   * How a header fits this layout: how many of its texts name a column of the layout, and either
   * the header position of each column or the first problem.
   */
  record Fit(
      OpenFiscalLayout layout,
      int recognised,
      Optional<List<Integer>> positions,
      Optional<Problem> problem) {}

  Fit fit(List<String> header) {
    Integer[] positions = new Integer[columns.size()];
    Optional<Problem> problem = Optional.empty();
    int recognised = 0;
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).strip();
      int c = columnNamed(name);
      if (c < 0) {
        if (problem.isEmpty()) {
          problem =
              Optional.of(
                  new Problem(
                      i + 1,
                      "a column of the " + title + " layout (" + columnList() + ")",
                      quote(name)));
        }
        continue;
      }
      recognised++;
      if (!seen.add(columns.get(c).canonicalName())) {
        if (problem.isEmpty()) {
          problem =
              Optional.of(
                  new Problem(i + 1, "each column once", "a second " + quote(name) + " column"));
        }
        continue;
      }
      positions[c] = i;
    }
    if (problem.isEmpty()) {
      for (int c = 0; c < columns.size(); c++) {
        if (positions[c] == null) {
          problem =
              Optional.of(
                  new Problem(
                      0,
                      "column "
                          + quote(columns.get(c).canonicalName())
                          + " of the "
                          + title
                          + " layout",
                      "a header without it"));
          break;
        }
      }
    }
    return new Fit(
        this,
        recognised,
        problem.isPresent() ? Optional.empty() : Optional.of(List.of(positions)),
        problem);
  }

  private int columnNamed(String name) {
    for (int c = 0; c < columns.size(); c++) {
      if (columns.get(c).names().contains(name)) {
        return c;
      }
    }
    return -1;
  }

  String columnList() {
    List<String> names = new ArrayList<>();
    for (Column c : columns) {
      names.add(c.canonicalName());
    }
    return String.join(", ", names);
  }

  private static String quote(String s) {
    return org.yesan.ingest.InputException.quote(s);
  }
}
