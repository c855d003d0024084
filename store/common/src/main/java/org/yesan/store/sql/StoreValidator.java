package org.yesan.store.sql;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.yesan.model.DatasetInfo;
import org.yesan.model.Level;
import org.yesan.model.Measure;
import org.yesan.model.Stage;
import org.yesan.store.Slice;
import org.yesan.validation.Finding;
import org.yesan.validation.Finding.Severity;
import org.yesan.validation.ValidationReport;

/**
 * Reconciles a stored dataset: restated prior-year figures against the year's own, revenue against
 * expenditure on the same basis, repeated lines, negative amounts, and stages that look incomplete.
 */
public final class StoreValidator {

  /** A supplementary stage below this share of the enacted budget is reported as incomplete. */
  static final BigDecimal INCOMPLETE_SHARE = new BigDecimal("0.9");

  private static final int EVIDENCE_LINES = 10;

  private final StoreQueries store;

  /** A dataset's id to the table behind its fact view, for a store that keeps one. */
  private final Optional<java.util.function.IntFunction<String>> factRows;

  /**
   * @param store reads over the connection to validate through: inside an import's transaction, it
   *     sees the rows the import has not committed yet
   */
  public StoreValidator(StoreQueries store) {
    this(store, Optional.empty());
  }

  /**
   * @param factRows for a store whose fact table is a view over another table joined to the slices,
   *     that table by dataset id: its rows are checked against the slices too
   */
  public StoreValidator(
      StoreQueries store, Optional<java.util.function.IntFunction<String>> factRows) {
    this.store = store;
    this.factRows = factRows;
  }

  public ValidationReport validate(String dataset) {
    StoreQueries.DatasetMeta meta = store.meta(dataset);
    DatasetInfo info = meta.info();
    int id = meta.id();
    List<Slice> slices = store.slices(id);
    List<Finding> findings = new ArrayList<>();
    List<String> levelCols =
        info.levels().stream().map(Level::id).map(TableNames::levelColumn).toList();
    restatements(id, slices, findings);
    balance(info, slices, findings);
    incompleteStages(slices, findings);
    repeatedLines(id, TableNames.factTable(id), TableNames.lineTable(id), levelCols, findings);
    negatives(id, levelCols, findings);
    factRows.ifPresent(
        rows -> findings.addAll(new StoredFactsCheck(store).check(id, rows.apply(id))));
    return new ValidationReport(dataset, slices, findings);
  }

  private static String subject(String measure, int year, String stage) {
    return measure + " " + year + " " + stage;
  }

