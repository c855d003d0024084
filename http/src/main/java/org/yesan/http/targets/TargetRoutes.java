package org.yesan.http.targets;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.yesan.app.table.JsonTableWriter;
import org.yesan.app.table.ReadableAmount;
import org.yesan.app.table.ResultTable;
import org.yesan.app.targets.CommitmentRequest;
import org.yesan.app.targets.CommitmentTable;
import org.yesan.app.targets.CycleRequest;
import org.yesan.app.targets.CycleTable;
import org.yesan.app.targets.EnvelopeRequest;
import org.yesan.app.targets.EnvelopeTable;
import org.yesan.app.targets.TargetRequest;
import org.yesan.app.targets.TargetTable;
import org.yesan.http.ApiRequest;
import org.yesan.http.Endpoint;
import org.yesan.http.QueryParameter;
import org.yesan.http.Reply;
import org.yesan.http.Routes;
import org.yesan.http.Table;
import org.yesan.targets.BudgetCycle;
import org.yesan.targets.Commitment;
import org.yesan.targets.CycleEvent;
import org.yesan.targets.DeadlineCheck;
import org.yesan.targets.Envelope;
import org.yesan.targets.EnvelopeAmount;
import org.yesan.targets.EnvelopeProgress;
import org.yesan.targets.Source;
import org.yesan.targets.StatusChange;
import org.yesan.targets.Target;
import org.yesan.targets.TargetPoint;
import org.yesan.targets.TargetRegister;
import org.yesan.targets.csv.TargetFiles;

/**
 * {@code /api/v1/targets}, {@code /commitments}, {@code /envelopes} and {@code /cycle}: the bundled
 * targets data with every figure's source, amounts as exact won strings with their readable pair.
 */
public final class TargetRoutes implements Routes {

  static final QueryParameter YEAR = QueryParameter.integer("year", "one fiscal year, e.g. 2026");
  static final QueryParameter AS_OF =
      QueryParameter.text(
          CommitmentRequest.AS_OF, "the day 'overdue' is judged on, yyyy-mm-dd (default: today)");
  static final QueryParameter ID = QueryParameter.text("id", "only the one with this id");
  static final QueryParameter POINTS =
      flag(TargetRequest.POINTS, "true: rows are every dated figure with its source");
  static final QueryParameter PROGRESS =
      flag(
          EnvelopeRequest.PROGRESS,
          "true: rows are the multi-year envelopes' progress up to year (default: the last)");
  static final QueryParameter HISTORY =
      flag(CommitmentRequest.HISTORY, "true: rows are every dated status change");

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final ReadableAmount READABLE = new ReadableAmount("KRW");

  private final TargetRegister register;

  /** With the bundled data. */
  public TargetRoutes() {
    this(TargetFiles.bundled());
  }

  TargetRoutes(TargetRegister register) {
    this.register = register;
  }

  @Override
  public List<Endpoint> endpoints() {
    return List.of(
        Endpoint.listing(
            "/api/v1/targets",
            "listTargets",
            "Targets with baseline, goal, deadline, where the planned additions lead and the"
                + " funding behind each, with every dated figure and its source",
            List.of(ID, POINTS),
            this::targets),
        Endpoint.listing(
            "/api/v1/commitments",
            "listCommitments",
            "Commitments with their deadline, status as of a day and dated, sourced history",
            List.of(ID, HISTORY, AS_OF),
            this::commitments),
        Endpoint.listing(
            "/api/v1/envelopes",
            "listEnvelopes",
            "Envelopes with their published annual amounts (stage, basis, source, times the prior"
                + " year) and, for multi-year ones, progress against an even spread",
            List.of(ID, PROGRESS, YEAR),
            this::envelopes),
        Endpoint.listing(
            "/api/v1/cycle",
            "listBudgetCycle",
            "The budget cycle per fiscal year: dated events of the main and supplementary budgets"
                + " and the legal deadlines met, missed by N days, or unknown",
            List.of(YEAR),
            this::cycle));
  }

  private static QueryParameter flag(String name, String description) {
    return new QueryParameter(
        name, QueryParameter.Type.STRING, false, description, List.of("true", "false"));
  }

