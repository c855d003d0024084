package org.yesan.ingest.mapped;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yesan.ingest.mapped.JsonValue.Position;
import org.yesan.model.FiscalYear;
import org.yesan.model.Hierarchy;
import org.yesan.model.Level;
import org.yesan.model.Measure;
import org.yesan.model.SourceUnit;
import org.yesan.model.Stage;

/**
 * A validated mapping file: what a CSV's columns mean, in which unit and currency its amounts are,
 * and where it came from. Column names are not yet checked against a header; see {@link
 * MappedCsvBatch}.
 */
record Mapping(
    Path file,
    String dataset,
    String title,
    Optional<String> country,
    String currency,
    SourceUnit unit,
    String source,
    String licence,
    Optional<Charset> encoding,
    char delimiter,
    List<LevelColumn> levels,
    List<Hierarchy> hierarchies,
    Measure measure,
    YearSource fiscalYear,
    Optional<YearSource> reportedIn,
    AmountLayout amounts,
    List<String> key) {

  Mapping {
    levels = List.copyOf(levels);
    hierarchies = List.copyOf(hierarchies);
    key = List.copyOf(key);
  }

  /** A column named in the mapping, with where the name is written so errors can point at it. */
  record ColumnName(String name, Position at) {}

  /** A level and the column that holds its members. */
  record LevelColumn(Level level, ColumnName column) {}

  /** Where a row's fiscal year comes from: a column, or one year for the whole file. */
  sealed interface YearSource {}

  /** The year is in this column of every row. */
  record YearColumn(ColumnName column) implements YearSource {}

  /** Every row has this year. */
  record FixedYear(FiscalYear year) implements YearSource {}

  /** How amounts are laid out: one column per stage (wide), or one amount column (long). */
  sealed interface AmountLayout {}

  /** Each row holds several amounts, one per stage (and year offset). */
  record WideAmounts(List<AmountColumn> columns) implements AmountLayout {
    WideAmounts {
      columns = List.copyOf(columns);
    }
  }

  /** An amount column of the wide layout: its stage, and how many years it lies from the row's. */
  record AmountColumn(ColumnName column, Stage stage, int yearOffset) {}

  /** Each row holds one amount, whose stage is fixed or given by another column. */
  record LongAmounts(ColumnName amount, StageSource stage) implements AmountLayout {}

  /** Where the stage of a long-layout row comes from. */
  sealed interface StageSource {}

  /** Every row has this stage. */
  record FixedStage(Stage stage) implements StageSource {}

  /**
   * The stage is in this column, written either as a stage id or as one of the mapped values (such
   * as {@code approved} → enacted).
   */
  record StageColumn(ColumnName column, Map<String, Stage> values) implements StageSource {
    StageColumn {
      values = Map.copyOf(values);
    }
  }
}
