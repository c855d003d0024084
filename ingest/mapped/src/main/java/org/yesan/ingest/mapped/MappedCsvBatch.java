package org.yesan.ingest.mapped;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.yesan.ingest.BatchDescription;
import org.yesan.ingest.CsvTable;
import org.yesan.ingest.FactSink;
import org.yesan.ingest.ImportOptions;
import org.yesan.ingest.InputException;
import org.yesan.ingest.SourceBatch;
import org.yesan.ingest.TextEncoding;
import org.yesan.ingest.mapped.Mapping.AmountColumn;
import org.yesan.ingest.mapped.Mapping.ColumnName;
import org.yesan.ingest.mapped.Mapping.FixedStage;
import org.yesan.ingest.mapped.Mapping.FixedYear;
import org.yesan.ingest.mapped.Mapping.LevelColumn;
import org.yesan.ingest.mapped.Mapping.LongAmounts;
import org.yesan.ingest.mapped.Mapping.StageColumn;
import org.yesan.ingest.mapped.Mapping.WideAmounts;
import org.yesan.ingest.mapped.Mapping.YearColumn;
import org.yesan.ingest.mapped.Mapping.YearSource;
import org.yesan.model.Fact;
import org.yesan.model.FiscalYear;
import org.yesan.model.Stage;

/**
 * A CSV read through its mapping: the mapping's columns are bound to the header when the batch is
 * opened, and every row becomes one fact per amount.
 */
final class MappedCsvBatch implements SourceBatch {

  private final Path csv;
  private final Mapping mapping;
  private final TextEncoding.Detected encoding;
  private final BatchDescription description;
  private final int[] levelIndex;
  private final YearIndex fiscalYear;
  private final Optional<YearIndex> reportedIn;
  private final List<BoundAmount> amounts;
  private final Optional<BoundStage> stageColumn;
  private final int[] keyLevels;

  /** A year source bound to the header: a column index, or a fixed year. */
  private record YearIndex(int column, Optional<FiscalYear> fixed) {}

  /** An amount column bound to the header; a long-layout column has no stage of its own. */
  private record BoundAmount(int column, Optional<Stage> stage, int yearOffset) {}

  /** A long-layout stage column bound to the header, with its value map. */
  private record BoundStage(int column, Map<String, Stage> values) {}

  MappedCsvBatch(Path csv, Mapping mapping, ImportOptions options) {
    this.csv = csv;
    this.mapping = mapping;
    this.encoding = encoding(csv, options.encoding().or(mapping::encoding));
    List<String> header;
    try (CsvTable table = CsvTable.open(csv, encoding, mapping.delimiter())) {
      header = table.header();
    }
    this.levelIndex = mapping.levels().stream().mapToInt(l -> bind(l.column(), header)).toArray();
    this.fiscalYear = bind(mapping.fiscalYear(), header);
    this.reportedIn = mapping.reportedIn().map(y -> bind(y, header));
    List<BoundAmount> bound = new ArrayList<>();
    if (mapping.amounts() instanceof WideAmounts wide) {
      for (AmountColumn c : wide.columns()) {
        bound.add(
            new BoundAmount(bind(c.column(), header), Optional.of(c.stage()), c.yearOffset()));
      }
      this.stageColumn = Optional.empty();
    } else {
      LongAmounts narrow = (LongAmounts) mapping.amounts();
      bound.add(new BoundAmount(bind(narrow.amount(), header), Optional.empty(), 0));
      if (narrow.stage() instanceof StageColumn sc) {
        this.stageColumn = Optional.of(new BoundStage(bind(sc.column(), header), sc.values()));
      } else {
        this.stageColumn = Optional.empty();
      }
    }
    this.amounts = List.copyOf(bound);
    List<String> levelIds = mapping.levels().stream().map(l -> l.level().id()).toList();
    this.keyLevels = mapping.key().stream().mapToInt(levelIds::indexOf).toArray();
    this.description =
        new BatchDescription(
            MappedCsvFormat.ID,
            mapping.dataset(),
            mapping.title(),
            mapping.country(),
            mapping.currency(),
            mapping.unit(),
            mapping.source(),
            mapping.licence(),
            mapping.levels().stream().map(LevelColumn::level).toList(),
            mapping.hierarchies(),
            List.of(mapping.measure()));
  }

  @Override
  public BatchDescription description() {
    return description;
  }

  @Override
  public void forEach(FactSink sink) {
    // A stage column that is zero throughout means the file has no such stage (a 추경 column in a
    // year without a supplementary budget), so the whole file is read once before emitting.
    boolean[] hasFigures = new boolean[amounts.size()];
    if (mapping.amounts() instanceof WideAmounts) {
      readRows(
          row -> {
            for (int i = 0; i < hasFigures.length; i++) {
              hasFigures[i] |= row.amounts().get(i).signum() != 0;
            }
          });
    } else {
      Arrays.fill(hasFigures, true);
    }
    readRows(
        row -> {
          for (int i = 0; i < amounts.size(); i++) {
            if (hasFigures[i]) {
              BoundAmount a = amounts.get(i);
              sink.accept(
                  new Fact(
                      row.members(),
                      FiscalYear.of(row.year().value() + a.yearOffset()),
                      a.stage().or(row::stage).orElseThrow(),
                      mapping.measure().id(),
                      row.reportedIn(),
                      row.amounts().get(i),
                      row.line()));
            }
          }
        });
  }

  /** One row, parsed: members, year, vintage, stage (long layout) and converted amounts. */
  private record ParsedRow(
      long line,
      List<Optional<String>> members,
      FiscalYear year,
      FiscalYear reportedIn,
      Optional<Stage> stage,
      List<BigDecimal> amounts) {}

