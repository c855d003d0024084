package org.yesan.claims.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yesan.claims.CheckedClaim;
import org.yesan.claims.DataRow;
import org.yesan.claims.KoreanExplanation;
import org.yesan.claims.Verdict;
import org.yesan.claims.text.Approximation;
import org.yesan.claims.text.Claim;
import org.yesan.claims.text.ClaimKind;
import org.yesan.claims.text.NumberMention;
import org.yesan.money.KoreanWonFormat;
import org.yesan.realterms.ExchangeRate;
import org.yesan.realterms.SeriesFile;
import org.yesan.targets.Envelope;
import org.yesan.targets.EnvelopeAmount;
import org.yesan.targets.Target;
import org.yesan.targets.TargetPoint;
import org.yesan.targets.TargetRegister;
import org.yesan.targets.csv.TargetFiles;

/**
 * Second opinion, from the bundled targets data (data/targets), on claims the store cannot judge:
 * the AI budget (an envelope), GPU counts (a target), the growth fund's 150조원 (an envelope), a won
 * amount restated in dollars (a dated exchange rate), and "passed by the legal deadline for the
 * first time in N years" (the budget cycle). It only ever replaces an unverifiable verdict.
 */
public final class TargetClaims {

  private static final String AI_SUBJECT = "theme:ai";
  private static final String FUND_SUBJECT = "not_budget:fund";
  private static final String SWAP_SUBJECT = "not_budget:swap";
  static final String ORIGIN = "data/targets";
  static final BigDecimal TWO = BigDecimal.valueOf(2);

  private static final Pattern GPU = Pattern.compile("(?i)\\bGPUs?\\b|graphics processing|그래픽처리장치");
  private static final Pattern FUND = Pattern.compile("(?i)\\bfund\\b|펀드");
  private static final Pattern FIVE_YEARS =
      Pattern.compile("(?i)\\bfive years\\b|\\b5 years\\b|5년");

  private final TargetRegister register;
  private final SwapLineDollars swap;
  private final DeadlineStreaks streaks;

  TargetClaims(TargetRegister register, ExchangeRate usd) {
    this.register = register;
    this.swap = new SwapLineDollars(usd);
    this.streaks = new DeadlineStreaks(register);
  }

  /**
   * Claims the reader does not extract because they carry no money figure: "passed by the legal
   * deadline for the first time in N years" (법정시한 … N년 만), numbered after {@code already}.
   */
  public List<CheckedClaim> deadlineStreaks(String text, int already, Optional<LocalDate> date) {
    return streaks.find(text, already, date);
  }

  /** Over the bundled targets data and its dated exchange rates. */
  public static TargetClaims bundled() {
    return new TargetClaims(
        TargetFiles.bundled(),
        SeriesFile.exchangeRate(
            TargetFiles.bundledFile("exchange-rates.csv"), ORIGIN + "/exchange-rates.csv"));
  }

  /**
   * A verdict from the targets data for a claim the store left unverifiable, or empty to keep it.
   *
   * @param claims every claim of the text by id, for the won amount a dollar figure restates
   * @param date the text's date, for the exchange rate of the day
   */
  public Optional<CheckedClaim> recheck(
      Claim claim, CheckedClaim checked, Map<Integer, Claim> claims, Optional<LocalDate> date) {
    if (checked.verdict() != Verdict.UNVERIFIABLE || claim.subject().isEmpty()) {
      return Optional.empty();
    }
    String subject = claim.subject().get().id();
    if (subject.equals(AI_SUBJECT) && claim.kind() == ClaimKind.AMOUNT) {
      return envelopeAmount(claim, checked, "ai-transformation");
    }
    if (subject.equals(AI_SUBJECT) && claim.kind() == ClaimKind.MULTIPLE) {
      return multiple(claim, checked, "ai-transformation");
    }
    if (subject.equals(AI_SUBJECT) && claim.kind() == ClaimKind.COUNT) {
      return gpus(claim, checked);
    }
    if (subject.equals(FUND_SUBJECT) && FUND.matcher(claim.sentence()).find()) {
      return fund(claim, checked);
    }
    if (subject.equals(SWAP_SUBJECT) && claim.kind() == ClaimKind.CONVERSION) {
      return swap.dollars(claim, checked, claims, date);
    }
    return Optional.empty();
  }

