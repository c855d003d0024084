package org.yesan.app.links;

import java.nio.file.Path;
import java.util.Optional;
import org.yesan.model.Stage;
import org.yesan.query.QueryException;

/**
 * Which lines to link across years, with the defaults every edge uses: expenditure, enacted, unit
 * projects, restated amounts from expenditure_net where present, every year of the dataset unless
 * {@code from} or {@code to} narrow it, and an optional overrides file.
 */
public record LinkRequest(
    String dataset,
    String measure,
    Stage stage,
    String leaf,
    String restatement,
    Optional<Integer> from,
    Optional<Integer> to,
    Optional<Path> overrides) {

  public static final String MEASURE = "measure";
  public static final String STAGE = "stage";
  public static final String LEAF = "leaf";
  public static final String YEAR = "year";
  public static final String PATH = "path";

  public static final String DEFAULT_MEASURE = "expenditure";
  public static final String DEFAULT_STAGE = "enacted";
  public static final String DEFAULT_LEAF = "unit_project";
  public static final String DEFAULT_RESTATEMENT = "expenditure_net";

  public LinkRequest {
    if (measure.isBlank() || leaf.isBlank()) {
      throw new QueryException(measure.isBlank() ? MEASURE : LEAF, 0, "expected a name, found ''");
    }
  }

  /** From the texts both edges take; an absent one takes its default. */
  public static LinkRequest of(
      String dataset, Optional<String> measure, Optional<String> stage, Optional<String> leaf) {
    Stage s;
    try {
      s = Stage.parse(stage.orElse(DEFAULT_STAGE).strip());
    } catch (IllegalArgumentException e) {
      throw new QueryException(STAGE, 0, e.getMessage());
    }
    return new LinkRequest(
        dataset,
        measure.orElse(DEFAULT_MEASURE).strip(),
        s,
        leaf.orElse(DEFAULT_LEAF).strip(),
        DEFAULT_RESTATEMENT,
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  public LinkRequest withRestatement(String measure) {
    return new LinkRequest(dataset, this.measure, stage, leaf, measure, from, to, overrides);
  }

  public LinkRequest withYears(Optional<Integer> first, Optional<Integer> last) {
    return new LinkRequest(dataset, measure, stage, leaf, restatement, first, last, overrides);
  }

  public LinkRequest withOverrides(Optional<Path> file) {
    return new LinkRequest(dataset, measure, stage, leaf, restatement, from, to, file);
  }
}
