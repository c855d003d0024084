package org.yesan.http.targets;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.yesan.app.table.ReadableAmount;
import org.yesan.http.ApiRequest;
import org.yesan.http.Endpoint;
import org.yesan.http.QueryParameter;
import org.yesan.http.Reply;
import org.yesan.http.Routes;
import org.yesan.http.Table;
import org.yesan.query.QueryException;
import org.yesan.targets.BudgetCycle;
import org.yesan.targets.Commitment;
import org.yesan.targets.CycleEvent;
import org.yesan.targets.CycleEventKind;
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
      QueryParameter.text("as_of", "the day 'overdue' is judged on, yyyy-mm-dd (default: today)");

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
            List.of(),
            this::targets),
        Endpoint.listing(
            "/api/v1/commitments",
            "listCommitments",
            "Commitments with their deadline, status as of a day and dated, sourced history",
            List.of(AS_OF),
            this::commitments),
        Endpoint.listing(
            "/api/v1/envelopes",
            "listEnvelopes",
            "Envelopes with their published annual amounts (stage, basis, source, times the prior"
                + " year) and, for multi-year ones, progress against an even spread",
            List.of(YEAR),
            this::envelopes),
        Endpoint.listing(
            "/api/v1/cycle",
            "listBudgetCycle",
            "The budget cycle per fiscal year: dated events of the main and supplementary budgets"
                + " and the legal deadlines met, missed by N days, or unknown",
            List.of(YEAR),
            this::cycle));
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
    ObjectNode body = JSON.objectNode();
    ArrayNode list = body.putArray("targets");
    Table table =
        new Table(
            "target",
            "unit",
            "baseline",
            "baseline_date",
            "planned",
            "goal",
            "deadline",
            "pct_of_goal",
            "funding_won");
    for (Target t : register.targets()) {
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
      Optional<BigDecimal> funding =
          t.funding().stream().reduce((x, y) -> y).flatMap(TargetPoint::won);
      table.row(
          java.util.Arrays.asList(
              t.id(),
              t.unit(),
              o.get("baseline").asText(null),
              o.get("baseline_date").asText(null),
              o.get("planned").asText(null),
              o.get("goal").asText(null),
              o.get("deadline").asText(null),
              o.get("pct_of_goal").asText(null),
              plain(funding)));
    }
    return Reply.listing(body, table);
  }

  private Reply commitments(ApiRequest request) {
    LocalDate day;
    try {
      day = request.query(AS_OF.name()).map(LocalDate::parse).orElse(LocalDate.now());
    } catch (java.time.format.DateTimeParseException e) {
      throw new QueryException(AS_OF.name(), 0, "expected a date as yyyy-mm-dd");
    }
    ObjectNode body = JSON.objectNode();
    body.put("as_of", day.toString());
    ArrayNode list = body.putArray("commitments");
    Table table =
        new Table(
            "commitment",
            "statement_en",
            "made_by",
            "made_on",
            "deadline",
            "status",
            "status_date",
            "overdue",
            "days_late");
    for (Commitment c : register.commitments()) {
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
      table.row(
          java.util.Arrays.asList(
              c.id(),
              c.statementEn(),
              c.madeBy(),
              c.madeOn().toString(),
              o.get("deadline").asText(null),
              o.get("status").asText(null),
              o.get("status_date").asText(null),
              c.overdueOn(day),
              c.daysLate().orElse(null)));
    }
    return Reply.listing(body, table);
  }

  private Reply envelopes(ApiRequest request) {
    Optional<Integer> year = request.integer(YEAR.name());
    ObjectNode body = JSON.objectNode();
    ArrayNode list = body.putArray("envelopes");
    Table table =
        new Table(
            "envelope",
            "fiscal_year",
            "stage",
            "basis",
            "amount_won",
            "bound",
            "times_prior_year",
            "source");
    for (Envelope e : register.envelopes()) {
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
        table.row(
            java.util.Arrays.asList(
                e.id(),
                a.fiscalYear(),
                a.stage(),
                a.basis(),
                plain(Optional.of(a.won())),
                ao.get("bound").asText(),
                ao.get("times_prior_year").asText(null),
                a.source().url()));
      }
      if (e.multiYear()) {
        int asOf = year.orElse(e.lastYear().orElseThrow());
        EnvelopeProgress p = e.progress(e.fillsWith().get(), asOf);
        ObjectNode po = o.putObject("progress");
        po.put("basis", p.basis());
        po.put("as_of_year", p.asOfYear());
        amount(po, "filled", Optional.of(p.filled()));
        po.put("at_least", p.atLeast());
        amount(po, "left", p.left());
        amount(po, "even_spread_by_year", p.evenSpreadByYear());
        amount(po, "behind_schedule", p.behindSchedule());
        po.put(
            "schedule_note",
            "even spread of the total over the envelope's years: Yesan's assumption, the sources"
                + " publish no annual schedule");
      }
    }
    return Reply.listing(body, table);
  }

  private Reply cycle(ApiRequest request) {
    Optional<Integer> year = request.integer(YEAR.name());
    if (year.isPresent() && register.calendar().cycle(year.get()).isEmpty()) {
      throw new QueryException(
          YEAR.name(), 0, "no budget cycle in the data for fiscal year " + year.get());
    }
    ObjectNode body = JSON.objectNode();
    ArrayNode list = body.putArray("cycles");
    Table table =
        new Table(
            "fiscal_year", "budget", "event", "date", "deadline", "days_late", "outcome", "source");
    for (BudgetCycle c : register.calendar().cycles()) {
      if (year.isPresent() && year.get() != c.fiscalYear()) {
        continue;
      }
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
        Optional<DeadlineCheck> d = e.isMain() ? c.deadline(e.kind()) : Optional.empty();
        table.row(row(c.fiscalYear(), e.budget(), e.kind(), Optional.of(e), d));
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
        dn.put("outcome", d.outcome().name().toLowerCase(Locale.ROOT));
        if (d.daysLate().isPresent()) {
          dn.put("days_late", d.daysLate().get());
        } else {
          dn.putNull("days_late");
        }
        if (d.event().isEmpty()) {
          table.row(
              row(c.fiscalYear(), "main", d.rule().event(), Optional.empty(), Optional.of(d)));
        }
      }
      Optional<Integer> since =
          register.calendar().yearsSinceLastMet(CycleEventKind.PASSAGE, c.fiscalYear());
      if (since.isPresent()) {
        o.put("years_since_last_on_time_passage", since.get());
      } else {
        o.putNull("years_since_last_on_time_passage");
      }
    }
    return Reply.listing(body, table);
  }

  private static List<Object> row(
      int fy,
      String budget,
      CycleEventKind kind,
      Optional<CycleEvent> e,
      Optional<DeadlineCheck> d) {
    List<Object> r = new ArrayList<>();
    r.add(fy);
    r.add(budget);
    r.add(kind.code());
    r.add(e.map(x -> x.date().toString()).orElse(null));
    r.add(d.map(x -> x.deadline().toString()).orElse(null));
    r.add(d.flatMap(DeadlineCheck::daysLate).orElse(null));
    r.add(d.map(x -> x.outcome().name().toLowerCase(Locale.ROOT)).orElse(null));
    r.add(e.map(x -> x.source().url()).orElse(null));
    return r;
  }
}
