package org.yesan.ingest.openfiscal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.yesan.ingest.CsvTable;
import org.yesan.ingest.InputException;
import org.yesan.ingest.TextEncoding;

/** The data rows of a CSV file, reopened on every walk so that no file is held in memory. */
record CsvRows(Path file, TextEncoding.Detected encoding) implements TableRows {

  @Override
  public void forEach(Consumer<TableRow> each) {
    try (CsvTable table = CsvTable.open(file, encoding, ',')) {
      table.forEachRow(row -> each.accept(new CsvRow(row)));
    }
  }

  /** A CSV row seen as a table row; CsvTable has already checked its field count. */
  private record CsvRow(CsvTable.Row row) implements TableRow {
    @Override
    public long line() {
      return row.line();
    }

    @Override
    public List<String> fields() {
      List<String> fields = new ArrayList<>(row.size());
      for (int i = 0; i < row.size(); i++) {
        fields.add(row.field(i));
      }
      return fields;
    }

    @Override
    public InputException error(int index, String expected, String found) {
      return row.error(index, expected, found);
    }
  }
}
