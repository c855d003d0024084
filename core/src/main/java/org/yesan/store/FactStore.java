package org.yesan.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.yesan.model.DatasetInfo;
import org.yesan.query.AggregateQuery;
import org.yesan.query.AggregateResult;
import org.yesan.query.FactsQuery;
import org.yesan.query.FactsResult;
import org.yesan.query.LineItem;
import org.yesan.validation.ValidationReport;

/**
 * Where datasets are kept and queried; the embedded DuckDB file is the default one, a PostgreSQL
 * database the shared one.
 */
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

  /**
   * A page of individual line items with their provenance.
   *
   * @throws org.yesan.query.QueryException when the query does not fit the dataset's model
   */
  FactsResult facts(FactsQuery query);

  /**
   * Streams every line item that passes the query's cuts, in a stable order, without holding them
   * all in memory; the query's page and order are ignored.
   */
  void forEachLine(FactsQuery query, Consumer<LineItem> consumer);

  /**
   * Reconciles a stored dataset: restatements, balance, incomplete stages, repeated lines, negative
   * amounts.
   *
   * @throws UnknownDatasetException when there is no such dataset
   */
  ValidationReport validate(String dataset);

  @Override
  void close();
}
