package org.yesan.targets.csv;

import static org.yesan.targets.csv.Fields.build;
import static org.yesan.targets.csv.Fields.coded;
import static org.yesan.targets.csv.Fields.day;
import static org.yesan.targets.csv.Fields.decimal;
import static org.yesan.targets.csv.Fields.loose;
import static org.yesan.targets.csv.Fields.optional;
import static org.yesan.targets.csv.Fields.optionalLoose;
import static org.yesan.targets.csv.Fields.optionalTrillionWon;
import static org.yesan.targets.csv.Fields.optionalYear;
import static org.yesan.targets.csv.Fields.required;
import static org.yesan.targets.csv.Fields.source;
import static org.yesan.targets.csv.Fields.trillionWon;
import static org.yesan.targets.csv.Fields.year;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yesan.ingest.BundledFile;
import org.yesan.ingest.CsvTable;
import org.yesan.ingest.InputException;
import org.yesan.targets.Commitment;
import org.yesan.targets.CommitmentStatus;
import org.yesan.targets.CycleCalendar;
import org.yesan.targets.CycleEvent;
import org.yesan.targets.CycleEventKind;
import org.yesan.targets.DeadlineRule;
import org.yesan.targets.Envelope;
import org.yesan.targets.EnvelopeAmount;
import org.yesan.targets.StatusChange;
import org.yesan.targets.Target;
import org.yesan.targets.TargetPoint;
import org.yesan.targets.TargetRegister;

/**
 * Reads the targets CSV files described in data/targets/README.md: each file is recognised by its
 * header, rows of the same format from several files are pooled, and the whole set is checked
 * together (ids once, every reference resolved). Nothing is returned unless every file is good.
 */
public final class TargetFiles {

  /** The bundled files, in the order they are read. */
  public static final List<String> BUNDLED =
      List.of(
          "deadline-rules.csv",
          "cycle.csv",
          "envelopes.csv",
          "envelope-amounts.csv",
          "targets.csv",
          "target-points.csv",
          "commitments.csv",
          "commitment-status.csv");

  private TargetFiles() {}

  /** A parsed row and where it came from. */
  private record Located<T>(T value, Path file, long line) {
    InputException error(int column, String expected, String found) {
      return new InputException(file, line, column, expected, found);
    }
  }

  private static final class Rows {
    final List<Located<DeadlineRule>> rules = new ArrayList<>();
    final List<Located<CycleEvent>> events = new ArrayList<>();
    final List<Located<EnvelopeHead>> envelopes = new ArrayList<>();
    final List<Located<EnvelopeAmount>> amounts = new ArrayList<>();
    final List<Located<TargetHead>> targets = new ArrayList<>();
    final List<Located<TargetPoint>> points = new ArrayList<>();
    final List<Located<CommitmentHead>> commitments = new ArrayList<>();
    final List<Located<StatusChange>> statuses = new ArrayList<>();
  }

  private record EnvelopeHead(
      String id,
      String ko,
      String en,
      java.util.Optional<Integer> from,
      java.util.Optional<Integer> to,
      java.util.Optional<java.math.BigDecimal> total,
      java.util.Optional<java.math.BigDecimal> pub,
      java.util.Optional<java.math.BigDecimal> priv,
      java.util.Optional<String> fillsWith,
      org.yesan.targets.Source source,
      String note) {}

  private record TargetHead(
      String id,
      String ko,
      String en,
      String unit,
      java.util.Optional<org.yesan.targets.LooseDate> deadline,
      java.util.Optional<String> fundedBy,
      org.yesan.targets.Source source,
      String note) {}

  private record CommitmentHead(
      String id,
      String ko,
      String en,
      String by,
      org.yesan.targets.LooseDate on,
      java.util.Optional<org.yesan.targets.LooseDate> deadline,
      org.yesan.targets.Source source,
      String note) {}

  /** The bundled register (data/targets, shipped inside this module's jar). */
  public static TargetRegister bundled() {
    return read(bundledPaths());
  }

  /** The bundled files followed by the user's own. */
  public static TargetRegister bundledWith(List<Path> extra) {
    List<Path> all = new ArrayList<>(bundledPaths());
    all.addAll(extra);
    return read(all);
  }

  /**
   * Reads and checks a set of targets files.
   *
   * @throws InputException naming the file, line and column of the first problem
   */
  public static TargetRegister read(List<Path> files) {
    Rows rows = new Rows();
    for (Path f : files) {
      readFile(f, rows);
    }
    return assemble(rows);
  }