  private void readRows(Consumer<ParsedRow> consumer) {
    Map<List<String>, Long> keys = new HashMap<>();
    // Wide rows carry their stages in the amount columns; long rows have one stage each.
    Optional<Stage> fixedStage =
        mapping.amounts() instanceof LongAmounts l && l.stage() instanceof FixedStage f
            ? Optional.of(f.stage())
            : Optional.empty();
    try (CsvTable table = CsvTable.open(csv, encoding, mapping.delimiter())) {
      table.forEachRow(
          row -> {
            List<Optional<String>> members = new ArrayList<>(levelIndex.length);
            for (int i : levelIndex) {
              String m = row.field(i);
              members.add(m.isEmpty() ? Optional.empty() : Optional.of(m));
            }
            FiscalYear year = year(row, fiscalYear);
            FiscalYear reported = reportedIn.map(r -> year(row, r)).orElse(year);
            Optional<Stage> stage = stageColumn.map(s -> stage(row, s)).or(() -> fixedStage);
            for (BoundAmount a : amounts) {
              if (a.yearOffset() != 0) {
                checkOffset(row, year, a.yearOffset());
              }
            }
            List<BigDecimal> values =
                amounts.stream()
                    .map(a -> mapping.unit().toBase(row.amount(a.column(), mapping.unit().label())))
                    .toList();
            if (keyLevels.length > 0) {
              List<String> key = new ArrayList<>();
              for (int k : keyLevels) {
                key.add(members.get(k).orElse(""));
              }
              key.add(year.toString());
              key.add(stage.map(Stage::id).orElse(""));
              Long first = keys.putIfAbsent(key, row.line());
              if (first != null) {
                throw new InputException(
                    csv,
                    row.line(),
                    0,
                    "a row whose key ("
                        + String.join(", ", mapping.key())
                        + ", fiscal year"
                        + (stageColumn.isPresent() ? ", stage" : "")
                        + ") is unique, as "
                        + mapping.file().getFileName()
                        + " declares",
                    "the same key as line " + first);
              }
            }
            consumer.accept(new ParsedRow(row.line(), members, year, reported, stage, values));
          });
    }
  }

  private FiscalYear year(CsvTable.Row row, YearIndex source) {
    if (source.fixed().isPresent()) {
      return source.fixed().get();
    }
    String raw = row.field(source.column());
    try {
      return FiscalYear.parse(raw);
    } catch (IllegalArgumentException e) {
      throw row.error(
          source.column(),
          "a fiscal year such as 2016 (" + FiscalYear.MIN + " to " + FiscalYear.MAX + ")",
          InputException.quote(raw));
    }
  }

  private void checkOffset(CsvTable.Row row, FiscalYear year, int offset) {
    int shifted = year.value() + offset;
    if (shifted < FiscalYear.MIN || shifted > FiscalYear.MAX) {
      throw row.error(
          fiscalYear.column(),
          "a fiscal year that stays between "
              + FiscalYear.MIN
              + " and "
              + FiscalYear.MAX
              + " after a year_offset of "
              + offset,
          InputException.quote(year.toString()));
    }
  }

  private Stage stage(CsvTable.Row row, BoundStage source) {
    String raw = row.field(source.column());
    Stage mapped = source.values().get(raw);
    if (mapped != null) {
      return mapped;
    }
    try {
      return Stage.parse(raw);
    } catch (IllegalArgumentException e) {
      String values =
          source.values().isEmpty()
              ? ""
              : " or a value mapped in "
                  + mapping.file().getFileName()
                  + " ("
                  + source.values().keySet().stream().sorted().collect(Collectors.joining(", "))
                  + ")";
      throw row.error(
          source.column(),
          "a stage (proposal, enacted, supplementary_N, supplementary_N_proposal, final,"
              + " executed)"
              + values,
          InputException.quote(raw));
    }
  }

  private YearIndex bind(YearSource source, List<String> header) {
    if (source instanceof FixedYear f) {
      return new YearIndex(-1, Optional.of(f.year()));
    }
    return new YearIndex(bind(((YearColumn) source).column(), header), Optional.empty());
  }

  private int bind(ColumnName column, List<String> header) {
    int first = header.indexOf(column.name());
    if (first < 0) {
      throw new InputException(
          mapping.file(),
          column.at().line(),
          column.at().column(),
          "a column of the header of " + csv.getFileName() + " (" + String.join(", ", header) + ")",
          InputException.quote(column.name()));
    }
    int last = header.lastIndexOf(column.name());
    if (last != first) {
      throw new InputException(
          mapping.file(),
          column.at().line(),
          column.at().column(),
          "a column that appears once in the header of " + csv.getFileName(),
          InputException.quote(column.name())
              + " at columns "
              + IntStream.range(0, header.size())
                  .filter(i -> header.get(i).equals(column.name()))
                  .mapToObj(i -> Integer.toString(i + 1))
                  .collect(Collectors.joining(", ")));
    }
    return first;
  }

  private static TextEncoding.Detected encoding(Path csv, Optional<Charset> charset) {
    if (charset.isEmpty()) {
      return TextEncoding.detect(csv);
    }
    byte[] head = TextEncoding.head(csv, 3);
    boolean bom =
        charset.get().equals(StandardCharsets.UTF_8)
            && head.length == 3
            && (head[0] & 0xff) == 0xEF
            && (head[1] & 0xff) == 0xBB
            && (head[2] & 0xff) == 0xBF;
    return new TextEncoding.Detected(charset.get(), bom);
  }
}
