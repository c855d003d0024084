package org.yesan.claims;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.yesan.claims.targets.TargetClaims;
import org.yesan.claims.text.Approximation;
import org.yesan.claims.text.Claim;
import org.yesan.claims.text.ClaimExtractor;
import org.yesan.claims.text.ClaimKind;
import org.yesan.claims.text.Comparison;
import org.yesan.claims.text.Extraction;
import org.yesan.claims.text.Glossary;
import org.yesan.claims.text.NumberMention;
import org.yesan.claims.text.Subject;
import org.yesan.claims.text.SubjectTarget;
import org.yesan.model.DatasetInfo;
import org.yesan.model.Stage;
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

  private static final MathContext PRECISION = new MathContext(24, RoundingMode.HALF_EVEN);
  private static final BigDecimal ABOUT = new BigDecimal("0.03");
  private static final BigDecimal NEARLY = new BigDecimal("0.90");
  private static final BigDecimal WORD_RATIO = new BigDecimal("0.10");
  private static final java.util.regex.Pattern GDP =
      java.util.regex.Pattern.compile("(?i:\\bGDP\\b|gross domestic product)|국내총생산");

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
      CheckedClaim checked = new Check(text, c, byId, figures, full, date).run();
      out.add(targets.recheck(c, checked, byId, date).orElse(checked));
    }
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

  /** The check of one claim. */
  private static final class Check {
    final String text;
    final Claim claim;
    final Map<Integer, Claim> byId;
    final StoreFigures figures;
    final Glossary glossary;
    final Optional<java.time.LocalDate> date;
    final List<DataRow> rows = new ArrayList<>();
    final List<String> queries = new ArrayList<>();

    Check(
        String text,
        Claim claim,
        Map<Integer, Claim> byId,
        StoreFigures figures,
        Glossary glossary,
        Optional<java.time.LocalDate> date) {
      this.text = text;
      this.claim = claim;
      this.byId = byId;
      this.figures = figures;
      this.glossary = glossary;
      this.date = date;
    }

    CheckedClaim run() {
      Optional<String> projection = projection();
      if (projection.isPresent()) {
        return unverifiable(projection.get(), "", "");
      }
      return switch (claim.kind()) {
        case AMOUNT -> amount();
        case GROWTH_RATE, CHANGE_AMOUNT, MULTIPLE -> change();
        case SHARE -> share();
        case RECORD -> record();
        case CONVERSION ->
            unverifiable(
                "an amount in "
                    + claim.figure().currency().orElse("another currency")
                    + ", not won (a restatement of a won figure, or a figure in that currency);"
                    + " the store holds won figures and no exchange rates, so it is left alone",
                "",
                "");
        case NOT_BUDGET ->
            unverifiable(
                "not a budget figure: " + claim.subject().map(Subject::missing).orElse(""), "", "");
        case COUNT ->
            unverifiable("a count of things, not money; the store holds amounts only", "", "");
        case NO_UNIT ->
            unverifiable(
                "no unit: a number written without one (a table cell?) is not read, because its"
                    + " unit and what it stands for are not certain",
                "",
                "");
        case PERCENTAGE_POINTS ->
            unverifiable(
                "a change of a ratio in percentage points; the store holds no ratios (debt or balance to GDP)",
                "",
                "");
        case OTHER_PERCENT ->
            unverifiable(
                GDP.matcher(claim.sentence()).find()
                    ? "a ratio to GDP or another rate, not a growth rate or a share of the budget;"
                        + " it is not checked"
                    : "a percentage tied to no change or share the reader could check",
                "",
                "");
      };
    }

    /**
     * A figure for a budget year more than a year after the text's date is a projection (the
     * medium-term plan), not a budget any stage of the data holds; comparing it with the budget
     * later passed would call a correct forecast false.
     */
    private Optional<String> projection() {
      if (date.isEmpty() || claim.fiscalYear().isEmpty()) {
        return Optional.empty();
      }
      int year = claim.fiscalYear().get().value();
      int dated = date.get().getYear();
      if (year <= dated + 1) {
        return Optional.empty();
      }
      return Optional.of(
          "FY"
              + year
              + " is more than a year after the text's date ("
              + date.get()
              + "), so the figure is a projection of the medium-term plan, not a budget the data"
              + " hold");
    }

    // ---- amounts ----

    private CheckedClaim amount() {
      Optional<String> why = unresolved();
      if (why.isPresent()) {
        return implausibleOr(why.get());
      }
      Subject subject = claim.subject().orElseThrow();
      int year = claim.fiscalYear().orElseThrow().value();
      Interval stated = statedInterval(claim.figure());
      Optional<Found> found = find(subject, year, claim.stage().orElseThrow());
      if (found.isEmpty()) {
        return implausibleOr(missing(subject, year, claim.stage().orElseThrow()));
      }
      Found f = found.get();
      Interval data = f.interval();
      rows.add(f.row());
      String formula =
          "stated "
              + WonText.of(claim.figure().value())
              + " vs "
              + f.label()
              + " = "
              + WonText.of(f.amount());
      String tolerance = toleranceOf(claim.figure(), stated) + "; data " + f.row().precision();
      if (stated.overlaps(data)) {
        return verdict(
            Verdict.SUPPORTED,
            "the data give " + WonText.of(f.amount()) + " for " + f.label() + ".",
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

    /** Why a claim cannot be looked up at all, if it cannot. */
    private Optional<String> unresolved() {
      if (claim.subject().isEmpty()) {
        return Optional.of(
            "the sentence names nothing the glossary knows, so there is no subject to look up");
      }
      if (claim.fiscalYear().isEmpty()) {
        return Optional.of("no fiscal year: " + claim.yearReason());
      }
      if (claim.stage().isEmpty()) {
        return Optional.of("no stage: " + claim.stageReason());
      }
      if (figures.series(claim.subject().get()).isEmpty()) {
        return Optional.of(missingSubject(claim.subject().get()));
      }
      return Optional.empty();
    }

    private String missingSubject(Subject s) {
      String base =
          s.missing().isEmpty() ? "no dataset in the store has " + s.labelEn() : s.missing();
      return base + " (store: " + figures.describeDatasets() + ")";
    }

    private String missing(Subject s, int year, Stage stage) {
      StringBuilder b = new StringBuilder();
      for (StoreFigures.Series series : figures.series(s)) {
        if (b.length() > 0) {
          b.append("; ");
        }
        String has = series.stagesOf(year);
        b.append(series.label())
            .append(" has no ")
            .append(stageLabel(stage))
            .append(" figure for ")
            .append(year)
            .append(
                has.isEmpty()
                    ? " (it covers " + series.coverage() + ")"
                    : " (for " + year + " it has " + has + ")");
      }
      return b.toString();
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
      if (subject.kind() != Subject.Kind.PART
          || claim.figure().kind() != org.yesan.claims.text.MentionKind.AMOUNT) {
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

    // ---- growth, change, ratio ----

    private CheckedClaim change() {
      Comparison cmp = claim.comparison().orElse(null);
      if (cmp == null) {
        return unverifiable("no base to compare with: " + claim.yearReason(), "", "");
      }
      Interval stated = statedChange();
      // The text's own figures first: a stated rate the stated amounts cannot give.
      Optional<Claim> current = cmp.currentClaim().map(byId::get);
      Optional<Claim> base = cmp.baseClaim().map(byId::get);
      String internal = "";
      if (current.isPresent()
          && base.isPresent()
          && (claim.kind() == ClaimKind.MULTIPLE
              || comparable(current.get().figure(), base.get().figure()))) {
        Interval computed =
            relation(statedInterval(current.get().figure()), statedInterval(base.get().figure()));
        String formula =
            formulaOf(
                WonText.of(current.get().figure().value()),
                WonText.of(base.get().figure().value()));
        if (!computed.overlaps(stated)) {
          return verdict(
              Verdict.INCONSISTENT,
              "the text's own figures "
                  + WonText.of(current.get().figure().value())
                  + " and "
                  + WonText.of(base.get().figure().value())
                  + " give "
                  + showInterval(computed)
                  + ", not the stated "
                  + claim.figure().text()
                  + ".",
              formula + " = " + showInterval(computed),
              "stated "
                  + showInterval(stated)
                  + "; the amounts are taken at their stated precision",
              Optional.empty());
        }
        internal =
            " The text's own figures agree: " + formula + " = " + showInterval(computed) + ".";
      }
      Optional<String> why = unresolved();
      if (why.isPresent()) {
        return unverifiable(why.get() + "." + internal, "", "");
      }
      Subject subject = claim.subject().orElseThrow();
      int year = claim.fiscalYear().orElseThrow().value();
      Optional<Found> now = find(subject, year, claim.stage().orElseThrow());
      Optional<Found> then = findBase(subject, cmp.baseYear().value(), cmp.basis());
      if (now.isEmpty() || then.isEmpty()) {
        StringBuilder m = new StringBuilder();
        if (now.isEmpty()) {
          m.append(missing(subject, year, claim.stage().orElseThrow()));
        }
        if (then.isEmpty()) {
          if (m.length() > 0) {
            m.append("; ");
          }
          m.append(missingBase(subject, cmp)).append('.');
          if (now.isPresent()) {
            m.append(alternativeBases(subject, cmp, now.get(), stated, Optional.empty()));
          }
        }
        return unverifiable(m.toString().strip() + internal, "", "");
      }
      Found n = now.get();
      Found t = then.get();
      rows.add(n.row());
      rows.add(t.row());
      Interval computed = relation(n.interval(), t.interval());
      BigDecimal exact = exactRelation(n.amount(), t.amount());
      String formula =
          formulaOf(
                  n.label() + " " + WonText.of(n.amount()),
                  t.label() + " " + WonText.of(t.amount()))
              + " = "
              + show(exact);
      String tolerance =
          "stated "
              + claim.figure().text()
              + " stands for "
              + showInterval(stated)
              + "; the data's rounding allows "
              + showInterval(computed);
      if (computed.overlaps(stated)) {
        return verdict(
            Verdict.SUPPORTED,
            "the data give " + show(exact) + " (" + cmp.reason() + ")." + internal,
            formula,
            tolerance,
            Optional.of(exact));
      }
      return verdict(
          Verdict.CONTRADICTED,
          "the data give "
              + show(exact)
              + " against "
              + t.label()
              + ", not "
              + claim.figure().text()
              + "."
              + alternativeBases(subject, cmp, n, stated, Optional.of(t))
              + internal,
          formula,
          tolerance,
          Optional.of(exact));
    }

    /**
     * Whether two of the text's amounts can be the two levels a rate or change joins: levels of the
     * same thing a year or a stage apart are within a factor of two (a change or a part is not).
     */
    private static boolean comparable(NumberMention current, NumberMention base) {
      if (base.value().signum() == 0 || !current.isMoneyIn("KRW") || !base.isMoneyIn("KRW")) {
        return false;
      }
      BigDecimal ratio = current.value().divide(base.value(), PRECISION);
      return ratio.compareTo(new BigDecimal("0.5")) >= 0
          && ratio.compareTo(BigDecimal.valueOf(2)) <= 0;
    }

    /**
     * Whether the stated figure fits another base: the prior proposal, or the prior total with
     * extra budgets.
     */
    private String alternativeBases(
        Subject subject, Comparison cmp, Found now, Interval stated, Optional<Found> used) {
      StringBuilder b = new StringBuilder();
      int year = cmp.baseYear().value();
      for (StoreFigures.Series s : figures.series(subject)) {
        for (Map.Entry<String, BigDecimal> e : s.amounts().entrySet()) {
          String[] k = e.getKey().split("\\|");
          Stage stage = Stage.parse(k[1]);
          if (Integer.parseInt(k[0]) != year
              || used.filter(u -> u.stage().equals(stage)).isPresent()) {
            continue;
          }
          Interval computed = relation(now.interval(), s.interval(year, stage));
          BigDecimal exact = exactRelation(now.amount(), e.getValue());
          rows.add(s.row(year, stage));
          b.append(" Against the ")
              .append(year)
              .append(' ')
              .append(stageLabel(stage))
              .append(" (")
              .append(WonText.of(e.getValue()))
              .append(") it is ")
              .append(show(exact))
              .append(
                  computed.overlaps(stated)
                      ? ", which matches the stated figure: the text uses that base."
                      : ", which does not match the stated figure either.");
        }
      }
      return b.toString();
    }

    private String missingBase(Subject subject, Comparison cmp) {
      return switch (cmp.basis()) {
        case ENACTED -> missing(subject, cmp.baseYear().value(), Stage.ENACTED);
        case PROPOSAL -> missing(subject, cmp.baseYear().value(), Stage.PROPOSAL);
        case LATEST_SUPPLEMENTARY ->
            "no supplementary budget of "
                + cmp.baseYear()
                + " for "
                + subject.labelEn()
                + " in the store";
      };
    }

    private Optional<Found> findBase(Subject subject, int year, Comparison.Basis basis) {
      return switch (basis) {
        case ENACTED -> find(subject, year, Stage.ENACTED);
        case PROPOSAL -> find(subject, year, Stage.PROPOSAL);
        case LATEST_SUPPLEMENTARY -> find(subject, year, ClaimExtractor.LATEST_SUPPLEMENTARY);
      };
    }

    /** current ÷ base − 1 in percent, current − base, or current ÷ base, as the claim asks. */
    private Interval relation(Interval current, Interval base) {
      return switch (claim.kind()) {
        case GROWTH_RATE -> current.dividedBy(base).asPercentChange();
        case CHANGE_AMOUNT -> current.minus(base);
        default -> current.dividedBy(base);
      };
    }

    private BigDecimal exactRelation(BigDecimal current, BigDecimal base) {
      return switch (claim.kind()) {
        case GROWTH_RATE ->
            current.divide(base, PRECISION).subtract(BigDecimal.ONE).multiply(Interval.HUNDRED);
        case CHANGE_AMOUNT -> current.subtract(base);
        default -> current.divide(base, PRECISION);
      };
    }

    private String formulaOf(String current, String base) {
      return switch (claim.kind()) {
        case GROWTH_RATE -> "(" + current + " ÷ " + base + " − 1) × 100";
        case CHANGE_AMOUNT -> current + " − " + base;
        default -> current + " ÷ " + base;
      };
    }

    /** A relation's value as the report shows it: won amounts as 조/억, others to two decimals. */
    private String show(BigDecimal v) {
      return claim.kind() == ClaimKind.CHANGE_AMOUNT
          ? WonText.of(v)
          : v.setScale(2, RoundingMode.HALF_UP).toPlainString() + unit();
    }

    private String showInterval(Interval i) {
      if (claim.kind() != ClaimKind.CHANGE_AMOUNT) {
        return i.show(2) + unit();
      }
      return "["
          + i.low().map(WonText::of).orElse("−∞")
          + ", "
          + i.high().map(WonText::of).orElse("∞")
          + "]";
    }

    private String unit() {
      return switch (claim.kind()) {
        case GROWTH_RATE, SHARE -> "%";
        case CHANGE_AMOUNT -> " 원";
        default -> "×";
      };
    }

    /** The stated change as an interval, signed by the text's direction. */
    private Interval statedChange() {
      NumberMention f = claim.figure();
      Interval i;
      if (claim.kind() == ClaimKind.MULTIPLE) {
        BigDecimal r = f.value();
        i =
            switch (f.approximation()) {
              case OVER -> Interval.atLeast(r);
              case NEARLY -> Interval.closed(r.multiply(NEARLY), r);
              default ->
                  Interval.closed(
                      r.multiply(BigDecimal.ONE.subtract(WORD_RATIO)),
                      r.multiply(BigDecimal.ONE.add(WORD_RATIO)));
            };
        return i;
      }
      i = statedInterval(f);
      boolean down = claim.comparison().map(c -> !c.increase()).orElse(false);
      return down ? i.negated() : i;
    }

    // ---- share and record ----

    private CheckedClaim share() {
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

    private CheckedClaim record() {
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

    // ---- lookups ----

    /** A store figure with the series it came from. */
    private record Found(StoreFigures.Series series, int year, Stage stage) {
      BigDecimal amount() {
        return series.at(year, stage).orElseThrow();
      }

      Interval interval() {
        return series.interval(year, stage);
      }

      DataRow row() {
        return series.row(year, stage);
      }

      String label() {
        return series.dataset().name() + " " + series.target() + " " + year + " " + stage.id();
      }
    }

    private Optional<Found> find(Subject subject, int year, Stage stage) {
      for (StoreFigures.Series s : figures.series(subject)) {
        queries.add(s.query());
        Stage actual = stage;
        if (stage.equals(ClaimExtractor.LATEST_SUPPLEMENTARY)) {
          Optional<Stage> latest = s.latestSupplementary(year);
          if (latest.isEmpty()) {
            continue;
          }
          actual = latest.get();
        }
        if (s.at(year, actual).isPresent()) {
          return Optional.of(new Found(s, year, actual));
        }
      }
      return Optional.empty();
    }

    // ---- verdicts ----

    /** The values a stated figure stands for, given its precision and the text's qualifier. */
    private static Interval statedInterval(NumberMention f) {
      BigDecimal v = f.value();
      BigDecimal top = f.upper().orElse(v);
      BigDecimal half = f.step().multiply(new BigDecimal("0.5"));
      return switch (f.approximation()) {
        // Reporters round money or cut it off ("61조5878억" written 61.5조), so an amount may stand
        // for anything up to its next step; a rate is taken as rounded.
        case EXACT ->
            f.kind() == org.yesan.claims.text.MentionKind.AMOUNT
                ? Interval.closed(v.subtract(half), top.add(f.step()))
                : Interval.closed(v.subtract(half), top.add(half));
        case ABOUT -> {
          BigDecimal spread = v.abs().multiply(ABOUT).max(half);
          yield Interval.closed(v.subtract(spread), top.add(spread));
        }
        case OVER -> Interval.atLeast(v);
        case AT_LEAST -> Interval.atLeast(v.subtract(half));
        case UNDER -> Interval.atMost(v);
        case AT_MOST -> Interval.atMost(top.add(half));
        case NEARLY -> Interval.closed(v.multiply(NEARLY), v.add(half));
      };
    }

    private static String toleranceOf(NumberMention f, Interval stated) {
      String what =
          f.approximation() == Approximation.EXACT
              ? "stated to " + WonText.of(f.step())
              : "qualified " + f.approximation().name().toLowerCase(java.util.Locale.ROOT);
      return "stated " + f.text() + " (" + what + ") stands for " + showWon(stated);
    }

    private static String showWon(Interval i) {
      return "["
          + i.low().map(WonText::of).orElse("−∞")
          + ", "
          + i.high().map(WonText::of).orElse("∞")
          + "]";
    }

    private static String stageLabel(Stage s) {
      return s.equals(ClaimExtractor.LATEST_SUPPLEMENTARY) ? "latest supplementary" : s.labelEn();
    }

    private CheckedClaim unverifiable(String why, String formula, String tolerance) {
      return verdict(Verdict.UNVERIFIABLE, why, formula, tolerance, Optional.empty());
    }

    private CheckedClaim verdict(
        Verdict v,
        String explanation,
        String formula,
        String tolerance,
        Optional<BigDecimal> value) {
      if (v == Verdict.CONTRADICTED) {
        Optional<BigDecimal> level =
            rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0).amount());
        List<String> doubts = new ArrayList<>(ReadingDoubts.of(claim, value, level));
        if (!claim.stageStated() && explanation.contains(" instead.")) {
          doubts.add("the stage was not named (" + claim.stageReason() + ")");
        }
        if (!doubts.isEmpty()) {
          return checked(
              Verdict.UNVERIFIABLE,
              explanation + " Not called false, because " + String.join("; ", doubts) + ".",
              formula,
              tolerance,
              value);
        }
      }
      return checked(v, explanation, formula, tolerance, value);
    }

    private CheckedClaim checked(
        Verdict v,
        String explanation,
        String formula,
        String tolerance,
        Optional<BigDecimal> value) {
      return new CheckedClaim(
          claim.id(),
          claim.start(),
          claim.end(),
          text.substring(claim.start(), claim.end()),
          claim.kind().name().toLowerCase(java.util.Locale.ROOT),
          claim.subject().map(Subject::id).orElse(""),
          claim.fiscalYear().map(y -> y.value()),
          claim
              .stage()
              .map(
                  s ->
                      s.equals(ClaimExtractor.LATEST_SUPPLEMENTARY)
                          ? "supplementary (latest)"
                          : s.id()),
          reading(),
          v,
          explanation,
          KoreanExplanation.of(claim, v, explanation, value),
          formula,
          tolerance,
          value,
          rows,
          queries.stream().distinct().toList());
    }

    private String reading() {
      return claim.kind().name().toLowerCase(java.util.Locale.ROOT)
          + " of "
          + claim.subject().map(Subject::labelEn).orElse("(no subject)")
          + (claim.subjectPhrase().isEmpty() ? "" : " (\"" + claim.subjectPhrase() + "\")")
          + ", FY"
          + claim.fiscalYear().map(Object::toString).orElse("?")
          + " ["
          + claim.yearReason()
          + "]"
          + ", "
          + claim.stage().map(Check::stageLabel).orElse("stage ?")
          + " ["
          + claim.stageReason()
          + "]"
          + claim
              .comparison()
              .map(
                  c ->
                      ", vs "
                          + c.baseYear()
                          + " "
                          + c.basis().name().toLowerCase(java.util.Locale.ROOT)
                          + " ["
                          + c.reason()
                          + "]")
              .orElse("");
    }
  }
}
