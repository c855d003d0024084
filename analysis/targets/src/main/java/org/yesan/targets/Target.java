package org.yesan.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An indicator the government promised to move (GPUs bought, a rank, a share), with its unit, its
 * deadline, the envelope that funds it and its dated, sourced figures.
 */
public record Target(
    String id,
    String labelKo,
    String labelEn,
    String unit,
    Optional<LooseDate> deadline,
    Optional<String> fundedBy,
    Source source,
    String note,
    List<TargetPoint> points) {

  public Target {
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(fundedBy, "fundedBy");
    Objects.requireNonNull(source, "source");
    note = note == null ? "" : note;
    points = points.stream().sorted(Comparator.comparing(TargetPoint::date)).toList();
    if (id == null || !id.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException("an id of lower-case letters, digits and dashes: " + id);
    }
    if (unit == null || unit.isBlank()) {
      throw new IllegalArgumentException("a unit for " + id);
    }
    for (TargetPoint p : points) {
      if (!p.target().equals(id)) {
        throw new IllegalArgumentException("a point of " + p.target() + " in " + id);
      }
      if (p.kind() != TargetPoint.Kind.FUNDING && !p.unit().equals(unit)) {
        throw new IllegalArgumentException(
            "a " + p.kind().code() + " of " + id + " in " + unit + ", not " + p.unit());
      }
    }
    if (points.stream().filter(p -> p.kind() == TargetPoint.Kind.GOAL).count() > 1) {
      throw new IllegalArgumentException("one goal per target: " + id);
    }
  }

  public List<TargetPoint> points(TargetPoint.Kind kind) {
    return points.stream().filter(p -> p.kind() == kind).toList();
  }

  /** The latest baseline figure. */
  public Optional<TargetPoint> baseline() {
    List<TargetPoint> b = points(TargetPoint.Kind.BASELINE);
    return b.isEmpty() ? Optional.empty() : Optional.of(b.get(b.size() - 1));
  }

  public Optional<TargetPoint> goal() {
    return points(TargetPoint.Kind.GOAL).stream().findFirst();
  }

  /** The latest measured level, else the baseline. */
  public Optional<TargetPoint> latest() {
    List<TargetPoint> p = points(TargetPoint.Kind.PROGRESS);
    return p.isEmpty() ? baseline() : Optional.of(p.get(p.size() - 1));
  }

  /** The latest level plus every planned addition dated after it: where the plans would take it. */
  public Optional<BigDecimal> planned() {
    return latest()
        .map(
            l ->
                points(TargetPoint.Kind.PLANNED_ADDITION).stream()
                    .filter(a -> a.date().compareTo(l.date()) > 0)
                    .map(TargetPoint::value)
                    .reduce(l.value(), BigDecimal::add));
  }

  /** The latest level as a percentage of the goal, half up to {@code scale} places. */
  public Optional<BigDecimal> percentOfGoal(int scale) {
    if (latest().isEmpty() || goal().isEmpty() || goal().get().value().signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        latest()
            .get()
            .value()
            .multiply(BigDecimal.valueOf(100))
            .divide(goal().get().value(), scale, RoundingMode.HALF_UP));
  }

  /** Whether the latest level plus the planned additions reaches the goal. */
  public Optional<Boolean> goalReachedOnPlan() {
    return planned().flatMap(p -> goal().map(g -> p.compareTo(g.value()) >= 0));
  }

  /** The money behind the target: its funding figures in won, latest last. */
  public List<TargetPoint> funding() {
    return points(TargetPoint.Kind.FUNDING);
  }
}