  static BigDecimal low(NumberMention m) {
    return switch (m.approximation()) {
      case OVER, AT_LEAST -> m.value();
      default -> m.value().subtract(m.step().divide(TWO));
    };
  }

  static BigDecimal high(NumberMention m) {
    return switch (m.approximation()) {
      case UNDER, AT_MOST, NEARLY -> m.value();
      default -> m.upper().orElse(m.value()).add(m.step().divide(TWO));
    };
  }

  /** The step a published figure was written to: 10.1 → 0.1, 2.1087 → 0.0001, in won. */
  private static BigDecimal writtenStep(EnvelopeAmount a) {
    int places = Math.max(0, new BigDecimal(a.written()).scale());
    return BigDecimal.TEN.pow(12).movePointLeft(places);
  }

  private static String won(BigDecimal v) {
    return KoreanWonFormat.exact().format(v.setScale(0, RoundingMode.HALF_UP));
  }

  private static DataRow row(EnvelopeAmount a) {
    // no addresses: the claim report is self-contained; `yesan envelopes` lists them
    return new DataRow(
        ORIGIN,
        "envelope",
        "envelope:" + a.envelope(),
        a.fiscalYear(),
        a.stage(),
        a.won(),
        a.written() + "조원",
        "as published by " + a.source().publisher() + " (" + a.source().published() + ")");
  }

  static CheckedClaim with(
      CheckedClaim c,
      Verdict v,
      String explanation,
      String formula,
      String tolerance,
      Optional<BigDecimal> value,
      List<DataRow> rows) {
    return new CheckedClaim(
        c.id(),
        c.start(),
        c.end(),
        c.text(),
        c.kind(),
        c.subject(),
        c.fiscalYear(),
        c.stage(),
        c.reading(),
        v,
        explanation,
        KoreanExplanation.brief(v),
        formula,
        tolerance,
        value,
        rows,
        List.of());
  }

  private Optional<CheckedClaim> envelopeAmount(Claim claim, CheckedClaim checked, String id) {
    if (claim.fiscalYear().isEmpty() || claim.stage().isEmpty()) {
      return Optional.empty();
    }
    int year = claim.fiscalYear().get().value();
    String stage = claim.stage().get().id();
    Optional<EnvelopeAmount> found =
        register.envelope(id).flatMap(e -> e.amount(year, stage, "appropriation"));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    EnvelopeAmount a = found.get();
    BigDecimal half = writtenStep(a).divide(TWO);
    BigDecimal lo = low(claim.figure());
    BigDecimal hi = high(claim.figure());
    boolean overlap = covers(a, lo, hi);
    if (!overlap) {
      // the figure of another stage of that year: the text may quote it; say so, never contradict
      Optional<EnvelopeAmount> other =
          register.envelope(id).orElseThrow().amounts().stream()
              .filter(x -> x.fiscalYear() == year && x != a && x.basis().equals("appropriation"))
              .filter(x -> covers(x, lo, hi))
              .findFirst();
      if (other.isPresent()) {
        return Optional.of(otherStage(checked, a, other.get()));
      }
    }
    return Optional.of(
        with(
            checked,
            // a figure that misses may be a part of the AI budget (its talent programme, …): unsure
            overlap ? Verdict.SUPPORTED : Verdict.UNVERIFIABLE,
            "the targets data give "
                + a.written()
                + "조원 for the "
                + id
                + " envelope, "
                + year
                + " "
                + stage
                + (overlap
                    ? "."
                    : "; the stated figure does not fit it and may be about a part of that budget."),
            "stated ["
                + won(lo)
                + ", "
                + won(hi)
                + "] against published ["
                + won(a.won().subtract(half))
                + ", "
                + won(a.won().add(half))
                + "]",
            "the stated figure's rounding; the published one's (" + a.written() + "조원)",
            Optional.of(a.won()),
            List.of(row(a))));
  }

