package org.yesan.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.yesan.ingest.headline.HeadlineCsvFormat;
import org.yesan.ingest.headline.HeadlineMeasure;
import org.yesan.ingest.headline.Sector;
import org.yesan.model.Measure;
import org.yesan.model.Stage;
import org.yesan.query.AggregateQuery;
import org.yesan.query.AggregateResult;
import org.yesan.query.Cut;
import org.yesan.query.Drilldown;
import org.yesan.store.FactStore;

/**
 * The budget brief of {@code yesan demo}: total expenditure by year and stage, growth on the
 * previous enacted budget, what the Assembly changed, and the sectors of the latest year — every
 * figure read back from the store through ordinary queries.
 */
final class BudgetBrief {

  /** Growth rates in the brief: one decimal place, rounded once, HALF_UP. */
  static final int PCT_SCALE = 1;

  private final FactStore store;
  private final String dataset;
  private final Amounts.Lang lang;
  private final Amounts amounts;

  BudgetBrief(FactStore store, String dataset, Amounts.Lang lang) {
    this.store = store;
    this.dataset = dataset;
    this.lang = lang;
    this.amounts = new Amounts(lang, "KRW");
  }

  private boolean ko() {
    return lang == Amounts.Lang.KO;
  }

  /**
   * Year → stage → amount, for one national measure, in every vintage: the report of the year's own
   * budget and the restatements later budgets published.
   */
  private Vintages vintages(String measure) {
    AggregateQuery q =
        AggregateQuery.of(dataset)
            .withDrilldown(Drilldown.parse("fiscal_year,stage,reported_in"))
            .withCut(Cut.of("measure", measure));
    Vintages out = new Vintages();
    for (AggregateResult.Cell c : store.aggregate(q).cells()) {
      out.put(
          Integer.parseInt(c.member(0)),
          Stage.parse(c.member(1)),
          Integer.parseInt(c.member(2)),
          c.amount());
    }
    return out;
  }

  /** The figures of one measure by year, stage and the budget year that published them. */
  static final class Vintages {
    private final Map<Integer, Map<Stage, Map<Integer, BigDecimal>>> byYear = new TreeMap<>();

    void put(int year, Stage stage, int reportedIn, BigDecimal amount) {
      byYear
          .computeIfAbsent(year, y -> new TreeMap<>())
          .computeIfAbsent(stage, s -> new TreeMap<>())
          .put(reportedIn, amount);
    }

    java.util.Set<Integer> years() {
      return byYear.keySet();
    }

    Map<Stage, Map<Integer, BigDecimal>> stages(int year) {
      return byYear.getOrDefault(year, Map.of());
    }

    /** The figure as the year's own budget reported it, if Yesan has that report. */
    Optional<BigDecimal> own(int year, Stage stage) {
      return reportedIn(year, stage, year);
    }

    Optional<BigDecimal> reportedIn(int year, Stage stage, int vintage) {
      return Optional.ofNullable(stages(year).getOrDefault(stage, Map.of()).get(vintage));
    }

    /** What a query without a vintage returns: the own report, else the latest restatement. */
    Optional<BigDecimal> preferred(int year, Stage stage) {
      Map<Integer, BigDecimal> v = stages(year).getOrDefault(stage, Map.of());
      return own(year, stage)
          .or(
              () ->
                  v.isEmpty()
                      ? Optional.empty()
                      : Optional.of(((TreeMap<Integer, BigDecimal>) v).lastEntry().getValue()));
    }

    /**
     * The base a year's growth is measured from: the previous year's enacted budget as that year's
     * own documents show it (a restated base), else as it was enacted.
     */
    Optional<BigDecimal> enactedBase(int year) {
      return reportedIn(year - 1, Stage.ENACTED, year).or(() -> preferred(year - 1, Stage.ENACTED));
    }
  }

  static Optional<BigDecimal> growth(BigDecimal from, BigDecimal to) {
    if (from == null || to == null || from.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        to.subtract(from)
            .multiply(BigDecimal.valueOf(100))
            .divide(from, PCT_SCALE, RoundingMode.HALF_UP));
  }

  private String pct(Optional<BigDecimal> p) {
    return p.map(v -> (v.signum() > 0 ? "+" : "") + v.toPlainString() + "%").orElse("");
  }

  private String change(BigDecimal from, BigDecimal to) {
    if (from == null || to == null) {
      return "";
    }
    BigDecimal d = to.subtract(from);
    return (d.signum() > 0 ? "+" : "") + amounts.readable(d);
  }

