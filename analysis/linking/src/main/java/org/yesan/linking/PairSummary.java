package org.yesan.linking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import org.yesan.model.FiscalYear;

/**
 * How well one year pair is linked: links by kind, and on each side how many lines and how much
 * money is linked, left unlinked or set aside for a zero amount.
 */
public record PairSummary(
    FiscalYear fromYear,
    FiscalYear toYear,
    Map<LinkKind, Long> linksByKind,
    Side from,
    Side to,
    java.util.Optional<String> overridesVersion) {

  /** One year's side of a pair. */
  public record Side(
      int lines,
      BigDecimal total,
      int linked,
      BigDecimal linkedAmount,
      int unlinked,
      BigDecimal unlinkedAmount,
      int zero) {

    /** Linked share of the non-zero lines, as a percentage with one decimal. */
    public BigDecimal lineShare() {
      int nonZero = lines - zero;
      return nonZero == 0
          ? BigDecimal.ZERO
          : BigDecimal.valueOf(100L * linked)
              .divide(BigDecimal.valueOf(nonZero), 1, RoundingMode.HALF_UP);
    }

    /** Linked share of the money, as a percentage with one decimal. */
    public BigDecimal moneyShare() {
      return total.signum() == 0
          ? BigDecimal.ZERO
          : linkedAmount.multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP);
    }
  }

  public PairSummary {
    linksByKind = Map.copyOf(linksByKind);
  }

  public static PairSummary of(YearLinks links, YearLines from, YearLines to) {
    Map<LinkKind, Long> kinds = new EnumMap<>(LinkKind.class);
    for (LinkKind k : LinkKind.values()) {
      kinds.put(k, links.count(k));
    }
    return new PairSummary(
        links.fromYear(),
        links.toYear(),
        kinds,
        side(from, links.unlinkedFrom(), links.zeroFrom().size()),
        side(to, links.unlinkedTo(), links.zeroTo().size()),
        links.overridesVersion());
  }

  private static Side side(YearLines lines, Map<LinePath, BigDecimal> unlinked, int zero) {
    BigDecimal total = lines.total();
    BigDecimal unlinkedAmount = unlinked.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    int linked = lines.size() - unlinked.size() - zero;
    return new Side(
        lines.size(),
        total,
        linked,
        total.subtract(unlinkedAmount),
        unlinked.size(),
        unlinkedAmount,
        zero);
  }

  public long count(LinkKind kind) {
    return linksByKind.getOrDefault(kind, 0L);
  }
}