  private static void readFile(Path file, Rows rows) {
    try (CsvTable t = CsvTable.open(file)) {
      FileKind kind =
          FileKind.of(t.header())
              .orElseThrow(
                  () ->
                      new InputException(
                          file,
                          1,
                          1,
                          FileKind.described(),
                          InputException.quote(String.join(",", t.header()))));
      t.forEachRow(r -> readRow(kind, file, r, rows));
    }
  }

  private static void readRow(FileKind kind, Path file, CsvTable.Row r, Rows rows) {
    long line = r.line();
    switch (kind) {
      case DEADLINE_RULES -> {
        CycleEventKind event = coded(r, 0, CycleEventKind::parse, "submission or passage");
        int from = year(r, 1);
        var to = optionalYear(r, 2);
        int days = decimal(r, 3, "a whole number of days such as 120").intValueExact();
        String law = required(r, 4, "the law that sets the deadline");
        var source = source(r, 5);
        String note = r.field(8);
        rows.rules.add(
            new Located<>(
                build(r, 3, () -> new DeadlineRule(event, from, to, days, law, source, note)),
                file,
                line));
      }
      case CYCLE -> {
        int fy = year(r, 0);
        String budget = r.field(1);
        CycleEventKind event =
            coded(
                r,
                2,
                CycleEventKind::parse,
                "cabinet_approval, submission, budget_address or passage");
        var date = day(r, 3);
        var source = source(r, 4);
        rows.events.add(
            new Located<>(
                build(r, 1, () -> new CycleEvent(fy, budget, event, date, source, r.field(7))),
                file,
                line));
      }
      case ENVELOPES -> {
        String id = required(r, 0, "an envelope id");
        rows.envelopes.add(
            new Located<>(
                new EnvelopeHead(
                    id,
                    required(r, 1, "a Korean label"),
                    required(r, 2, "an English label"),
                    optionalYear(r, 3),
                    optionalYear(r, 4),
                    optionalTrillionWon(r, 5),
                    optionalTrillionWon(r, 6),
                    optionalTrillionWon(r, 7),
                    optional(r, 8),
                    source(r, 9),
                    r.field(12)),
                file,
                line));
      }
      case ENVELOPE_AMOUNTS -> {
        String envelope = required(r, 0, "an envelope id");
        int fy = year(r, 1);
        String stage = r.field(2);
        String basis = r.field(3);
        var won = trillionWon(r, 4);
        String bound = r.field(5);
        if (!bound.equals("exact") && !bound.equals("at_least")) {
          throw r.error(5, "exact or at_least", InputException.quote(bound));
        }
        var source = source(r, 6);
        rows.amounts.add(
            new Located<>(
                build(
                    r,
                    2,
                    () ->
                        new EnvelopeAmount(
                            envelope,
                            fy,
                            stage,
                            basis,
                            won,
                            r.field(4),
                            bound.equals("at_least"),
                            source,
                            r.field(9))),
                file,
                line));
      }
      case TARGETS ->
          rows.targets.add(
              new Located<>(
                  new TargetHead(
                      required(r, 0, "a target id"),
                      required(r, 1, "a Korean label"),
                      required(r, 2, "an English label"),
                      required(r, 3, "a unit such as GPUs"),
                      optionalLoose(r, 4),
                      optional(r, 5),
                      source(r, 6),
                      r.field(9)),
                  file,
                  line));
      case TARGET_POINTS -> {
        String target = required(r, 0, "a target id");
        TargetPoint.Kind k =
            coded(
                r,
                1,
                TargetPoint.Kind::parse,
                "baseline, goal, planned_addition, progress or funding");
        var date = loose(r, 2);
        var value = decimal(r, 3, "a non-negative number such as 15000");
        String unit = required(r, 4, "a unit");
        var source = source(r, 5);
        rows.points.add(
            new Located<>(
                build(
                    r, 3, () -> new TargetPoint(target, k, date, value, unit, source, r.field(8))),
                file,
                line));
      }
      case COMMITMENTS ->
          rows.commitments.add(
              new Located<>(
                  new CommitmentHead(
                      required(r, 0, "a commitment id"),
                      required(r, 1, "the statement in Korean"),
                      required(r, 2, "the statement in English"),
                      required(r, 3, "who made it"),
                      loose(r, 4),
                      optionalLoose(r, 5),
                      source(r, 6),
                      r.field(9)),
                  file,
                  line));
      case COMMITMENT_STATUS -> {
        String commitment = required(r, 0, "a commitment id");
        var date = day(r, 1);
        CommitmentStatus status =
            coded(
                r, 2, CommitmentStatus::parse, "announced, funded, on_track, late, met or dropped");
        String evidence = required(r, 3, "the evidence for the status");
        var source = source(r, 4);
        rows.statuses.add(
            new Located<>(
                new StatusChange(commitment, date, status, evidence, source), file, line));
      }
    }
  }