  void print(PrintWriter out) {
    Vintages totals = vintages(Measure.TOTAL_EXPENDITURE.id());
    Vintages netChanges = vintages(HeadlineMeasure.ASSEMBLY_NET_CHANGE.id());
    int first = totals.years().stream().min(Integer::compare).orElseThrow();
    int last = totals.years().stream().max(Integer::compare).orElseThrow();
    out.println(
        ko()
            ? "대한민국 총지출 " + first + "–" + last + " (Yesan 예산 브리핑)"
            : "South Korea total expenditure (총지출) " + first + "–" + last + " — Yesan brief");
    out.println(
        ko()
            ? "정부안·국회확정·추경 후 총지출, 전년도 본예산 대비 증가율, 국회 증감"
            : "Proposal, enacted and post-supplementary totals; growth on the previous enacted"
                + " budget; what the Assembly changed");
    out.println();
    Listing t =
        new Listing()
            .column(ko() ? "연도" : "year", Listing.Kind.TEXT)
            .column(ko() ? "정부안" : "proposal", Listing.Kind.READABLE)
            .column(ko() ? "증가율(전년 본예산 대비)" : "vs prev. enacted", Listing.Kind.PERCENT)
            .column(ko() ? "국회확정" : "enacted", Listing.Kind.READABLE)
            .column(ko() ? "국회 증감" : "Assembly change", Listing.Kind.READABLE)
            .column(ko() ? "증가율" : "growth", Listing.Kind.PERCENT)
            .column(ko() ? "추경 후" : "after supplementary", Listing.Kind.TEXT);
    for (int year : totals.years()) {
      BigDecimal base = totals.enactedBase(year).orElse(null);
      BigDecimal proposal = totals.preferred(year, Stage.PROPOSAL).orElse(null);
      BigDecimal enacted = totals.preferred(year, Stage.ENACTED).orElse(null);
      List<String> supp = new ArrayList<>();
      for (Stage stage : totals.stages(year).keySet()) {
        if (stage.isSupplementary()) {
          supp.add(
              (ko() ? stage.labelKo() : stage.labelEn())
                  + " "
                  + amounts.readable(totals.preferred(year, stage).orElseThrow()));
        }
      }
      t.row(
          Integer.toString(year),
          proposal == null ? "" : amounts.readable(proposal),
          pct(growth(base, proposal)),
          enacted == null ? "" : amounts.readable(enacted),
          assemblyChange(year, totals, netChanges),
          pct(growth(base, enacted)),
          supp.isEmpty() ? null : String.join(", ", supp));
    }
    t.print(OutputFormat.TABLE, out);
    out.println();
    printSectors(out, last);
    out.println();
    printAggregates(out, last);
    new TargetsBrief(org.yesan.targets.csv.TargetFiles.bundled(), last, lang).print(out);
    out.println();
    out.println(ko() ? "읽는 법:" : "How to read this:");
    for (String note : notes()) {
      out.println("  - " + note);
    }
  }

  /**
   * What the Assembly changed: the net change as published where Yesan has it, else the enacted
   * total less the proposal when both are the year's own reports. A restated total or a revised
   * proposal would turn the difference into something the Assembly did not do, so it is left out.
   */
  private String assemblyChange(int year, Vintages totals, Vintages netChanges) {
    Optional<BigDecimal> published = netChanges.preferred(year, Stage.ENACTED);
    if (published.isPresent()) {
      BigDecimal d = published.get();
      return (d.signum() > 0 ? "+" : "") + amounts.readable(d);
    }
    return change(
        totals.own(year, Stage.PROPOSAL).orElse(null),
        totals.own(year, Stage.ENACTED).orElse(null));
  }

  /** One line of the year's enacted revenue, debt and balance, each as published. */
  private void printAggregates(PrintWriter out, int year) {
    List<String> parts = new ArrayList<>();
    figure(HeadlineMeasure.TOTAL_REVENUE, year)
        .ifPresent(v -> parts.add((ko() ? "총수입 " : "total revenue ") + amounts.readable(v)));
    withRatio(
            ko() ? "국가채무" : "national debt",
            HeadlineMeasure.NATIONAL_DEBT,
            HeadlineMeasure.NATIONAL_DEBT_TO_GDP,
            year)
        .ifPresent(parts::add);
    withRatio(
            ko() ? "관리재정수지" : "managed fiscal balance",
            HeadlineMeasure.MANAGED_FISCAL_BALANCE,
            HeadlineMeasure.MANAGED_FISCAL_BALANCE_TO_GDP,
            year)
        .ifPresent(parts::add);
    if (parts.isEmpty()) {
      return;
    }
    out.println((ko() ? year + "년 국회확정: " : year + " enacted: ") + String.join("; ", parts));
  }

  /** An amount and its ratio to GDP, either of which may be missing; empty if both are. */
  private Optional<String> withRatio(
      String label, HeadlineMeasure amount, HeadlineMeasure ratio, int year) {
    List<String> shown = new ArrayList<>();
    figure(amount, year).map(amounts::readable).ifPresent(shown::add);
    figure(ratio, year).map(this::percentOfGdp).ifPresent(shown::add);
    return shown.isEmpty() ? Optional.empty() : Optional.of(label + " " + String.join(" ", shown));
  }

