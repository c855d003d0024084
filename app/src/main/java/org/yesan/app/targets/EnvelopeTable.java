package org.yesan.app.targets;

import java.util.List;
import org.yesan.app.table.Column;
import org.yesan.app.table.ReadableAmount;
import org.yesan.app.table.Reading;
import org.yesan.app.table.ResultTable;
import org.yesan.targets.Envelope;
import org.yesan.targets.EnvelopeAmount;
import org.yesan.targets.EnvelopeProgress;
import org.yesan.targets.TargetRegister;

/**
 * The envelopes asked for: each published annual amount with how many times the previous year's
 * final appropriation it is (2 places, HALF_UP), or the multi-year envelopes' progress against an
 * even spread of the total over their years, an assumption (the sources publish no schedule). The
 * one answer of {@code yesan envelopes} and {@code GET /api/v1/envelopes}.
 */
public record EnvelopeTable(EnvelopeRequest request, List<Envelope> envelopes) {

  /** What the even spread is, for a footnote wherever progress is shown. */
  public static final String SCHEDULE_NOTE =
      "even spread of the total over the envelope's years: Yesan's assumption, the sources"
          + " publish no annual schedule";

  private static final ReadableAmount WON = new ReadableAmount("KRW");
  private static final List<String> BASES = List.of("appropriation", "deployment");

  public EnvelopeTable {
    envelopes = List.copyOf(envelopes);
  }

  /** The register's envelopes the request names; an id the register lacks is a query error. */
  public static EnvelopeTable of(TargetRegister register, EnvelopeRequest request) {
    List<Envelope> chosen =
        ChosenById.of(register.envelopes(), Envelope::id, request.id(), "envelope");
    return new EnvelopeTable(request, chosen);
  }

  /** The year progress is counted up to: the one asked for, else the envelope's last year. */
  public int asOf(Envelope e) {
    return request.year().orElse(e.lastYear().orElseThrow());
  }

  /** One row per published amount, or per multi-year envelope and basis with progress. */
  public ResultTable table() {
    return request.progress() ? progress() : amounts();
  }

  private ResultTable amounts() {
    ResultTable t =
        new ResultTable(
            new Column("envelope", Column.Kind.TEXT),
            new Column("label", Column.Kind.READINGS),
            new Column("fiscal_year", Column.Kind.YEAR),
            new Column("stage", Column.Kind.TEXT),
            new Column("basis", Column.Kind.TEXT),
            new Column("amount", Column.Kind.AMOUNT),
            new Column("readable", Column.Kind.READINGS),
            new Column("bound", Column.Kind.TEXT),
            new Column("times_prior_year", Column.Kind.PERCENT),
            new Column("publisher", Column.Kind.TEXT),
            new Column("source_date", Column.Kind.TEXT),
            new Column("source", Column.Kind.TEXT),
            new Column("note", Column.Kind.TEXT));
    for (Envelope e : envelopes) {
      for (EnvelopeAmount a : e.amounts()) {
        if (request.year().isPresent() && request.year().get() != a.fiscalYear()) {
          continue;
        }
        t.row(
            e.id(),
            new Reading(e.labelKo(), e.labelEn()),
            a.fiscalYear(),
            a.stage(),
            a.basis(),
            a.won(),
            WON.reading(a.won()),
            a.atLeast() ? "at_least" : "exact",
            e.timesPriorYear(a, 2),
            a.source().publisher(),
            a.source().published().toString(),
            a.source().url(),
            a.note());
      }
    }
    return t;
  }

  private ResultTable progress() {
    ResultTable t =
        new ResultTable(
            new Column("envelope", Column.Kind.TEXT),
            new Column("label", Column.Kind.READINGS),
            new Column("period", Column.Kind.TEXT),
            new Column("total", Column.Kind.AMOUNT),
            new Column("total_readable", Column.Kind.READINGS),
            new Column("basis", Column.Kind.TEXT),
            new Column("as_of", Column.Kind.YEAR),
            new Column("filled", Column.Kind.AMOUNT),
            new Column("filled_readable", Column.Kind.READINGS),
            new Column("at_least", Column.Kind.TEXT),
            new Column("left", Column.Kind.AMOUNT),
            new Column("even_spread", Column.Kind.AMOUNT),
            new Column("behind_schedule", Column.Kind.AMOUNT),
            new Column("behind_readable", Column.Kind.READINGS));
    for (Envelope e : envelopes) {
      if (!e.multiYear()) {
        continue;
      }
      int asOf = asOf(e);
      for (String basis : BASES) {
        EnvelopeProgress p = e.progress(basis, asOf);
        if (p.counted().isEmpty()) {
          continue;
        }
        t.row(
            e.id(),
            new Reading(e.labelKo(), e.labelEn()),
            e.fromYear().get() + "–" + e.toYear().get(),
            e.total().get(),
            WON.reading(e.total().get()),
            basis,
            asOf,
            p.filled(),
            WON.reading(p.filled()),
            p.atLeast() ? "yes" : "no",
            p.left(),
            p.evenSpreadByYear(),
            p.behindSchedule(),
            p.behindSchedule().map(WON::reading));
      }
    }
    return t;
  }
}
