package org.yesan.app.table;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Writes rows under columns to one output format as they come, so that a whole dataset streams
 * without being held in memory: {@link #row} for each row, then {@link #close()}.
 */
public interface TableWriter extends AutoCloseable {

  /**
   * Writes one row; a cell is the column kind's Java value (String, BigDecimal, Long or Integer) or
   * empty when the figure is missing, which every format writes as missing, never as 0.
   */
  void row(List<Optional<Object>> cells) throws IOException;

  /** Finishes the output (a workbook's or Parquet file's footer); the stream is not closed. */
  @Override
  void close() throws IOException;
}
