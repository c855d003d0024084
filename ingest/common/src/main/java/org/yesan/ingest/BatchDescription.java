package org.yesan.ingest;

import java.util.List;
import java.util.Optional;
import org.yesan.model.DatasetName;
import org.yesan.model.Hierarchy;
import org.yesan.model.Level;
import org.yesan.model.Measure;
import org.yesan.model.SourceUnit;

/**
 * What an importer learned about one source before reading its rows: the dataset it suggests, the
 * currency and unit, provenance, and the levels that each fact's members are aligned with.
 */
public record BatchDescription(
    String format,
    String suggestedDataset,
    String title,
    Optional<String> country,
    String currency,
    SourceUnit sourceUnit,
    String source,
    String licence,
    List<Level> levels,
    List<Hierarchy> hierarchies,
    List<Measure> measures) {

  public BatchDescription {
    DatasetName.require(suggestedDataset);
    levels = List.copyOf(levels);
    hierarchies = List.copyOf(hierarchies);
    measures = List.copyOf(measures);
    if (measures.isEmpty()) {
      throw new IllegalArgumentException("a batch must declare at least one measure");
    }
  }
}
