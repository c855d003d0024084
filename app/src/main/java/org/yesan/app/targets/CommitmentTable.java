package org.yesan.app.targets;

import java.util.List;
import java.util.Optional;
import org.yesan.app.table.Column;
import org.yesan.app.table.Reading;
import org.yesan.app.table.ResultTable;
import org.yesan.targets.Commitment;
import org.yesan.targets.StatusChange;
import org.yesan.targets.TargetRegister;

/**
 * The commitments asked for, each with its status on the request's day: overdue when the deadline
 * has passed by then and the status is neither met nor dropped; days late, for a met one, from its
 * deadline to the day it was met. The one answer of {@code yesan commitments} and {@code GET
 * /api/v1/commitments}.
 */
public record CommitmentTable(CommitmentRequest request, List<Commitment> commitments) {

  public CommitmentTable {
    commitments = List.copyOf(commitments);
  }

  /** The register's commitments the request names; an id the register lacks is a query error. */
  public static CommitmentTable of(TargetRegister register, CommitmentRequest request) {
    List<Commitment> chosen =
        ChosenById.of(register.commitments(), Commitment::id, request.id(), "commitment");
    return new CommitmentTable(request, chosen);
  }

  /** One row per commitment, or per dated status change when the request asks for history. */
  public ResultTable table() {
    return request.history() ? history() : status();
  }

  private ResultTable status() {
    ResultTable t =
        new ResultTable(
            new Column("commitment", Column.Kind.TEXT),
            new Column("statement", Column.Kind.READINGS),
            new Column("made_by", Column.Kind.TEXT),
            new Column("made_on", Column.Kind.TEXT),
            new Column("deadline", Column.Kind.TEXT),
            new Column("status", Column.Kind.TEXT),
            new Column("status_date", Column.Kind.TEXT),
            new Column("overdue", Column.Kind.TEXT),
            new Column("days_late", Column.Kind.COUNT),
            new Column("evidence", Column.Kind.TEXT),
            new Column("source", Column.Kind.TEXT));
    for (Commitment c : commitments) {
      Optional<StatusChange> now = c.statusOn(request.asOf());
      t.row(
          c.id(),
          new Reading(c.statementKo(), c.statementEn()),
          c.madeBy(),
          c.madeOn().toString(),
          c.deadline().map(Object::toString),
          now.map(s -> s.status().code()),
          now.map(s -> s.date().toString()),
          c.overdueOn(request.asOf()) ? "yes" : "no",
          c.daysLate(),
          now.map(StatusChange::evidence),
          now.map(s -> s.source().url()).orElse(c.source().url()));
    }
    return t;
  }

  private ResultTable history() {
    ResultTable t =
        new ResultTable(
            new Column("commitment", Column.Kind.TEXT),
            new Column("date", Column.Kind.TEXT),
            new Column("status", Column.Kind.TEXT),
            new Column("evidence", Column.Kind.TEXT),
            new Column("publisher", Column.Kind.TEXT),
            new Column("source_date", Column.Kind.TEXT),
            new Column("source", Column.Kind.TEXT));
    for (Commitment c : commitments) {
      for (StatusChange s : c.history()) {
        t.row(
            c.id(),
            s.date().toString(),
            s.status().code(),
            s.evidence(),
            s.source().publisher(),
            s.source().published().toString(),
            s.source().url());
      }
    }
    return t;
  }
}