  /** A published ratio, written with the precision it was published to, never as an amount. */
  private String percentOfGdp(BigDecimal percent) {
    String text =
        percent.stripTrailingZeros().scale() <= 0
            ? percent.setScale(1, RoundingMode.UNNECESSARY).toPlainString()
            : percent.stripTrailingZeros().toPlainString();
    return ko() ? "(GDP 대비 " + text + "%)" : "(" + text + "% of GDP)";
  }

  private Optional<BigDecimal> figure(HeadlineMeasure measure, int year) {
    return vintages(measure.id()).preferred(year, Stage.ENACTED);
  }

  private void printSectors(PrintWriter out, int year) {
    AggregateQuery q =
        AggregateQuery.of(dataset)
            .withDrilldown(Drilldown.parse("sector,stage"))
            .withCut(Cut.of("measure", HeadlineCsvFormat.SECTOR_ALLOCATION.id()))
            .withCut(Cut.of("fiscal_year", Integer.toString(year)));
    Map<String, Map<Stage, BigDecimal>> bySector = new TreeMap<>();
    for (AggregateResult.Cell c : store.aggregate(q).cells()) {
      bySector
          .computeIfAbsent(c.member(0), k -> new TreeMap<>())
          .put(Stage.parse(c.member(1)), c.amount());
    }
    if (bySector.isEmpty()) {
      return;
    }
    out.println(
        ko()
            ? year + "년 분야별 재원배분 (분야 합계는 총지출과 같지 않음: 중복 포함)"
            : year + " sector allocations (they overlap and do not add up to the total)");
    Listing l =
        new Listing()
            .column(ko() ? "분야" : "sector", Listing.Kind.TEXT)
            .column(ko() ? "정부안" : "proposal", Listing.Kind.READABLE)
            .column(ko() ? "국회확정" : "enacted", Listing.Kind.READABLE)
            .column(ko() ? "국회 증감" : "Assembly change", Listing.Kind.READABLE);
    List<Map.Entry<String, Map<Stage, BigDecimal>>> rows = new ArrayList<>(bySector.entrySet());
    rows.sort((a, b) -> amountFor(b.getValue()).compareTo(amountFor(a.getValue())));
    for (Map.Entry<String, Map<Stage, BigDecimal>> e : rows) {
      String label =
          Sector.byId(e.getKey()).map(s -> ko() ? s.labelKo() : s.labelEn()).orElse(e.getKey());
      BigDecimal p = e.getValue().get(Stage.PROPOSAL);
      BigDecimal en = e.getValue().get(Stage.ENACTED);
      l.row(
          label,
          p == null ? "" : amounts.readable(p),
          en == null ? "" : amounts.readable(en),
          change(p, en));
    }
    l.print(OutputFormat.TABLE, out);
  }

  private static BigDecimal amountFor(Map<Stage, BigDecimal> s) {
    return Optional.ofNullable(s.get(Stage.ENACTED))
        .or(() -> Optional.ofNullable(s.get(Stage.PROPOSAL)))
        .orElse(BigDecimal.ZERO);
  }

  private List<String> notes() {
    String rounding = amounts.rounding();
    return ko()
        ? List.of(
            "총지출 = 예산 + 기금, 내부거래 제외. 회계별 총계(예: 2018년 368.6조원)와 기준이 다름.",
            "증가율은 전년도 본예산(국회확정) 대비이며 추경 후 총지출 대비가 아님. 그해 예산 자료가 전년도 본예산을 다시 밝힌"
                + " 경우 그 금액 기준. 소수 첫째 자리, 반올림(HALF_UP).",
            "국회 증감은 발표된 순증감, 없으면 같은 해 자료의 국회확정 − 정부안. 비율(GDP 대비)은 발표된 그대로.",
            "금액 표기: " + rounding + ". 원자료는 대부분 0.1조원 단위로 반올림되어 발표됨.",
            "출처: 발표 자료별 1행, data/README.md 및 yesan query --dataset kr-headline --format csv.")
        : List.of(
            "Total expenditure (총지출) = budget accounts plus funds, net of internal transactions;"
                + " not the accounts' gross total (e.g. 368.6 trillion won in 2018).",
            "Growth is on the previous year's enacted main budget (as restated in the year's own"
                + " budget documents where Yesan has that), not on the post-supplementary total; one"
                + " decimal place, rounded HALF_UP.",
            "Assembly change: the published net change, else enacted minus proposal from the same"
                + " year's reports; ratios to GDP are as published.",
            "Amounts: " + rounding + "; most sources publish to 0.1 trillion won.",
            "Sources: one row per published figure; see data/README.md and"
                + " yesan query --dataset kr-headline --format csv.");
  }
}
