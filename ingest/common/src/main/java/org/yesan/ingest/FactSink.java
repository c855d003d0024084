package org.yesan.ingest;

import org.yesan.model.Fact;

/** Receives the facts of a source one at a time, so that no importer holds a whole file. */
@FunctionalInterface
public interface FactSink {
  void accept(Fact fact);
}
