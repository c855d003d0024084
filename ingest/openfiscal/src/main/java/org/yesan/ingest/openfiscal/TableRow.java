package org.yesan.ingest.openfiscal;

import java.nio.file.Path;
import java.util.List;
import org.yesan.ingest.InputException;

/**
 * One data row of a table in an Open Fiscal layout, wherever it was read from: its line (or
 * spreadsheet row) number, its fields in header order, and how to report an error in one of them.
 */
public interface TableRow {

  /** The 1-based line of the row in its file, or the spreadsheet's row number. */
  long line();

  /** The cells in header order, one per header column; surrounding blanks are ignored. */
  List<String> fields();

  /** An error in the field at a 0-based index, located as the source would show it. */
  InputException error(int index, String expected, String found);

  /** A row of a plain table whose errors name the file, the line and the 1-based field index. */
  static TableRow of(Path file, long line, List<String> fields) {
    return new PlainRow(file, line, List.copyOf(fields));
  }

  /** A row located by file, line and field position. */
  record PlainRow(Path file, long line, List<String> fields) implements TableRow {
    @Override
    public InputException error(int index, String expected, String found) {
      return new InputException(file, line, index + 1, expected, found);
    }
  }
}
