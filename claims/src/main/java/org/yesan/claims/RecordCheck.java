package org.yesan.claims;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.yesan.claims.text.Subject;
import org.yesan.model.Stage;

/** The check of a record claim: higher than every earlier figure the data hold. */
final class RecordCheck extends ClaimCheck {

  RecordCheck(Context c) {
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
    Optional<Found> now = find(subject, year, claim.stage().orElseThrow());
    if (now.isEmpty()) {
      return unverifiable(missing(subject, year, claim.stage().orElseThrow()), "", "");
    }
    StoreFigures.Series series = now.get().series();
    Map<String, BigDecimal> earlier = series.before(year);
    if (earlier.isEmpty()) {
      return unverifiable(
          series.label() + " has no year before " + year + " to compare with", "", "");
    }
    Map.Entry<String, BigDecimal> max =
        earlier.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
    String[] k = max.getKey().split("\\|");
    rows.add(now.get().row());
    rows.add(series.row(Integer.parseInt(k[0]), Stage.parse(k[1])));
    String formula =
        now.get().label()
            + " "
            + WonText.of(now.get().amount())
            + " > max of "
            + earlier.size()
            + " earlier figures ("
            + StoreFigures.Series.coverage(earlier)
            + ") = "
            + k[0]
            + " "
            + k[1]
            + " "
            + WonText.of(max.getValue());
    String tolerance =
        "strictly greater; earlier years covered: " + StoreFigures.Series.coverage(earlier);
    return now.get().amount().compareTo(max.getValue()) > 0
        ? verdict(
            Verdict.SUPPORTED,
            "higher than every earlier figure in the data ("
                + StoreFigures.Series.coverage(earlier)
                + "; the highest was "
                + k[0]
                + " "
                + k[1]
                + " "
                + WonText.of(max.getValue())
                + ").",
            formula,
            tolerance,
            Optional.of(now.get().amount()))
        : verdict(
            Verdict.CONTRADICTED,
            k[0] + " " + k[1] + " was already " + WonText.of(max.getValue()) + ".",
            formula,
            tolerance,
            Optional.of(max.getValue()));
  }
}
