package org.yesan.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.yesan.money.EnglishAmountFormat;
import org.yesan.money.KoreanWonFormat;
import org.yesan.targets.BudgetCycle;
import org.yesan.targets.Commitment;
import org.yesan.targets.CycleEventKind;
import org.yesan.targets.DeadlineCheck;
import org.yesan.targets.Envelope;
import org.yesan.targets.EnvelopeAmount;
import org.yesan.targets.EnvelopeProgress;
import org.yesan.targets.Target;
import org.yesan.targets.TargetPoint;
import org.yesan.targets.TargetRegister;

/**
 * The brief's section on one fiscal year's promises: its cycle dates against the legal deadlines,
 * its envelopes, its targets and open commitments, all from the bundled targets data.
 */
final class TargetsBrief {

  /** Funding of a target printed to 100 million won, as budget tables give it. */
  private static final EnglishAmountFormat PRECISE_EN =
      EnglishAmountFormat.scaled(EnglishAmountFormat.CurrencyStyle.WORD, 4, RoundingMode.HALF_UP);

  private final TargetRegister register;
  private final int year;
  private final boolean ko;
  private final Amounts amounts;

  TargetsBrief(TargetRegister register, int year, Amounts.Lang lang) {
    this.register = register;
    this.year = year;
    this.ko = lang == Amounts.Lang.KO;
    this.amounts = new Amounts(lang, "KRW");
  }

  void print(PrintWriter out) {
    out.println(ko ? year + "년도 일정·약속·재원" : "FY" + year + ": calendar, promises and envelopes");
    register.calendar().cycle(year).ifPresent(c -> printCycle(c, out));
    for (Envelope e : register.envelopes()) {
      printEnvelope(e, out);
    }
    for (Target t : register.targets()) {
      printTarget(t, out);
    }
    for (Commitment c : register.commitments()) {
      boolean open = c.current().map(s -> !s.status().closed()).orElse(true);
      if (open && c.deadline().map(d -> d.year() >= year).orElse(false)) {
        out.println(
            "  - "
                + (ko ? c.statementKo() : c.statementEn())
                + (ko ? " — 기한 " : " — due ")
                + c.deadline().get()
                + ", "
                + c.current().map(s -> s.status().code() + " " + s.date()).orElse("no status"));
      }
    }
    out.println(
        ko
            ? "  (출처와 전체 목록: yesan cycle / envelopes / targets / commitments)"
            : "  (sources and full lists: yesan cycle / envelopes / targets / commitments)");
  }

  private void printCycle(BudgetCycle c, PrintWriter out) {
    for (CycleEventKind kind :
        new CycleEventKind[] {CycleEventKind.SUBMISSION, CycleEventKind.PASSAGE}) {
      Optional<DeadlineCheck> d = c.deadline(kind);
      if (d.isEmpty()) {
        continue;
      }
      String what =
          kind == CycleEventKind.SUBMISSION
              ? (ko ? "국회 제출" : "submitted")
              : (ko ? "국회 통과" : "passed");
      String when =
          d.get().event().map(e -> e.date().toString()).orElse(ko ? "날짜 미상" : "date unknown");
      String verdict =
          switch (d.get().outcome()) {
            case MET -> ko ? "기한 준수" : "on time";
            case MISSED ->
                (ko ? "기한 경과 " : "late by ")
                    + d.get().daysLate().orElseThrow()
                    + (ko ? "일" : " days");
            case UNKNOWN -> ko ? "판정 불가" : "unknown";
          };
      out.println(
          "  - "
              + what
              + " "
              + when
              + (ko ? " (법정기한 " : " (legal deadline ")
              + d.get().deadline()
              + ", "
              + verdict
              + ")");
    }
    register
        .calendar()
        .yearsSinceLastMet(CycleEventKind.PASSAGE, year)
        .filter(
            n ->
                c.deadline(CycleEventKind.PASSAGE)
                    .map(d -> d.outcome() == DeadlineCheck.Outcome.MET)
                    .orElse(false))
        .ifPresent(
            n ->
                out.println(
                    ko
                        ? "  - 법정기한 내 통과는 " + (year - n) + "년도 예산 이후 " + n + "년 만"
                        : "  - first on-time passage since the FY"
                            + (year - n)
                            + " budget, "
                            + n
                            + " years earlier"));
  }

  private String basisWord(String basis) {
    if (basis.equals("deployment")) {
      return ko ? "운용 계획 " : "planned deployment ";
    }
    return ko ? "예산 " : "budget ";
  }

  private void printEnvelope(Envelope e, PrintWriter out) {
    String label = ko ? e.labelKo() : e.labelEn();
    if (e.multiYear()) {
      EnvelopeProgress p = e.progress(e.fillsWith().orElseThrow(), year);
      out.println(
          "  - "
              + label
              + ": "
              + amounts.readable(e.total().get())
              + " ("
              + e.fromYear().get()
              + "–"
              + e.toYear().get()
              + "), "
              + year
              + (ko ? "년 " : ": ")
              + basisWord(p.basis())
              + (p.atLeast() ? (ko ? "최소 " : "at least ") : "")
              + amounts.readable(p.filled())
              + (ko ? " (균등 배분 시 " : " (even spread ")
              + p.evenSpreadByYear().map(amounts::readable).orElse("—")
              + ")");
      return;
    }
    Optional<EnvelopeAmount> proposal = e.amount(year, "proposal", "appropriation");
    Optional<EnvelopeAmount> enacted = e.amount(year, "enacted", "appropriation");
    if (proposal.isEmpty()) {
      return;
    }
    StringBuilder b = new StringBuilder("  - " + label + ": ");
    b.append(ko ? "정부안 " : "proposal ").append(amounts.readable(proposal.get().won()));
    e.timesPriorYear(proposal.get(), 2)
        .ifPresent(
            x -> b.append(ko ? " (전년의 " : " (").append(x).append(ko ? "배)" : "× the year before)"));
    enacted.ifPresent(
        a -> b.append(ko ? ", 국회확정 " : ", enacted ").append(amounts.readable(a.won())));
    out.println(b);
  }

  private void printTarget(Target t, PrintWriter out) {
    Optional<BigDecimal> planned = t.planned();
    if (t.goal().isEmpty() || planned.isEmpty()) {
      return;
    }
    StringBuilder b = new StringBuilder("  - " + (ko ? t.labelKo() : t.labelEn()) + ": ");
    b.append(t.latest().map(p -> Listing.grouped(p.value()) + " (" + p.date() + ")").orElseThrow());
    b.append(ko ? " → 계획상 " : " → planned ").append(Listing.grouped(planned.get()));
    b.append(ko ? ", 목표 " : ", goal ").append(Listing.grouped(t.goal().get().value()));
    t.deadline().ifPresent(d -> b.append(ko ? " (" + d + "년까지)" : " by " + d));
    t.funding().stream()
        .filter(p -> p.date().year() == year)
        .reduce((x, y) -> y)
        .flatMap(TargetPoint::won)
        .ifPresent(
            w ->
                b.append(ko ? "; 예산 " : "; budget ")
                    .append(ko ? KoreanWonFormat.exact().format(w) : PRECISE_EN.format(w, "KRW")));
    out.println(b);
  }
}
