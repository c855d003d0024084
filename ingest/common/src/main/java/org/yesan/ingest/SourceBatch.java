package org.yesan.ingest;

/** One opened source: its description, then its facts streamed to a sink. */
public interface SourceBatch extends AutoCloseable {

  BatchDescription description();

  /**
   * Streams every fact of the source to the sink, in source order.
   *
   * @throws InputException at the first bad row; the caller discards everything it received
   */
  void forEach(FactSink sink);

  /**
   * What the reader decided about the source that its user should know, such as a detected CSV
   * dialect; read after {@link #forEach}.
   */
  default java.util.List<String> notes() {
    return java.util.List.of();
  }

  /**
   * The file described for a bulk load by a store's own CSV reader, when this batch's facts follow
   * column by column from a CSV file; the store must still read the batch through {@link #forEach}
   * whenever the file is not plain (see {@link PlainCsvFile}).
   */
  default java.util.Optional<BulkCsv> bulkCsv() {
    return java.util.Optional.empty();
  }

  @Override
  default void close() {}
}