  /** The use case's rows as {@code rows} of the body, and as the table of CSV, XLSX, Parquet. */
  private static Reply listing(ObjectNode body, ResultTable rows) {
    body.set("rows", JsonTableWriter.array(rows));
    return Reply.listing(body, Table.of(rows));
  }

  private static ObjectNode source(Source s) {
    ObjectNode o = JSON.objectNode();
    o.put("url", s.url());
    o.put("publisher", s.publisher());
    o.put("date", s.published().toString());
    return o;
  }

  private static void amount(ObjectNode o, String name, Optional<BigDecimal> won) {
    if (won.isEmpty()) {
      o.putNull(name);
      o.putNull(name + "_readable");
      return;
    }
    o.put(name, ReadableAmount.plain(won.get()).toPlainString());
    o.set(name + "_readable", READABLE.json(won.get()));
  }

  private static String plain(Optional<BigDecimal> v) {
    return v.map(x -> ReadableAmount.plain(x).toPlainString()).orElse(null);
  }

  private Reply targets(ApiRequest request) {
    TargetTable targets =
        TargetTable.of(
            register, new TargetRequest(request.query(ID.name()), request.flag(POINTS.name())));
    ObjectNode body = JSON.objectNode();
    ArrayNode list = body.putArray("targets");
    for (Target t : targets.targets()) {
      ObjectNode o = list.addObject();
      o.put("id", t.id());
      o.putObject("label").put("ko", t.labelKo()).put("en", t.labelEn());
      o.put("unit", t.unit());
      o.put("deadline", t.deadline().map(Object::toString).orElse(null));
      o.put("funded_by", t.fundedBy().orElse(null));
      o.put("baseline", plain(t.baseline().map(TargetPoint::value)));
      o.put("baseline_date", t.baseline().map(p -> p.date().toString()).orElse(null));
      o.put("latest", plain(t.latest().map(TargetPoint::value)));
      o.put("planned", plain(t.planned()));
      o.put("goal", plain(t.goal().map(TargetPoint::value)));
      o.put("pct_of_goal", plain(t.percentOfGoal(1)));
      if (t.goalReachedOnPlan().isPresent()) {
        o.put("goal_reached_on_plan", t.goalReachedOnPlan().get());
      } else {
        o.putNull("goal_reached_on_plan");
      }
      ArrayNode points = o.putArray("points");
      for (TargetPoint p : t.points()) {
        ObjectNode po = points.addObject();
        po.put("kind", p.kind().code());
        po.put("date", p.date().toString());
        if (p.won().isPresent()) {
          amount(po, "won", p.won());
        } else {
          po.put("value", ReadableAmount.plain(p.value()).toPlainString());
          po.put("unit", p.unit());
        }
        po.set("source", source(p.source()));
        po.put("note", p.note());
      }
    }
    return listing(body, targets.table());
  }

  private Reply commitments(ApiRequest request) {
    CommitmentRequest asked =
        new CommitmentRequest(
            request.query(ID.name()),
            request.flag(HISTORY.name()),
            CommitmentRequest.day(request.query(AS_OF.name())));
    CommitmentTable commitments = CommitmentTable.of(register, asked);
    LocalDate day = asked.asOf();
    ObjectNode body = JSON.objectNode();
    body.put("as_of", day.toString());
    ArrayNode list = body.putArray("commitments");
    for (Commitment c : commitments.commitments()) {
      Optional<StatusChange> now = c.statusOn(day);
      ObjectNode o = list.addObject();
      o.put("id", c.id());
      o.putObject("statement").put("ko", c.statementKo()).put("en", c.statementEn());
      o.put("made_by", c.madeBy());
      o.put("made_on", c.madeOn().toString());
      o.put("deadline", c.deadline().map(Object::toString).orElse(null));
      o.put("status", now.map(s -> s.status().code()).orElse(null));
      o.put("status_date", now.map(s -> s.date().toString()).orElse(null));
      o.put("overdue", c.overdueOn(day));
      if (c.daysLate().isPresent()) {
        o.put("days_late", c.daysLate().get());
      } else {
        o.putNull("days_late");
      }
      o.set("source", source(c.source()));
      ArrayNode history = o.putArray("history");
      for (StatusChange s : c.history()) {
        ObjectNode h = history.addObject();
        h.put("date", s.date().toString());
        h.put("status", s.status().code());
        h.put("evidence", s.evidence());
        h.set("source", source(s.source()));
      }
    }
    return listing(body, commitments.table());
  }