  private static String path(java.sql.ResultSet rs, int from, int n) throws java.sql.SQLException {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String v = rs.getString(from + i);
      if (v != null) {
        parts.add(v);
      }
    }
    return String.join(" > ", parts);
  }

  private void restatements(int id, List<Slice> slices, List<Finding> out) {
    List<Slice[]> pairs = new ArrayList<>();
    for (Slice restated : slices) {
      if (restated.isOwnReport()) {
        continue;
      }
      slices.stream()
          .filter(
              s ->
                  s.isOwnReport()
                      && s.measure().equals(restated.measure())
                      && s.fiscalYear().equals(restated.fiscalYear())
                      && s.stage().equals(restated.stage()))
          .findFirst()
          .ifPresent(own -> pairs.add(new Slice[] {own, restated}));
    }
    Map<String, long[]> lines = restatedLines(id, pairs);
    for (Slice restated : slices) {
      if (restated.isOwnReport()) {
        continue;
      }
      Optional<Slice> own =
          slices.stream()
              .filter(
                  s ->
                      s.isOwnReport()
                          && s.measure().equals(restated.measure())
                          && s.fiscalYear().equals(restated.fiscalYear())
                          && s.stage().equals(restated.stage()))
              .findFirst();
      String subj =
          subject(restated.measure(), restated.fiscalYear().value(), restated.stage().id());
      if (own.isEmpty()) {
        out.add(
            Finding.of(
                "restatement",
                Severity.INFO,
                subj,
                "restated in the "
                    + restated.reportedIn()
                    + " book, but the "
                    + restated.fiscalYear()
                    + " book itself is not imported; the restatement stands in for it"));
        continue;
      }
      Slice o = own.get();
      boolean equal = o.total().compareTo(restated.total()) == 0;
      Finding total =
          Finding.of(
                  "restatement",
                  // Books restate earlier years (a reorganisation, a revised base): both figures
                  // are kept as vintages, so a difference is reported, never refused.
                  equal ? Severity.PASS : Severity.WARNING,
                  subj,
                  equal
                      ? "the "
                          + restated.reportedIn()
                          + " book's prior-year figure equals the "
                          + o.fiscalYear()
                          + " book's own total"
                      : "the "
                          + restated.reportedIn()
                          + " book restates the total differently from the "
                          + o.fiscalYear()
                          + " book (both kept; without reported_in a query reads the year's own)")
              .withFigures(o.total(), restated.total());
      out.add(total);
      out.add(lineRestatement(o, restated, subj, lines.get(keyOf(restated))));
    }
  }

  private static String keyOf(Slice s) {
    return s.measure()
        + "|"
        + s.fiscalYear().value()
        + "|"
        + s.stage().id()
        + "|"
        + s.reportedIn().value();
  }

  /**
   * Per restated slice (by {@link #keyOf}): lines restated with the same amount, with another, only
   * in the year's own book, only in the restatement. One query for every pair: a query per pair
   * cost the 48 열린재정 files a second of planning.
   */
  private Map<String, long[]> restatedLines(int id, List<Slice[]> pairs) {
    Map<String, long[]> out = new java.util.HashMap<>();
    if (pairs.isEmpty()) {
      return out;
    }
    Map<String, Integer> ids = new java.util.HashMap<>();
    store.select(
        "SELECT id, measure, fiscal_year, stage, reported_in FROM slices WHERE dataset_id = ?",
        List.of(id),
        rs ->
            ids.put(
                rs.getString(2) + "|" + rs.getInt(3) + "|" + rs.getString(4) + "|" + rs.getInt(5),
                rs.getInt(1)));
    List<String> values = new ArrayList<>();
    java.util.Set<Integer> both = new java.util.TreeSet<>();
    Map<Integer, String> restatedKey = new java.util.HashMap<>();
    for (Slice[] p : pairs) {
      int own = ids.get(keyOf(p[0]));
      int restated = ids.get(keyOf(p[1]));
      // Slice ids are integers the store drew itself, so they are written into the statement.
      values.add("(" + own + ", " + restated + ")");
      both.add(own);
      both.add(restated);
      restatedKey.put(restated, keyOf(p[1]));
    }
    String facts = TableNames.factTable(id);
    // Lines are matched by their full path; a line whose path changed between books (a program
    // renamed or moved) shows as unmatched on both sides, which is reorganisation, not error.
    String sql =
        "WITH p (own_id, restated_id) AS (VALUES "
            + String.join(", ", values)
            + "), f AS (SELECT slice_id, line_id, sum(amount) AS amount FROM "
            + facts
            // A list, not a subquery on p: see repeatedLines.
            + " WHERE slice_id IN ("
            + String.join(", ", both.stream().map(String::valueOf).toList())
            + ")"
            + " GROUP BY slice_id, line_id),"
            + " a AS (SELECT p.restated_id AS pair, f.line_id, f.amount FROM p JOIN f ON"
            + " f.slice_id = p.own_id),"
            + " b AS (SELECT p.restated_id AS pair, f.line_id, f.amount FROM p JOIN f ON"
            + " f.slice_id = p.restated_id)"
            + " SELECT coalesce(a.pair, b.pair),"
            + " count(*) FILTER (WHERE a.amount IS NOT NULL AND b.amount IS NOT NULL AND"
            + " a.amount = b.amount), count(*) FILTER (WHERE a.amount <> b.amount),"
            + " count(*) FILTER (WHERE b.amount IS NULL), count(*) FILTER (WHERE a.amount IS NULL)"
            + " FROM a FULL OUTER JOIN b ON a.pair = b.pair AND a.line_id = b.line_id"
            + " GROUP BY coalesce(a.pair, b.pair)";
    store.select(
        sql,
        List.of(),
        rs ->
            out.put(
                restatedKey.get(rs.getInt(1)),
                new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)}));
    return out;
  }

  private Finding lineRestatement(Slice own, Slice restated, String subj, long[] counts) {
    // Two slices without a fact between them share no line either.
    long[] r = counts == null ? new long[4] : counts;
    return Finding.of(
        "restatement_lines",
        r[1] == 0 ? Severity.PASS : Severity.INFO,
        subj,
        String.format(
            "%,d lines restated with the same amount, %,d with a different amount; %,d lines only"
                + " in the %s book, %,d only in the %s restatement (renamed or moved)",
            r[0], r[1], r[2], own.reportedIn().value(), r[3], restated.reportedIn().value()));
  }

  private void balance(DatasetInfo info, List<Slice> slices, List<Finding> out) {
    for (Measure exp : info.measures()) {
      if (exp.direction() != Measure.Direction.EXPENDITURE) {
        continue;
      }
      for (Measure rev : info.measures()) {
        if (rev.direction() != Measure.Direction.REVENUE || rev.basis() != exp.basis()) {
          continue;
        }
        for (Slice e : slices) {
          if (!e.measure().equals(exp.id()) || !e.isOwnReport()) {
            continue;
          }
          slices.stream()
              .filter(
                  r ->
                      r.measure().equals(rev.id())
                          && r.isOwnReport()
                          && r.fiscalYear().equals(e.fiscalYear())
                          && r.stage().equals(e.stage()))
              .findFirst()
              .ifPresent(
                  r -> {
                    boolean equal = r.total().compareTo(e.total()) == 0;
                    out.add(
                        Finding.of(
                                "balance",
                                equal ? Severity.PASS : Severity.WARNING,
                                e.fiscalYear()
                                    + " "
                                    + e.stage().id()
                                    + " "
                                    + exp.basis().name().toLowerCase(java.util.Locale.ROOT),
                                equal
                                    ? rev.id() + " equals " + exp.id()
                                    : rev.id()
                                        + " and "
                                        + exp.id()
                                        + " differ by "
                                        + r.total()
                                            .subtract(e.total())
                                            .stripTrailingZeros()
                                            .toPlainString())
                            .withFigures(r.total(), e.total()));
                  });
        }
      }
    }
  }

  private void incompleteStages(List<Slice> slices, List<Finding> out) {
    for (Slice s : slices) {
      if (!s.stage().isSupplementary() || !s.isOwnReport()) {
        continue;
      }
      Optional<Slice> enacted =
          slices.stream()
              .filter(
                  x ->
                      x.measure().equals(s.measure())
                          && x.fiscalYear().equals(s.fiscalYear())
                          && x.stage().equals(Stage.ENACTED)
                          && x.isOwnReport())
              .findFirst();
      if (enacted.isEmpty() || enacted.get().total().signum() <= 0) {
        continue;
      }
      BigDecimal ratio = s.total().divide(enacted.get().total(), 4, java.math.RoundingMode.HALF_UP);
      if (ratio.compareTo(INCOMPLETE_SHARE) < 0) {
        out.add(
            Finding.of(
                    "incomplete_stage",
                    Severity.WARNING,
                    subject(s.measure(), s.fiscalYear().value(), s.stage().id()),
                    "totals only "
                        + ratio.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP)
                        + "% of the enacted budget (ratio rounded HALF_UP); the source's "
                        + s.stage().labelKo()
                        + " column looks incomplete (lines left at 0)")
                .withFigures(enacted.get().total(), s.total()));
      }
    }
  }

  // Counted in SQL, with source lines collected for the first few repeated paths per slice only:
  // in a generated dataset every path may repeat, and listing them all took gigabytes. Grouped by
  // the integer slice id, with this year's vintage picked from the catalog: on PostgreSQL the
  // filter reported_in = fiscal_year over the facts is estimated at 0.5% of them (it is all), and
  // the plan of sorts and merge joins that follows took 134 s of a 183 s import of 6M facts.
  private void repeatedLines(
      int datasetId, String facts, String lines, List<String> levelCols, List<Finding> out) {
    if (levelCols.isEmpty()) {
      return;
    }
    // The ids are read first and written into the query as a list: inside an import, with no
    // statistics on the rows it added, DuckDB answered a subquery here by hashing all 20M facts
    // to probe them with 24 slice ids (1.7 s of a 2.3 s check; 0.2 s once committed).
    List<Long> ids =
        store.select(
            "SELECT id FROM slices WHERE dataset_id = ? AND reported_in = fiscal_year ORDER BY id",
            List.of(datasetId),
            rs -> rs.getLong(1));
    if (ids.isEmpty()) {
      return;
    }
    String sql =
        "WITH d AS (SELECT slice_id, line_id, count(*) AS n FROM "
            + facts
            + " WHERE slice_id IN ("
            + String.join(", ", ids.stream().map(String::valueOf).toList())
            + ") GROUP BY slice_id, line_id HAVING count(*) > 1),"
            + " r AS (SELECT *, count(*) OVER (PARTITION BY slice_id) AS paths,"
            + " row_number() OVER (PARTITION BY slice_id ORDER BY line_id) AS k"
            + " FROM d), t AS (SELECT * FROM r WHERE k <= "
            + EVIDENCE_LINES
            + "), s AS (SELECT f.slice_id, f.line_id,"
            + " string_agg(CAST(f.source_line AS VARCHAR), ',' ORDER BY f.source_line) AS src"
            + " FROM "
            + facts
            + " f JOIN t USING (slice_id, line_id) GROUP BY f.slice_id, f.line_id)"
            + " SELECT sl.measure, sl.fiscal_year, sl.stage, t.paths, s.src, "
            + String.join(", ", levelCols.stream().map(c -> "l." + c).toList())
            + " FROM t JOIN s USING (slice_id, line_id) JOIN slices sl ON sl.id = t.slice_id JOIN "
            + lines
            + " l USING (line_id) ORDER BY sl.measure, sl.fiscal_year, sl.stage, t.k";
    int n = levelCols.size();
    Map<String, List<String>> bySubject = new TreeMap<>();
    Map<String, Long> paths = new TreeMap<>();
    store.select(
        sql,
        List.of(),
        rs -> {
          String subject = rs.getString(1) + " " + rs.getInt(2) + " " + rs.getString(3);
          paths.put(subject, rs.getLong(4));
          bySubject
              .computeIfAbsent(subject, k -> new ArrayList<>())
              .add(path(rs, 6, n) + " (lines " + rs.getString(5) + ")");
          return subject;
        });
    for (Map.Entry<String, List<String>> e : bySubject.entrySet()) {
      long count = paths.get(e.getKey());
      out.add(
          Finding.of(
                  "repeated_lines",
                  Severity.INFO,
                  e.getKey(),
                  (count == 1 ? "1 path appears" : count + " paths appear")
                      + " on more than one source line; each line is kept as the source lists it,"
                      + " and sums include all of them")
              .withEvidence(e.getValue()));
    }
  }

  // Counted in SQL and listed for the first few per slice only: a generated dataset with
  // millions of negative amounts must not be pulled into memory to say how many there are.
  private void negatives(int id, List<String> levelCols, List<Finding> out) {
    String cols =
        levelCols.isEmpty()
            ? ""
            : ", " + String.join(", ", levelCols.stream().map(c -> "l." + c).toList());
    String sql =
        "WITH n AS (SELECT measure, fiscal_year, stage, amount, source_id, source_line, line_id,"
            + " count(*) OVER (PARTITION BY measure, fiscal_year, stage) AS total,"
            + " row_number() OVER (PARTITION BY measure, fiscal_year, stage ORDER BY source_id,"
            + " source_line) AS k FROM "
            + TableNames.factTable(id)
            + " WHERE amount < 0)"
            + " SELECT n.measure, n.fiscal_year, n.stage, n.amount, s.file, n.source_line, n.total"
            + cols
            + " FROM n JOIN sources s ON s.id = n.source_id JOIN "
            + TableNames.lineTable(id)
            + " l ON l.line_id = n.line_id WHERE n.k <= "
            + EVIDENCE_LINES
            + " ORDER BY n.measure, n.fiscal_year, n.stage, n.k";
    int n = levelCols.size();
    Map<String, List<String>> bySubject = new TreeMap<>();
    Map<String, Long> totals = new TreeMap<>();
    store.select(
        sql,
        List.of(),
        rs -> {
          String subject = rs.getString(1) + " " + rs.getInt(2) + " " + rs.getString(3);
          totals.put(subject, rs.getLong(7));
          bySubject
              .computeIfAbsent(subject, k -> new ArrayList<>())
              .add(
                  java.nio.file.Path.of(rs.getString(5)).getFileName()
                      + ":"
                      + rs.getLong(6)
                      + " "
                      + path(rs, 8, n)
                      + " = "
                      + StoreQueries.plain(rs.getBigDecimal(4)).toPlainString());
          return subject;
        });
    for (Map.Entry<String, List<String>> e : bySubject.entrySet()) {
      long total = totals.get(e.getKey());
      out.add(
          Finding.of(
                  "negative_amounts",
                  Severity.INFO,
                  e.getKey(),
                  total + (total == 1 ? " negative amount" : " negative amounts"))
              .withEvidence(e.getValue()));
    }
  }
}