  private static boolean satisfies(NumberMention m, BigDecimal times) {
    return switch (m.approximation()) {
      case OVER -> times.compareTo(m.value()) > 0;
      case AT_LEAST -> times.compareTo(m.value()) >= 0;
      default -> times.compareTo(low(m)) >= 0 && times.compareTo(high(m)) <= 0;
    };
  }

  private static boolean covers(EnvelopeAmount a, BigDecimal lo, BigDecimal hi) {
    BigDecimal half = writtenStep(a).divide(TWO);
    return lo.compareTo(a.won().add(half)) <= 0 && hi.compareTo(a.won().subtract(half)) >= 0;
  }

  private static CheckedClaim otherStage(
      CheckedClaim checked, EnvelopeAmount read, EnvelopeAmount matching) {
    return with(
        checked,
        Verdict.UNVERIFIABLE,
        "the "
            + read.stage()
            + " figure for "
            + read.fiscalYear()
            + " is "
            + read.written()
            + "조원 ("
            + read.source().publisher()
            + ", "
            + read.source().published()
            + "), but the stated figure fits the "
            + matching.stage()
            + " one ("
            + matching.written()
            + "조원); the text may quote that stage, or the two may differ in"
            + " basis",
        "",
        "",
        Optional.empty(),
        List.of(row(read), row(matching)));
  }

  private Optional<CheckedClaim> multiple(Claim claim, CheckedClaim checked, String id) {
    if (claim.fiscalYear().isEmpty() || claim.stage().isEmpty()) {
      return Optional.empty();
    }
    int year = claim.fiscalYear().get().value();
    Optional<Envelope> e = register.envelope(id);
    Optional<EnvelopeAmount> a =
        e.flatMap(x -> x.amount(year, claim.stage().get().id(), "appropriation"));
    if (a.isEmpty()) {
      return Optional.empty();
    }
    Optional<BigDecimal> times = e.get().timesPriorYear(a.get(), 2);
    if (times.isEmpty()) {
      return Optional.empty();
    }
    NumberMention m = claim.figure();
    BigDecimal t = times.get();
    boolean ok = satisfies(m, t);
    if (!ok) {
      for (EnvelopeAmount x : e.get().amounts()) {
        boolean sameYear =
            x.fiscalYear() == year && x != a.get() && x.basis().equals("appropriation");
        if (sameYear && e.get().timesPriorYear(x, 2).map(tx -> satisfies(m, tx)).orElse(false)) {
          return Optional.of(otherStage(checked, a.get(), x));
        }
      }
    }
    List<DataRow> rows = new ArrayList<>();
    rows.add(row(a.get()));
    e.get().amounts().stream()
        .filter(x -> x.fiscalYear() == year - 1 && x.basis().equals("appropriation"))
        .reduce((x, y) -> y.finality() >= x.finality() ? y : x)
        .ifPresent(x -> rows.add(0, row(x)));
    return Optional.of(
        with(
            checked,
            ok ? Verdict.SUPPORTED : Verdict.UNVERIFIABLE,
            "the targets data give ×"
                + t
                + " ("
                + year
                + " "
                + a.get().stage()
                + " over the year"
                + " before's final figure).",
            rows.get(rows.size() - 1).shown()
                + " ÷ "
                + rows.get(0).shown()
                + " = "
                + t
                + " (2 places, HALF_UP)",
            m.approximation() == Approximation.EXACT
                ? "the stated multiple's rounding"
                : m.approximation().name().toLowerCase(Locale.ROOT) + " the stated multiple",
            Optional.of(t),
            rows));
  }