  private static TargetRegister assemble(Rows rows) {
    checkRules(rows.rules);
    Map<String, Located<CycleEvent>> eventKeys = new HashMap<>();
    for (Located<CycleEvent> e : rows.events) {
      CycleEvent v = e.value();
      String key = v.fiscalYear() + "/" + v.budget() + "/" + v.kind().code();
      Located<CycleEvent> before = eventKeys.putIfAbsent(key, e);
      if (before != null) {
        throw e.error(
            4,
            "one "
                + v.kind().code()
                + " date for the "
                + v.fiscalYear()
                + " "
                + v.budget()
                + " budget",
            "a second one (first at " + before.file() + ":" + before.line() + ")");
      }
    }
    List<Envelope> envelopes = envelopes(rows);
    List<Target> targets = targets(rows, envelopes);
    List<Commitment> commitments = commitments(rows);
    CycleCalendar calendar =
        new CycleCalendar(
            rows.events.stream().map(Located::value).toList(),
            rows.rules.stream().map(Located::value).toList());
    return new TargetRegister(targets, commitments, envelopes, calendar);
  }

  private static void checkRules(List<Located<DeadlineRule>> rules) {
    for (int i = 0; i < rules.size(); i++) {
      for (int j = 0; j < i; j++) {
        DeadlineRule a = rules.get(i).value();
        DeadlineRule b = rules.get(j).value();
        boolean overlap =
            a.event() == b.event()
                && a.fromYear() <= b.toYear().orElse(Integer.MAX_VALUE)
                && b.fromYear() <= a.toYear().orElse(Integer.MAX_VALUE);
        if (overlap) {
          throw rules
              .get(i)
              .error(
                  2,
                  "one " + a.event().code() + " rule per fiscal year",
                  "years overlapping the rule at line " + rules.get(j).line());
        }
      }
    }
  }

  private static <T> Map<String, Located<T>> byId(
      List<Located<T>> heads, java.util.function.Function<T, String> id, String what) {
    Map<String, Located<T>> map = new LinkedHashMap<>();
    for (Located<T> h : heads) {
      Located<T> before = map.putIfAbsent(id.apply(h.value()), h);
      if (before != null) {
        throw h.error(
            1,
            "each " + what + " id once",
            "'"
                + id.apply(h.value())
                + "' again (first at "
                + before.file()
                + ":"
                + before.line()
                + ")");
      }
    }
    return map;
  }

  private static List<Envelope> envelopes(Rows rows) {
    Map<String, Located<EnvelopeHead>> heads = byId(rows.envelopes, EnvelopeHead::id, "envelope");
    Map<String, List<EnvelopeAmount>> amounts = new HashMap<>();
    Map<String, Located<EnvelopeAmount>> amountKeys = new HashMap<>();
    for (Located<EnvelopeAmount> a : rows.amounts) {
      if (!heads.containsKey(a.value().envelope())) {
        throw a.error(
            1,
            "an envelope listed in an envelopes file",
            InputException.quote(a.value().envelope()));
      }
      EnvelopeAmount v = a.value();
      String key = v.envelope() + "/" + v.fiscalYear() + "/" + v.stage() + "/" + v.basis();
      Located<EnvelopeAmount> before = amountKeys.putIfAbsent(key, a);
      if (before != null) {
        throw a.error(
            5,
            "one "
                + v.stage()
                + " "
                + v.basis()
                + " amount of "
                + v.envelope()
                + " for "
                + v.fiscalYear(),
            "a second one (first at " + before.file() + ":" + before.line() + ")");
      }
      amounts.computeIfAbsent(v.envelope(), k -> new ArrayList<>()).add(v);
    }
    List<Envelope> out = new ArrayList<>();
    for (Located<EnvelopeHead> l : heads.values()) {
      EnvelopeHead h = l.value();
      out.add(
          located(
              l,
              () ->
                  new Envelope(
                      h.id(),
                      h.ko(),
                      h.en(),
                      h.from(),
                      h.to(),
                      h.total(),
                      h.pub(),
                      h.priv(),
                      h.fillsWith(),
                      h.source(),
                      h.note(),
                      amounts.getOrDefault(h.id(), List.of()))));
    }
    return out;
  }

