package org.yesan.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A published amount of money tied to a purpose: either a multi-year promise (150조원 over 2026–2030,
 * with public and private shares where published) or an annual theme with no total (the AI budget),
 * with the annual amounts that fill it.
 */
public record Envelope(
    String id,
    String labelKo,
    String labelEn,
    Optional<Integer> fromYear,
    Optional<Integer> toYear,
    Optional<BigDecimal> total,
    Optional<BigDecimal> publicShare,
    Optional<BigDecimal> privateShare,
    Optional<String> fillsWith,
    Source source,
    String note,
    List<EnvelopeAmount> amounts) {

  public Envelope {
    Objects.requireNonNull(source, "source");
    note = note == null ? "" : note;
    amounts =
        amounts.stream()
            .sorted(
                Comparator.comparingInt(EnvelopeAmount::fiscalYear)
                    .thenComparingInt(EnvelopeAmount::finality))
            .toList();
    if (id == null || !id.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException("an id of lower-case letters, digits and dashes: " + id);
    }
    if (fromYear.isPresent() != toYear.isPresent()) {
      throw new IllegalArgumentException("both the first and last year, or neither: " + id);
    }
    if (fromYear.isPresent() && toYear.get() < fromYear.get()) {
      throw new IllegalArgumentException("a period that ends after it starts: " + id);
    }
    Objects.requireNonNull(fillsWith, "fillsWith");
    if (total.isPresent() != fillsWith.isPresent()) {
      throw new IllegalArgumentException(
          "the basis that fills a multi-year total (appropriation or deployment), and none"
              + " without a total: "
              + id);
    }
    if (fillsWith.isPresent()
        && !fillsWith.get().equals("appropriation")
        && !fillsWith.get().equals("deployment")) {
      throw new IllegalArgumentException("appropriation or deployment: " + fillsWith.get());
    }
    if (total.isPresent() != fromYear.isPresent()) {
      throw new IllegalArgumentException("a multi-year total needs its years, and back: " + id);
    }
    if (publicShare.isPresent()
        && privateShare.isPresent()
        && total.isPresent()
        && publicShare.get().add(privateShare.get()).compareTo(total.get()) != 0) {
      throw new IllegalArgumentException(
          "public and private shares that add up to the total: " + id);
    }
    for (EnvelopeAmount a : amounts) {
      if (!a.envelope().equals(id)) {
        throw new IllegalArgumentException("an amount of " + a.envelope() + " in " + id);
      }
    }
  }

  /** Whether this is a multi-year promise with a total, not an annual theme. */
  public boolean multiYear() {
    return total.isPresent();
  }

  /** The last year with a published amount, else the first year of the envelope. */
  public Optional<Integer> lastYear() {
    return amounts.stream()
        .map(EnvelopeAmount::fiscalYear)
        .max(Integer::compare)
        .or(() -> fromYear);
  }

  /** The amount of one year and stage, if published. */
  public Optional<EnvelopeAmount> amount(int fiscalYear, String stage, String basis) {
    return amounts.stream()
        .filter(a -> a.fiscalYear() == fiscalYear && a.stage().equals(stage))
        .filter(a -> a.basis().equals(basis))
        .findFirst();
  }

  /**
   * How many times the base year's amount one year's amount is, rounded half up to {@code scale}
   * places (10.1 against 3.3 is 3.06 at two places); empty when either is missing or the base is 0.
   */
  public Optional<BigDecimal> times(
      int fiscalYear, String stage, int baseYear, String baseStage, int scale) {
    Optional<EnvelopeAmount> a = amount(fiscalYear, stage, "appropriation");
    Optional<EnvelopeAmount> b = amount(baseYear, baseStage, "appropriation");
    if (a.isEmpty() || b.isEmpty() || b.get().won().signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(a.get().won().divide(b.get().won(), scale, RoundingMode.HALF_UP));
  }

  /**
   * An appropriation over the previous year's most final appropriation, half up to {@code scale}
   * places (the 2026 proposal's 10.1조원 over 2025's enacted 3.3조원 is 3.06); empty for other bases, a
   * first year, or a base of 0.
   */
  public Optional<BigDecimal> timesPriorYear(EnvelopeAmount a, int scale) {
    if (!a.basis().equals("appropriation")) {
      return Optional.empty();
    }
    return amounts.stream()
        .filter(p -> p.basis().equals("appropriation") && p.fiscalYear() == a.fiscalYear() - 1)
        .reduce((x, y) -> y.finality() >= x.finality() ? y : x)
        .filter(p -> p.won().signum() != 0)
        .map(p -> a.won().divide(p.won(), scale, RoundingMode.HALF_UP));
  }

  /**
   * The envelope filled by one basis up to and including {@code asOfYear}: per year only the most
   * final stage counts, so a proposal and the enacted figure of one year are never added together.
   * What is left and the schedule are given only for the basis that fills the total (the growth
   * fund is filled by what it deploys, not by the budget's contribution to it).
   */
  public EnvelopeProgress progress(String basis, int asOfYear) {
    TreeMap<Integer, EnvelopeAmount> latest = new TreeMap<>();
    for (EnvelopeAmount a : amounts) {
      if (a.basis().equals(basis) && a.fiscalYear() <= asOfYear) {
        latest.merge(a.fiscalYear(), a, (x, y) -> y.finality() >= x.finality() ? y : x);
      }
    }
    List<EnvelopeAmount> counted = new ArrayList<>(latest.values());
    BigDecimal filled =
        counted.stream().map(EnvelopeAmount::won).reduce(BigDecimal.ZERO, BigDecimal::add);
    boolean atLeast = counted.stream().anyMatch(EnvelopeAmount::atLeast);
    boolean fills = fillsWith.map(basis::equals).orElse(false);
    Optional<BigDecimal> left = fills ? total.map(t -> t.subtract(filled)) : Optional.empty();
    Optional<BigDecimal> even = Optional.empty();
    Optional<BigDecimal> behind = Optional.empty();
    if (fills) {
      int years = toYear.get() - fromYear.get() + 1;
      int elapsed = Math.max(0, Math.min(years, asOfYear - fromYear.get() + 1));
      BigDecimal expected =
          total
              .get()
              .multiply(BigDecimal.valueOf(elapsed))
              .divide(BigDecimal.valueOf(years), 0, RoundingMode.HALF_UP);
      even = Optional.of(expected);
      behind = Optional.of(expected.subtract(filled).max(BigDecimal.ZERO));
    }
    return new EnvelopeProgress(asOfYear, basis, counted, filled, atLeast, left, even, behind);
  }
}
