package org.yesan.linking;

import java.math.BigDecimal;

/**
 * How the linker reads paths and how strict it is.
 *
 * @param nameLevels how many of the path's last levels form the line's name (2 for program and unit
 *     project); the levels above are its parents
 * @param anchorLevel the parent level whose correspondence between years is learnt from exact and
 *     moved links and then required of similar-name, restated, split and merge links (0: ministry)
 * @param similarityThreshold the least name score for a similar-name link without other evidence
 * @param useRestatement whether restated prior-year amounts are used as evidence
 * @param splitRatioLow with {@code splitRatioHigh}: the bounds on (sum of parts) / whole for a
 *     split or merge that is not confirmed by restated amounts
 */
public record LinkSettings(
    int nameLevels,
    int anchorLevel,
    double similarityThreshold,
    boolean useRestatement,
    BigDecimal splitRatioLow,
    BigDecimal splitRatioHigh) {

  public LinkSettings {
    if (nameLevels < 1) {
      throw new IllegalArgumentException("a name has at least one level, found " + nameLevels);
    }
    if (similarityThreshold <= 0 || similarityThreshold > 1) {
      throw new IllegalArgumentException(
          "the similarity threshold lies in (0, 1], found " + similarityThreshold);
    }
    if (splitRatioLow.signum() <= 0 || splitRatioLow.compareTo(splitRatioHigh) > 0) {
      throw new IllegalArgumentException(
          "split ratio bounds must be positive and ordered, found "
              + splitRatioLow
              + ".."
              + splitRatioHigh);
    }
  }

  /**
   * Program + unit project as the name, ministry as the anchor, threshold 0.6 (measured in
   * docs/linking.md), restatement on, splits within 0.5–2× of the whole.
   */
  public static LinkSettings defaults() {
    return new LinkSettings(2, 0, 0.6, true, new BigDecimal("0.5"), new BigDecimal("2"));
  }

  public LinkSettings withoutRestatement() {
    return new LinkSettings(
        nameLevels, anchorLevel, similarityThreshold, false, splitRatioLow, splitRatioHigh);
  }

  public LinkSettings withThreshold(double threshold) {
    return new LinkSettings(
        nameLevels, anchorLevel, threshold, useRestatement, splitRatioLow, splitRatioHigh);
  }
}