  private static List<Target> targets(Rows rows, List<Envelope> envelopes) {
    Map<String, Located<TargetHead>> heads = byId(rows.targets, TargetHead::id, "target");
    Map<String, List<TargetPoint>> points = new HashMap<>();
    for (Located<TargetPoint> p : rows.points) {
      if (!heads.containsKey(p.value().target())) {
        throw p.error(
            1, "a target listed in a targets file", InputException.quote(p.value().target()));
      }
      points.computeIfAbsent(p.value().target(), k -> new ArrayList<>()).add(p.value());
    }
    List<Target> out = new ArrayList<>();
    for (Located<TargetHead> l : heads.values()) {
      TargetHead h = l.value();
      h.fundedBy()
          .ifPresent(
              e -> {
                if (envelopes.stream().noneMatch(v -> v.id().equals(e))) {
                  throw l.error(6, "an envelope id or an empty field", InputException.quote(e));
                }
              });
      out.add(
          located(
              l,
              () ->
                  new Target(
                      h.id(),
                      h.ko(),
                      h.en(),
                      h.unit(),
                      h.deadline(),
                      h.fundedBy(),
                      h.source(),
                      h.note(),
                      points.getOrDefault(h.id(), List.of()))));
    }
    return out;
  }

  private static List<Commitment> commitments(Rows rows) {
    Map<String, Located<CommitmentHead>> heads =
        byId(rows.commitments, CommitmentHead::id, "commitment");
    Map<String, List<Located<StatusChange>>> located = new HashMap<>();
    for (Located<StatusChange> s : rows.statuses) {
      if (!heads.containsKey(s.value().commitment())) {
        throw s.error(
            1,
            "a commitment listed in a commitments file",
            InputException.quote(s.value().commitment()));
      }
      located.computeIfAbsent(s.value().commitment(), k -> new ArrayList<>()).add(s);
    }
    Map<String, List<StatusChange>> history = new HashMap<>();
    located.forEach(
        (id, list) -> {
          list.sort(java.util.Comparator.comparing(l -> l.value().date()));
          for (int i = 1; i < list.size(); i++) {
            CommitmentStatus before = list.get(i - 1).value().status();
            if (before.closed() && list.get(i).value().status() != before) {
              throw list.get(i)
                  .error(
                      3,
                      "no new status after "
                          + before.code()
                          + " (line "
                          + list.get(i - 1).line()
                          + ")",
                      InputException.quote(list.get(i).value().status().code()));
            }
          }
          history.put(id, list.stream().map(Located::value).toList());
        });
    List<Commitment> out = new ArrayList<>();
    for (Located<CommitmentHead> l : heads.values()) {
      CommitmentHead h = l.value();
      out.add(
          located(
              l,
              () ->
                  new Commitment(
                      h.id(),
                      h.ko(),
                      h.en(),
                      h.by(),
                      h.on(),
                      h.deadline(),
                      h.source(),
                      h.note(),
                      history.getOrDefault(h.id(), List.of()))));
    }
    return out;
  }

  /** Builds a value from several rows, reporting a broken rule at the row that heads them. */
  private static <T> T located(Located<?> head, java.util.function.Supplier<T> make) {
    try {
      return make.get();
    } catch (IllegalArgumentException e) {
      String m = String.valueOf(e.getMessage());
      int colon = m.lastIndexOf(": ");
      throw head.error(
          1,
          colon < 0 ? m : m.substring(0, colon),
          colon < 0 ? "rows that break it" : InputException.quote(m.substring(colon + 2)));
    }
  }

  private static List<Path> bundledPaths() {
    List<Path> out = new ArrayList<>();
    for (String name : BUNDLED) {
      out.add(resource(name));
    }
    return out;
  }

  /**
   * A bundled file by name, such as {@code exchange-rates.csv}, the KRW per USD closing rate of the
   * days the bundled claims are dated (read with the real-terms series reader).
   */
  public static Path bundledFile(String name) {
    return resource(name);
  }

  private static Path resource(String name) {
    return BundledFile.of(
        TargetFiles.class,
        "/org/yesan/targets/bundled/" + name,
        "the bundled targets file " + name);
  }
}