  private Reply envelopes(ApiRequest request) {
    EnvelopeTable envelopes =
        EnvelopeTable.of(
            register,
            new EnvelopeRequest(
                request.query(ID.name()),
                request.flag(PROGRESS.name()),
                request.integer(YEAR.name())));
    Optional<Integer> year = envelopes.request().year();
    ObjectNode body = JSON.objectNode();
    ArrayNode list = body.putArray("envelopes");
    for (Envelope e : envelopes.envelopes()) {
      ObjectNode o = list.addObject();
      o.put("id", e.id());
      o.putObject("label").put("ko", e.labelKo()).put("en", e.labelEn());
      o.put("multi_year", e.multiYear());
      if (e.multiYear()) {
        o.put("from_year", e.fromYear().get());
        o.put("to_year", e.toYear().get());
      }
      amount(o, "total", e.total());
      amount(o, "public_share", e.publicShare());
      amount(o, "private_share", e.privateShare());
      o.put("fills_with", e.fillsWith().orElse(null));
      o.set("source", source(e.source()));
      ArrayNode amounts = o.putArray("amounts");
      for (EnvelopeAmount a : e.amounts()) {
        if (year.isPresent() && a.fiscalYear() != year.get()) {
          continue;
        }
        ObjectNode ao = amounts.addObject();
        ao.put("fiscal_year", a.fiscalYear());
        ao.put("stage", a.stage());
        ao.put("basis", a.basis());
        amount(ao, "amount", Optional.of(a.won()));
        ao.put("bound", a.atLeast() ? "at_least" : "exact");
        ao.put("times_prior_year", plain(e.timesPriorYear(a, 2)));
        ao.set("source", source(a.source()));
        ao.put("note", a.note());
      }
      if (e.multiYear()) {
        EnvelopeProgress p = e.progress(e.fillsWith().get(), envelopes.asOf(e));
        ObjectNode po = o.putObject("progress");
        po.put("basis", p.basis());
        po.put("as_of_year", p.asOfYear());
        amount(po, "filled", Optional.of(p.filled()));
        po.put("at_least", p.atLeast());
        amount(po, "left", p.left());
        amount(po, "even_spread_by_year", p.evenSpreadByYear());
        amount(po, "behind_schedule", p.behindSchedule());
        po.put("schedule_note", EnvelopeTable.SCHEDULE_NOTE);
      }
    }
    return listing(body, envelopes.table());
  }

  private Reply cycle(ApiRequest request) {
    CycleTable cycles = CycleTable.of(register, new CycleRequest(request.integer(YEAR.name())));
    ObjectNode body = JSON.objectNode();
    ArrayNode list = body.putArray("cycles");
    for (BudgetCycle c : cycles.cycles()) {
      ObjectNode o = list.addObject();
      o.put("fiscal_year", c.fiscalYear());
      ArrayNode events = o.putArray("events");
      for (CycleEvent e : c.events()) {
        ObjectNode eo = events.addObject();
        eo.put("budget", e.budget());
        eo.put("event", e.kind().code());
        eo.put("date", e.date().toString());
        eo.set("source", source(e.source()));
        eo.put("note", e.note());
      }
      ArrayNode deadlines = o.putArray("deadlines");
      for (DeadlineCheck d : c.deadlines()) {
        ObjectNode dn = deadlines.addObject();
        dn.put("event", d.rule().event().code());
        dn.put("deadline", d.deadline().toString());
        dn.put("days_before_fiscal_year", d.rule().daysBefore());
        dn.put("law", d.rule().law());
        dn.set("law_source", source(d.rule().source()));
        dn.put("date", d.event().map(e -> e.date().toString()).orElse(null));
        dn.put("outcome", CycleTable.outcome(d));
        if (d.daysLate().isPresent()) {
          dn.put("days_late", d.daysLate().get());
        } else {
          dn.putNull("days_late");
        }
      }
      Optional<Integer> since = cycles.yearsSinceLastOnTimePassage(c.fiscalYear());
      if (since.isPresent()) {
        o.put("years_since_last_on_time_passage", since.get());
      } else {
        o.putNull("years_since_last_on_time_passage");
      }
    }
    return listing(body, cycles.table());
  }
}
