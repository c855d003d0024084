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

  @Override
  default void close() {}
}
