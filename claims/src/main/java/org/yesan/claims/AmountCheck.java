package org.yesan.claims;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yesan.claims.text.ClaimExtractor;
import org.yesan.claims.text.MentionKind;
import org.yesan.claims.text.Subject;
import org.yesan.model.Stage;

/** The check of a stated amount: supported, contradicted with a hint, or implausible. */
final class AmountCheck extends ClaimCheck {

  AmountCheck(Context c) {
    super(c);
  }

  @Override
  CheckedClaim checkKind() {
    Optional<String> why = unresolved();
    if (why.isPresent()) {
      return implausibleOr(why.get());
    }
    Subject subject = claim.subject().orElseThrow();
    int year = claim.fiscalYear().orElseThrow().value();
    Interval stated = statedInterval(claim.figure());
    Stage stage = claim.stage().orElseThrow();
    boolean size = subject.id().equals("theme:supplementary_size");
    if (size && !stage.isSupplementary()) {
      // "approved a supplementary budget worth …": the size is of a supplementary, whatever the
      // passing word says.
      stage = ClaimExtractor.LATEST_SUPPLEMENTARY;
    }
    Optional<Found> found = find(subject, year, stage);
    if (found.isEmpty()) {
      return implausibleOr(missing(subject, year, stage));
    }
    Found f = found.get();
    if (!stated.overlaps(f.interval()) && stage.equals(ClaimExtractor.LATEST_SUPPLEMENTARY)) {
      boolean proposed = size && claim.stage().orElseThrow().equals(Stage.PROPOSAL);
      f =
          otherRound(subject, year, stated, proposed)
              // "모두 28조9000억원 규모로 편성됐다": a size in a sentence that does not say it passed
              // may be the round as the government proposed it.
              .or(
                  () ->
                      size && !proposed && !PASSED.matcher(claim.sentence()).find()
                          ? otherRound(subject, year, stated, true)
                          : Optional.empty())
              .orElse(f);
    }
    if (!stated.overlaps(f.interval())
        && stage.kind() == Stage.Kind.SUPPLEMENTARY
        && !stage.equals(ClaimExtractor.LATEST_SUPPLEMENTARY)
        && !PASSED.matcher(claim.sentence()).find()) {
      f = asProposed(subject, year, stage, stated).orElse(f);
    }
    Interval data = f.interval();
    String sign = "";
    if (f.amount().signum() < 0 && claim.figure().value().signum() > 0) {
      // "적자 73.9조원", "a deficit of 73.9 trillion won": a balance stated without its sign.
      data = data.negated();
      sign = " (a deficit, compared without its sign)";
    }
    rows.add(f.row());
    String formula = amountFormula(f);
    String tolerance = toleranceOf(claim.figure(), stated) + "; data " + f.row().precision();
    if (stated.overlaps(data) && farPastBound(f.amount())) {
      // "over five trillion won" is true of 99.8조, but a writer who means 99.8조 does not write
      // that: the bound is of something else (a change, a part), read with the wrong subject.
      return unverifiable(
          "the data give "
              + WonText.of(f.amount())
              + " for "
              + f.label()
              + ", more than twice the stated bound "
              + claim.figure().text()
              + ": a bound that far from the figure is probably about something else (a change, a"
              + " part) than "
              + subject.labelEn(),
          formula,
          tolerance);
    }
    if (stated.overlaps(data)) {
      return verdict(
          Verdict.SUPPORTED,
          "the data give " + WonText.of(f.amount()) + " for " + f.label() + sign + ".",
          formula,
          tolerance,
          Optional.of(f.amount()));
    }
    Optional<CheckedClaim> implausible = implausible(subject, year);
    if (implausible.isPresent()) {
      return implausible.get();
    }
    String hint = hints(subject, year, f, stated);
    return verdict(
        Verdict.CONTRADICTED,
        "the data give "
            + WonText.of(f.amount())
            + " for "
            + f.label()
            + ", not "
            + WonText.of(claim.figure().value())
            + "."
            + hint,
        formula,
        tolerance,
        Optional.of(f.amount()));
  }

  /**
   * Whether a one-sided figure ("over 5조", "less than 1조") is more than a factor of two from the
   * data's: then it bounds something else.
   */
  private boolean farPastBound(BigDecimal data) {
    BigDecimal stated = claim.figure().value().abs();
    BigDecimal d = data.abs();
    if (stated.signum() == 0) {
      return false;
    }
    return switch (claim.figure().approximation()) {
      case OVER, AT_LEAST -> d.compareTo(stated.multiply(BigDecimal.valueOf(2))) > 0;
      case UNDER, AT_MOST -> d.multiply(BigDecimal.valueOf(2)).compareTo(stated) < 0;
      default -> false;
    };
  }

  /**
   * A supplementary budget named without its round ("the extra budget") is the year's latest by
   * default; a figure that fits an earlier round of that year is about that round ({@code
   * proposed}: the round as the government proposed it).
   */
  private Optional<Found> otherRound(Subject subject, int year, Interval stated, boolean proposed) {
    for (StoreFigures.Series s : figures.series(subject)) {
      for (int round = 1; round <= 9; round++) {
        Stage stage = proposed ? Stage.supplementaryProposal(round) : Stage.supplementary(round);
        if (s.at(year, stage).isPresent() && stated.overlaps(s.interval(year, stage))) {
          return Optional.of(new Found(s, year, stage));
        }
      }
    }
    return Optional.empty();
  }

  /** Words that say a supplementary budget was passed, not only proposed. */
  private static final Pattern PASSED =
      Pattern.compile(
          "(?i:\\bpassed\\b|\\bapproved\\b|\\benacted\\b|\\bfinali[sz]ed\\b)|통과|의결|확정|가결|처리");

