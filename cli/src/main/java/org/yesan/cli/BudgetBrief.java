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

  /** Year → stage → amount, for one measure. */
  Map<Integer, Map<Stage, BigDecimal>> byYearAndStage(String measure, Optional<String> sector) {
    AggregateQuery q =
        AggregateQuery.of(dataset)
            .withDrilldown(Drilldown.parse("fiscal_year,stage"))
            .withCut(Cut.of("measure", measure));
    if (sector.isPresent()) {
      q = q.withCut(Cut.of("sector", sector.get()));
    }
    Map<Integer, Map<Stage, BigDecimal>> out = new TreeMap<>();
    for (AggregateResult.Cell c : store.aggregate(q).cells()) {
      out.computeIfAbsent(Integer.parseInt(c.member(0)), k -> new TreeMap<>())
          .put(Stage.parse(c.member(1)), c.amount());
    }
    return out;
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
    Map<Integer, Map<Stage, BigDecimal>> totals =
        byYearAndStage(Measure.TOTAL_EXPENDITURE.id(), Optional.empty());
    int first = totals.keySet().stream().min(Integer::compare).orElseThrow();
    int last = totals.keySet().stream().max(Integer::compare).orElseThrow();
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
    for (Map.Entry<Integer, Map<Stage, BigDecimal>> e : totals.entrySet()) {
      Map<Stage, BigDecimal> s = e.getValue();
      BigDecimal prevEnacted =
          Optional.ofNullable(totals.get(e.getKey() - 1))
              .map(m -> m.get(Stage.ENACTED))
              .orElse(null);
      BigDecimal proposal = s.get(Stage.PROPOSAL);
      BigDecimal enacted = s.get(Stage.ENACTED);
      List<String> supp = new ArrayList<>();
      for (Map.Entry<Stage, BigDecimal> st : s.entrySet()) {
        if (st.getKey().isSupplementary()) {
          supp.add(
              (ko() ? st.getKey().labelKo() : st.getKey().labelEn())
                  + " "
                  + amounts.readable(st.getValue()));
        }
      }
      t.row(
          e.getKey().toString(),
          proposal == null ? "" : amounts.readable(proposal),
          pct(growth(prevEnacted, proposal)),
          enacted == null ? "" : amounts.readable(enacted),
          change(proposal, enacted),
          pct(growth(prevEnacted, enacted)),
          supp.isEmpty() ? null : String.join(", ", supp));
    }
    t.print(OutputFormat.TABLE, out);
    out.println();
    printSectors(out, last);
    out.println();
    new TargetsBrief(org.yesan.targets.csv.TargetFiles.bundled(), last, lang).print(out);
    out.println();
    out.println(ko() ? "읽는 법:" : "How to read this:");
    for (String note : notes()) {
      out.println("  - " + note);
    }
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
            "증가율은 전년도 본예산(국회확정) 대비이며 추경 후 총지출 대비가 아님. 소수 첫째 자리, 반올림(HALF_UP).",
            "금액 표기: " + rounding + ". 원자료는 대부분 0.1조원 단위로 반올림되어 발표됨.",
            "출처: 발표 자료별 1행, data/README.md 및 yesan query --dataset kr-headline --format csv.")
        : List.of(
            "Total expenditure (총지출) = budget accounts plus funds, net of internal transactions;"
                + " not the accounts' gross total (e.g. 368.6 trillion won in 2018).",
            "Growth is on the previous year's enacted main budget, not on the post-supplementary"
                + " total; one decimal place, rounded HALF_UP.",
            "Amounts: " + rounding + "; most sources publish to 0.1 trillion won.",
            "Sources: one row per published figure; see data/README.md and"
                + " yesan query --dataset kr-headline --format csv.");
  }
}
