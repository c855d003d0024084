package org.yesan.linking;

/** Why two lines of consecutive years were judged to be the same spending line. */
public enum LinkKind {
  /** The same full path in both years. */
  EXACT("exact"),
  /**
   * The same name (the path's last levels) under different parents: a ministry renamed or moved.
   */
  MOVED("moved"),
  /** Similar normalised names under corresponding parents. */
  SIMILAR_NAME("similar_name"),
  /**
   * Dissimilar names, but the later year restates exactly this line's prior-year amount under the
   * new path.
   */
  RESTATED("restated"),
  /** One line of the earlier year continues as several lines. */
  SPLIT("split"),
  /** Several lines of the earlier year continue as one line. */
  MERGE("merge"),
  /** Forced by an overrides file. */
  FORCED("forced");

  private final String id;

  LinkKind(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
