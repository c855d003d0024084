package org.yesan.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.yesan.claims.targets.TargetClaims;
import org.yesan.claims.text.Claim;
import org.yesan.claims.text.ClaimExtractor;
import org.yesan.claims.text.Extraction;
import org.yesan.claims.text.Glossary;
import org.yesan.claims.text.Subject;
import org.yesan.claims.text.SubjectTarget;
import org.yesan.model.DatasetInfo;
import org.yesan.query.AggregateQuery;
import org.yesan.query.AggregateResult;
import org.yesan.query.Cut;
import org.yesan.query.Dimensions;
import org.yesan.query.Drilldown;
import org.yesan.store.FactStore;

/**
 * Checks the numeric claims of a budget text against the store: each claim becomes a query through
 * {@link FactStore#aggregate} or a relation between claims of the same text, compared with the
 * rounding its figures allow, and gets a {@link Verdict} with the formula, rows and tolerance.
 *
 * <p>Thread-safe if the store is; each {@link #check} call has its own state.
 */
public final class ClaimChecker {

  private final FactStore store;
  private final Glossary glossary;
  private final TargetClaims targets = TargetClaims.bundled();
  private volatile Optional<Glossary> withPrograms = Optional.empty();
  private volatile String seriesKey = "";
  private volatile Map<String, List<StoreFigures.Series>> series =
      new java.util.concurrent.ConcurrentHashMap<>();

  private ClaimChecker(FactStore store, Glossary glossary) {
    this.store = Objects.requireNonNull(store, "store");
    this.glossary = Objects.requireNonNull(glossary, "glossary");
  }

  /** A checker with the bundled glossary, extended by the program names the store holds. */
  public static ClaimChecker over(FactStore store) {
    return new ClaimChecker(store, Glossary.bundled());
  }

  /** A checker with this glossary, extended by the program names the store holds. */
  public static ClaimChecker over(FactStore store, Glossary glossary) {
    return new ClaimChecker(store, glossary);
  }

  /** Reads the claims of {@code text} and checks each one. */
  public CheckReport check(String text, CheckOptions options) {
    StoreFigures figures = figures(options.dataset());
    Glossary full = glossaryWithPrograms(figures);
    long started = System.nanoTime();
    Extraction extraction = new ClaimExtractor(full).extract(text, options.date());
    long extracted = System.nanoTime();
    Map<Integer, Claim> byId = new HashMap<>();
    extraction.claims().forEach(c -> byId.put(c.id(), c));
    List<CheckedClaim> out = new ArrayList<>();
    Optional<java.time.LocalDate> date = extraction.date().map(d -> d.date());
    for (Claim c : extraction.claims()) {
      ClaimCheck.Context context = new ClaimCheck.Context(text, c, byId, figures, full, date);
      CheckedClaim checked = ClaimCheck.of(context).run();
      checked = accusedWithConfidence(c, targets.recheck(c, checked, byId, date).orElse(checked));
      out.add(
          PreliminaryFigures.gate(
              text, c, AlternativeReading.of(context, checked).orElse(checked), date));
    }
    out = EndpointChange.settle(out, byId);
    out.addAll(targets.deadlineStreaks(text, out.size(), date));
    long verified = System.nanoTime();
    return new CheckReport(
        text,
        extraction.date().map(d -> d.date().toString()),
        extraction.date().map(d -> d.reason()).orElse("no date in the text and no --date"),
        figures.datasets().stream().map(DatasetInfo::name).toList(),
        out,
        CheckReport.count(out),
        new CheckReport.Timing(
            extracted - started, verified - extracted, figures.queryNanos(), figures.queries()));
  }

  /**
   * A verdict of "contradicted" from the targets data stands only if the reading is confident, as
   * for the store's figures (see {@link ReadingDoubts#ofReading}); otherwise it is unverifiable and
   * says which part of the reading was uncertain.
   */
  static CheckedClaim accusedWithConfidence(Claim claim, CheckedClaim checked) {
    if (checked.verdict() != Verdict.CONTRADICTED) {
      return checked;
    }
    return unaccused(claim, checked, ReadingDoubts.ofReading(claim));
  }

  /** An accusation made unverifiable, each doubt said; the verdict as it was without a doubt. */
  static CheckedClaim unaccused(Claim claim, CheckedClaim checked, List<String> doubts) {
    if (checked.verdict() != Verdict.CONTRADICTED || doubts.isEmpty()) {
      return checked;
    }
    String explanation =
        checked.explanation() + " Not called false, because " + String.join("; ", doubts) + ".";
    return checked.withVerdict(
        Verdict.UNVERIFIABLE,
        explanation,
        KoreanExplanation.of(claim, Verdict.UNVERIFIABLE, explanation, checked.dataValue()));
  }

  /**
   * The store's figures, fetched once per store contents and shared by later checks: the series are
   * keyed by the datasets' import time and content hash, so an import starts afresh.
   */
  private StoreFigures figures(Optional<String> dataset) {
    StoreFigures figures = new StoreFigures(store, dataset);
    String key = dataset.orElse("*") + "|" + figures.contents();
    if (!key.equals(seriesKey)) {
      synchronized (this) {
        if (!key.equals(seriesKey)) {
          series = new java.util.concurrent.ConcurrentHashMap<>();
          seriesKey = key;
        }
      }
    }
    figures.shareWith(series);
    return figures;
  }

  /**
   * Program names (항) of the store's datasets, as subjects, so that claims about programs resolve.
   */
  private Glossary glossaryWithPrograms(StoreFigures figures) {
    Optional<Glossary> cached = withPrograms;
    if (cached.isPresent()) {
      return cached.get();
    }
    List<Subject> programs = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (DatasetInfo d : store.datasets()) {
      if (d.level("program").isEmpty() || d.measure("expenditure").isEmpty()) {
        continue;
      }
      AggregateResult r =
          store.aggregate(
              AggregateQuery.of(d.name())
                  .withDrilldown(Drilldown.parse("program"))
                  .withCut(Cut.of(Dimensions.MEASURE, "expenditure"))
                  .withCut(Cut.of(Dimensions.STAGE, "enacted")));
      for (AggregateResult.Cell c : r.cells()) {
        String name = c.member(0);
        boolean known = glossary.subjects().stream().anyMatch(x -> x.phrases().contains(name));
        if (name.length() >= 4 && seen.add(name) && !known) {
          programs.add(
              new Subject(
                  "program:" + name,
                  "program " + name,
                  name,
                  Subject.Kind.PART,
                  List.of(name),
                  List.of(SubjectTarget.member("expenditure", "program", name)),
                  "no dataset in the store has program " + name));
        }
      }
    }
    Glossary g = glossary.extendedWith(programs);
    withPrograms = Optional.of(g);
    return g;
  }
}
