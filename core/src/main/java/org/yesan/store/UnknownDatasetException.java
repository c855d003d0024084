package org.yesan.store;

import java.util.List;
import java.util.stream.Collectors;
import org.yesan.failure.YesanException;
import org.yesan.model.DatasetInfo;

/** A dataset name that the store does not hold. */
public final class UnknownDatasetException extends YesanException {

  private static final long serialVersionUID = 1L;

  private final String name;

  public UnknownDatasetException(String name, List<DatasetInfo> known) {
    super(
        "no dataset named '"
            + name
            + "'"
            + (known.isEmpty()
                ? "; the store is empty (run yesan import or yesan demo)"
                : "; datasets: "
                    + known.stream().map(DatasetInfo::name).collect(Collectors.joining(", "))));
    this.name = name;
  }

  public String name() {
    return name;
  }

  @Override
  public Kind kind() {
    return Kind.NOT_FOUND;
  }
}