  /**
   * "the 2nd supplementary budget of 33 trillion won", in a sentence that does not say it passed: a
   * figure that fits the round as the government proposed it is about that proposal.
   */
  private Optional<Found> asProposed(Subject subject, int year, Stage round, Interval stated) {
    Stage proposed = Stage.supplementaryProposal(round.round());
    for (StoreFigures.Series s : figures.series(subject)) {
      if (s.at(year, proposed).isPresent() && stated.overlaps(s.interval(year, proposed))) {
        return Optional.of(new Found(s, year, proposed));
      }
    }
    return Optional.empty();
  }

  private CheckedClaim implausibleOr(String reason) {
    if (claim.subject().isPresent() && claim.fiscalYear().isPresent()) {
      Optional<CheckedClaim> i =
          implausible(claim.subject().get(), claim.fiscalYear().get().value());
      if (i.isPresent()) {
        return i.get();
      }
    }
    return unverifiable(reason, "", "");
  }

  /** A part of the budget stated larger than the whole budget of that year cannot be right. */
  private Optional<CheckedClaim> implausible(Subject subject, int year) {
    if (subject.kind() != Subject.Kind.PART || claim.figure().kind() != MentionKind.AMOUNT) {
      return Optional.empty();
    }
    Optional<Subject> total = glossary.subject("total");
    Optional<Subject> gross = glossary.subject("gross_total");
    BigDecimal low = statedInterval(claim.figure()).low().orElse(claim.figure().value());
    for (Optional<Subject> t : List.of(total, gross)) {
      if (t.isEmpty()) {
        continue;
      }
      for (StoreFigures.Series s : figures.series(t.get())) {
        Optional<Map.Entry<String, BigDecimal>> largest =
            s.amounts().entrySet().stream()
                .filter(e -> e.getKey().startsWith(year + "|"))
                .max(Map.Entry.comparingByValue());
        if (largest.isPresent() && low.compareTo(largest.get().getValue()) > 0) {
          Stage stage = Stage.parse(largest.get().getKey().split("\\|")[1]);
          rows.add(s.row(year, stage));
          return Optional.of(
              verdict(
                  Verdict.IMPLAUSIBLE,
                  WonText.of(claim.figure().value())
                      + " for "
                      + subject.labelEn()
                      + " is more than the whole "
                      + year
                      + " budget ("
                      + s.label()
                      + " "
                      + stage.id()
                      + " "
                      + WonText.of(largest.get().getValue())
                      + ")"
                      + unitHint(claim.figure().value(), largest.get().getValue())
                      + ".",
                  "stated "
                      + WonText.of(claim.figure().value())
                      + " > total "
                      + WonText.of(largest.get().getValue()),
                  toleranceOf(claim.figure(), statedInterval(claim.figure())),
                  Optional.empty()));
        }
      }
    }
    return Optional.empty();
  }

  private static String unitHint(BigDecimal stated, BigDecimal reference) {
    BigDecimal ratio = stated.divide(reference, PRECISION);
    if (ratio.compareTo(new BigDecimal("1000")) > 0) {
      return "; the figure may be in 억 written as 조";
    }
    return "";
  }

  /**
   * Why a contradicted amount might read differently: another stage, another basis, a unit slip.
   */
  private String hints(Subject subject, int year, Found f, Interval stated) {
    StringBuilder b = new StringBuilder();
    for (StoreFigures.Series s : figures.series(subject)) {
      for (Map.Entry<String, BigDecimal> e : s.amounts().entrySet()) {
        String[] k = e.getKey().split("\\|");
        if (Integer.parseInt(k[0]) != year || k[1].equals(f.stage().id())) {
          continue;
        }
        Stage other = Stage.parse(k[1]);
        if (stated.overlaps(s.interval(year, other))) {
          rows.add(s.row(year, other));
          b.append(" It matches the ")
              .append(year)
              .append(' ')
              .append(stageLabel(other))
              .append(" figure (")
              .append(WonText.of(e.getValue()))
              .append(") instead.");
        }
      }
    }
    BigDecimal ratio = claim.figure().value().divide(f.amount(), PRECISION);
    BigDecimal tenThousand = BigDecimal.valueOf(10000);
    if (near(ratio.multiply(tenThousand), BigDecimal.ONE)) {
      b.append(" The stated figure is 10,000 times smaller than the data: 억 written for 조?");
    } else if (near(ratio, tenThousand)) {
      b.append(" The stated figure is 10,000 times larger than the data: 조 written for 억?");
    }
    for (String other : List.of("total", "gross_total", "net_total")) {
      if (other.equals(subject.id()) || subject.kind() != Subject.Kind.TOTAL) {
        continue;
      }
      Optional<Subject> alt = glossary.subject(other);
      if (alt.isEmpty()) {
        continue;
      }
      for (StoreFigures.Series s : figures.series(alt.get())) {
        for (Map.Entry<String, BigDecimal> e : s.amounts().entrySet()) {
          String[] k = e.getKey().split("\\|");
          if (Integer.parseInt(k[0]) == year
              && stated.overlaps(s.interval(year, Stage.parse(k[1])))) {
            rows.add(s.row(year, Stage.parse(k[1])));
            b.append(" It matches ")
                .append(s.label())
                .append(' ')
                .append(year)
                .append(' ')
                .append(k[1])
                .append(" (")
                .append(WonText.of(e.getValue()))
                .append("), a different basis: ")
                .append(alt.get().labelEn())
                .append(" is not ")
                .append(subject.labelEn())
                .append('.');
          }
        }
      }
    }
    return b.toString();
  }

  private static boolean near(BigDecimal value, BigDecimal target) {
    return value.subtract(target).abs().compareTo(target.multiply(new BigDecimal("0.01"))) <= 0;
  }
}
