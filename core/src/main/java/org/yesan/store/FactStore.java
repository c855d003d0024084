package org.yesan.store;

import java.util.List;
import java.util.Optional;
import org.yesan.model.DatasetInfo;
import org.yesan.query.AggregateQuery;
import org.yesan.query.AggregateResult;

/** Where datasets are kept and queried; the embedded DuckDB file is the default implementation. */
public interface FactStore extends AutoCloseable {

  List<DatasetInfo> datasets();

  Optional<DatasetInfo> dataset(String name);

  /** The dataset or an {@link UnknownDatasetException}. */
  default DatasetInfo require(String name) {
    return dataset(name).orElseThrow(() -> new UnknownDatasetException(name, datasets()));
  }

  /** The slices (measure, year, stage, vintage) a dataset holds, with their totals. */
  List<Slice> slices(String dataset);

  /**
   * Answers an aggregate query exactly.
   *
   * @throws org.yesan.query.QueryException when the query does not fit the dataset's model
   */
  AggregateResult aggregate(AggregateQuery query);

  @Override
  void close();
}
