package org.yesan.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a stored dataset is: its name, country, currency, the unit its sources used, where it came
 * from, its licence, and its classification model.
 */
public record DatasetInfo(
    String name,
    String title,
    Optional<String> country,
    String currency,
    SourceUnit sourceUnit,
    String source,
    String licence,
    List<Level> levels,
    List<Hierarchy> hierarchies,
    List<Measure> measures,
    Optional<Instant> importedAt,
    Optional<String> contentHash) {

  public DatasetInfo {
    DatasetName.require(name);
    if (currency == null || !currency.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException(
          "currency must be an ISO 4217 code such as KRW, found '" + currency + "'");
    }
    levels = List.copyOf(levels);
    hierarchies = List.copyOf(hierarchies);
    measures = List.copyOf(measures);
    for (Hierarchy h : hierarchies) {
      for (String l : h.levelIds()) {
        if (levels.stream().noneMatch(x -> x.id().equals(l))) {
          throw new IllegalArgumentException(
              "hierarchy " + h.id() + " names level " + l + ", which the dataset does not have");
        }
      }
    }
  }

  public Optional<Level> level(String id) {
    return levels.stream().filter(l -> l.id().equals(id)).findFirst();
  }

  public Optional<Measure> measure(String id) {
    return measures.stream().filter(m -> m.id().equals(id)).findFirst();
  }
}
