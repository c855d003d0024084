package org.yesan.realterms;

/** What an exchange rate stands for over its year: the average of the year or its closing rate. */
public enum RateBasis {
  ANNUAL_AVERAGE("annual_average", "annual average"),
  END_OF_PERIOD("end_of_period", "end of period");

  private final String id;
  private final String words;

  RateBasis(String id, String words) {
    this.id = id;
    this.words = words;
  }

  /** The spelling in series files and on the command line. */
  public String id() {
    return id;
  }

  public String words() {
    return words;
  }

  /** The basis spelled {@code id}, or empty. */
  public static java.util.Optional<RateBasis> parse(String id) {
    for (RateBasis b : values()) {
      if (b.id.equals(id)) {
        return java.util.Optional.of(b);
      }
    }
    return java.util.Optional.empty();
  }
}
