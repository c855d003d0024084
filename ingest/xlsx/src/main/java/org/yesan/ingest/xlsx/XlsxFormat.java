package org.yesan.ingest.xlsx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.util.CellReference;
import org.yesan.ingest.BatchDescription;
import org.yesan.ingest.FactSink;
import org.yesan.ingest.ImportOptions;
import org.yesan.ingest.InputException;
import org.yesan.ingest.SourceBatch;
import org.yesan.ingest.SourceFormat;
import org.yesan.ingest.openfiscal.OpenFiscalTable;
import org.yesan.ingest.openfiscal.TableRow;

/**
 * Reads the first sheet of an Excel workbook holding one of the Open Fiscal tables, finding the
 * header row within the first rows (exports often carry a title above it).
 */
public final class XlsxFormat implements SourceFormat {

  /** The format id. */
  public static final String ID = "xlsx";

  /** The last Excel row number the header may be on. */
  static final int HEADER_SEARCH_ROWS = 30;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public int detect(Path file, byte[] head) {
    boolean zip =
        head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    boolean named = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    return zip && named ? 60 : 0;
  }

  @Override
  public SourceBatch open(Path file, ImportOptions options) {
    FirstSheet sheet = new FirstSheet(file);
    Header header = findHeader(file, sheet);
    BatchDescription fromTable = header.table().description();
    BatchDescription description =
        new BatchDescription(
            ID,
            fromTable.suggestedDataset(),
            fromTable.title(),
            fromTable.country(),
            fromTable.currency(),
            fromTable.sourceUnit(),
            fromTable.source(),
            fromTable.licence(),
            fromTable.levels(),
            fromTable.hierarchies(),
            fromTable.measures());
    return new SourceBatch() {
      @Override
      public BatchDescription description() {
        return description;
      }

      @Override
      public void forEach(FactSink sink) {
        header.table().read(each -> rowsBelow(sheet, header, each), options, sink);
      }
    };
  }

  /** The header row found: its table, row number, sheet name and the columns it spans. */
  private record Header(
      Path file, OpenFiscalTable table, long row, String sheet, int firstColumn, int width) {}

  private static Header findHeader(Path file, FirstSheet sheet) {
    List<Header> found = new ArrayList<>();
    String name =
        sheet.forEachRow(
            row -> {
              if (row.number() > HEADER_SEARCH_ROWS) {
                return false;
              }
              int first = 0;
              while (row.cells().get(first).isBlank()) {
                first++;
              }
              int last = row.cells().size() - 1;
              while (row.cells().get(last).isBlank()) {
                last--;
              }
              List<String> header = row.cells().subList(first, last + 1);
              Optional<OpenFiscalTable> table =
                  OpenFiscalTable.recognise(file, row.number(), header);
              if (table.isPresent()) {
                found.add(new Header(file, table.get(), row.number(), "", first, header.size()));
              }
              return found.isEmpty();
            });
    if (found.isEmpty()) {
      throw new InputException(
          file,
          0,
          0,
          "a header row of a 열린재정 or 2019 program budget table within the first "
              + HEADER_SEARCH_ROWS
              + " rows of sheet '"
              + name
              + "'",
          "none");
    }
    Header h = found.get(0);
    return new Header(file, h.table(), h.row(), name, h.firstColumn(), h.width());
  }

  private static void rowsBelow(
      FirstSheet sheet, Header header, java.util.function.Consumer<TableRow> each) {
    sheet.forEachRow(
        row -> {
          if (row.number() > header.row()) {
            each.accept(new SheetRow(header, row));
          }
          return true;
        });
  }

  /** A data row, cut to the header's columns, whose errors name the sheet and the cell. */
  private record SheetRow(Header header, FirstSheet.Row row) implements TableRow {
    @Override
    public long line() {
      return row.number();
    }

    @Override
    public List<String> fields() {
      List<String> cells = row.cells();
      int end = cells.size();
      while (end > header.firstColumn() && cells.get(end - 1).isBlank()) {
        end--;
      }
      List<String> fields = new ArrayList<>();
      for (int c = header.firstColumn();
          c < Math.max(end, header.firstColumn() + header.width());
          c++) {
        fields.add(c < cells.size() ? cells.get(c) : "");
      }
      return fields;
    }

    @Override
    public InputException error(int index, String expected, String found) {
      int column = header.firstColumn() + index;
      String cell = CellReference.convertNumToColString(column) + row.number();
      return new InputException(
          header.file(),
          row.number(),
          column + 1,
          expected + " (sheet '" + header.sheet() + "', cell " + cell + ")",
          found);
    }
  }
}