  private Optional<CheckedClaim> gpus(Claim claim, CheckedClaim checked) {
    if (!GPU.matcher(claim.sentence()).find()) {
      return Optional.empty();
    }
    BigDecimal stated = claim.figure().value();
    List<String> seen = new ArrayList<>();
    for (Target t : register.targets()) {
      if (!t.unit().equals("GPUs")) {
        continue;
      }
      for (TargetPoint p : t.points()) {
        if (p.kind() == TargetPoint.Kind.FUNDING) {
          continue;
        }
        seen.add(
            t.id()
                + " "
                + p.kind().code()
                + " "
                + p.value().toPlainString()
                + " ("
                + p.date()
                + ")");
        boolean yearOk =
            p.kind() != TargetPoint.Kind.PLANNED_ADDITION
                || claim.fiscalYear().map(y -> y.value() == p.date().year()).orElse(false);
        if (yearOk && p.value().compareTo(stated) == 0) {
          return Optional.of(
              with(
                  checked,
                  Verdict.SUPPORTED,
                  "the targets data give "
                      + p.value().toPlainString()
                      + " "
                      + t.unit()
                      + " as the "
                      + p.kind().code().replace('_', ' ')
                      + " of "
                      + t.id()
                      + " ("
                      + p.source().publisher()
                      + ", "
                      + p.source().published()
                      + ").",
                  "stated "
                      + stated.toPlainString()
                      + " = "
                      + p.kind().code()
                      + " "
                      + p.value().toPlainString(),
                  "exact count",
                  Optional.of(p.value()),
                  List.of(
                      new DataRow(
                          ORIGIN,
                          "target",
                          "target:" + t.id(),
                          p.date().year(),
                          p.kind().code(),
                          p.value(),
                          p.value().toPlainString() + " " + t.unit(),
                          p.source().publisher() + " (" + p.source().published() + ")"))));
        }
      }
    }
    // a count the targets do not hold may be about something else: say so, never contradict
    return Optional.of(
        with(
            checked,
            Verdict.UNVERIFIABLE,
            "a GPU count the targets data do not hold; they hold " + String.join(", ", seen),
            "",
            "",
            Optional.empty(),
            List.of()));
  }

  private Optional<CheckedClaim> fund(Claim claim, CheckedClaim checked) {
    Optional<Envelope> e = register.envelope("national-growth-fund");
    if (e.isEmpty() || e.get().total().isEmpty()) {
      return Optional.empty();
    }
    Envelope f = e.get();
    BigDecimal total = f.total().get();
    int years = f.toYear().get() - f.fromYear().get() + 1;
    boolean amountOk =
        low(claim.figure()).compareTo(total) <= 0 && high(claim.figure()).compareTo(total) >= 0;
    boolean yearsNamed = FIVE_YEARS.matcher(claim.sentence()).find();
    if (!amountOk || !yearsNamed) {
      // without its amount and its five years the text may name another fund: leave it be
      return Optional.empty();
    }
    boolean ok = !yearsNamed || years == 5;
    return Optional.of(
        with(
            checked,
            ok ? Verdict.SUPPORTED : Verdict.CONTRADICTED,
            "the targets data give the "
                + f.labelEn()
                + " as "
                + won(total)
                + " over "
                + f.fromYear().get()
                + "–"
                + f.toYear().get()
                + " ("
                + years
                + " years; "
                + f.source().publisher()
                + ", "
                + f.source().published()
                + "); a multi-year"
                + " fund size, not an appropriation: the 2026 budget puts "
                + f.amount(2026, "enacted", "appropriation")
                    .map(a -> a.written() + "조원")
                    .orElse("no figure")
                + " into it.",
            "stated ["
                + won(low(claim.figure()))
                + ", "
                + won(high(claim.figure()))
                + "] ∋ "
                + won(total)
                + (yearsNamed ? "; five years = " + years + " years" : ""),
            "the stated figure's rounding",
            Optional.of(total),
            List.of(
                new DataRow(
                    ORIGIN,
                    "envelope_total",
                    "envelope:" + f.id(),
                    f.fromYear().get(),
                    "plan",
                    total,
                    won(total),
                    f.source().publisher() + " (" + f.source().published() + ")"))));
  }
}
