package org.yesan.claims;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.yesan.claims.text.Subject;
import org.yesan.model.Stage;

/** The check of a share of the total: the part over the total of the same year and stage. */
final class ShareCheck extends ClaimCheck {

  ShareCheck(Context c) {
    super(c);
  }

  @Override
  CheckedClaim checkKind() {
    Optional<String> why = unresolved();
    if (why.isPresent()) {
      return unverifiable(why.get(), "", "");
    }
    Subject subject = claim.subject().orElseThrow();
    int year = claim.fiscalYear().orElseThrow().value();
    Stage stage = claim.stage().orElseThrow();
    Optional<Found> part = find(subject, year, stage);
    Optional<Found> whole = glossary.subject("total").flatMap(t -> find(t, year, stage));
    if (part.isEmpty() || whole.isEmpty()) {
      return unverifiable(
          part.isEmpty()
              ? missing(subject, year, stage)
              : "no total expenditure for " + year + " " + stage.id(),
          "",
          "");
    }
    if (subject.kind() == Subject.Kind.TOTAL) {
      // "전체 세출 예산의 67%를 상반기에 배정": the sentence names only the whole, so the part (what is
      // allotted, spent or carried) is something the data do not hold.
      return unverifiable(
          "a share of the whole budget whose part the reader did not find: the sentence names only"
              + " the whole ("
              + claim.subjectPhrase()
              + ")",
          "",
          "");
    }
    rows.add(part.get().row());
    rows.add(whole.get().row());
    Interval computed = part.get().interval().dividedBy(whole.get().interval()).asPercent();
    BigDecimal exact =
        part.get().amount().divide(whole.get().amount(), PRECISION).multiply(Interval.HUNDRED);
    Interval stated = statedInterval(claim.figure());
    String formula =
        part.get().label()
            + " ÷ "
            + whole.get().label()
            + " × 100 = "
            + exact.setScale(2, RoundingMode.HALF_UP).toPlainString()
            + "%";
    String tolerance = "stated " + stated.show(2) + "%; data allow " + computed.show(2) + "%";
    return computed.overlaps(stated)
        ? verdict(
            Verdict.SUPPORTED,
            "the data give a share of "
                + exact.setScale(2, RoundingMode.HALF_UP).toPlainString()
                + "%.",
            formula,
            tolerance,
            Optional.of(exact))
        : verdict(
            Verdict.CONTRADICTED,
            "the data give a share of "
                + exact.setScale(2, RoundingMode.HALF_UP).toPlainString()
                + "%, not "
                + claim.figure().text()
                + ".",
            formula,
            tolerance,
            Optional.of(exact));
  }
}
