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

  @Override
  default void close() {}
}
