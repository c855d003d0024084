package org.yesan.query;

import java.util.ArrayList;
import java.util.List;
import org.yesan.model.DatasetInfo;
import org.yesan.model.Level;

/**
 * The dimensions a query may name on a dataset: its classification levels plus the four built-in
 * ones every fact has (fiscal_year, stage, measure, reported_in).
 */
public final class Dimensions {

  public static final String FISCAL_YEAR = "fiscal_year";
  public static final String STAGE = "stage";
  public static final String MEASURE = "measure";
  public static final String REPORTED_IN = "reported_in";

  /** The built-in dimensions, in display order. */
  public static final List<String> BUILT_IN = List.of(FISCAL_YEAR, STAGE, MEASURE, REPORTED_IN);

  private final DatasetInfo dataset;

  public Dimensions(DatasetInfo dataset) {
    this.dataset = dataset;
  }

  public DatasetInfo dataset() {
    return dataset;
  }

  public boolean isBuiltIn(String id) {
    return BUILT_IN.contains(id);
  }

  public boolean isYear(String id) {
    return FISCAL_YEAR.equals(id) || REPORTED_IN.equals(id);
  }

  public boolean exists(String id) {
    return isBuiltIn(id) || dataset.level(id).isPresent();
  }

  /** Every dimension id: built-ins first, then levels in model order. */
  public List<String> ids() {
    List<String> ids = new ArrayList<>(BUILT_IN);
    dataset.levels().stream().map(Level::id).forEach(ids::add);
    return ids;
  }

  /** Throws a {@link QueryException} unless {@code id} names a dimension. */
  public void require(String parameter, int position, String id) {
    if (!exists(id)) {
      throw new QueryException(
          parameter,
          position,
          "unknown dimension '"
              + id
              + "' in dataset "
              + dataset.name()
              + "; known: "
              + String.join(", ", ids()));
    }
  }
}
