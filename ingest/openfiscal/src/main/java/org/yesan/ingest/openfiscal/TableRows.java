package org.yesan.ingest.openfiscal;

import java.util.function.Consumer;

/**
 * The data rows of a table, which can be walked more than once: a table is read twice, first to
 * check every row and find the stage columns that hold figures, then to emit facts.
 */
@FunctionalInterface
public interface TableRows {

  /** Passes every data row, in source order, to the consumer; each call starts from the top. */
  void forEach(Consumer<TableRow> each);
}
