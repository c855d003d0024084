package org.yesan.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yesan.model.FiscalYear;

class LinkingProperties {

  @Provide
  Arbitrary<List<Line>> lines() {
    Arbitrary<String> ministry = Arbitraries.of("가부", "나부", "다청");
    Arbitrary<String> program = Arbitraries.of("기본사업", "기본사업 운영", "지원사업", "회계간거래");
    Arbitrary<String> unit =
        Arbitraries.of("인건비", "기본경비", "시설확충", "시설 확충(일반)", "연구개발", "연구개발지원", "전출금");
    Arbitrary<Long> amount = Arbitraries.longs().between(0, 50);
    return Combinators.combine(ministry, program, unit, amount)
        .as((m, p, u, a) -> new Line(LinePath.of(m, p, u), BigDecimal.valueOf(a)))
        .list()
        .ofMaxSize(14);
  }

  @Property(tries = 300)
  void linkingIsDeterministicAndIndependentOfInputOrder(
      @ForAll("lines") List<Line> from, @ForAll("lines") List<Line> to, @ForAll long seed) {
    YearLinker linker = new YearLinker(LinkSettings.defaults());
    Restatement r =
        Restatement.of(
            YearLines.of(FiscalYear.of(2012), to), YearLines.of(FiscalYear.of(2012), from));
    YearLinks first =
        linker.link(
            YearLines.of(FiscalYear.of(2012), from),
            YearLines.of(FiscalYear.of(2013), to),
            Optional.of(r));
    List<Line> f2 = new ArrayList<>(from);
    List<Line> t2 = new ArrayList<>(to);
    Collections.shuffle(f2, new Random(seed));
    Collections.shuffle(t2, new Random(~seed));
    Restatement r2 =
        Restatement.of(
            YearLines.of(FiscalYear.of(2012), t2), YearLines.of(FiscalYear.of(2012), f2));
    YearLinks second =
        linker.link(
            YearLines.of(FiscalYear.of(2012), f2),
            YearLines.of(FiscalYear.of(2013), t2),
            Optional.of(r2));
    assertThat(second).isEqualTo(first);
    // every non-zero line is linked or unlinked, never both
    for (Link l : first.links()) {
      assertThat(first.unlinkedFrom()).doesNotContainKey(l.from());
      assertThat(first.unlinkedTo()).doesNotContainKey(l.to());
    }
  }

  @Property(tries = 200)
  void seriesCoverEveryLineOnce(@ForAll("lines") List<Line> from, @ForAll("lines") List<Line> to) {
    YearLines a = YearLines.of(FiscalYear.of(2012), from);
    YearLines b = YearLines.of(FiscalYear.of(2013), to);
    YearLinks links = new YearLinker(LinkSettings.defaults()).link(a, b, Optional.empty());
    SeriesBook book = SeriesBook.of(List.of(a, b), List.of(links));
    long counted =
        book.series().stream()
            .mapToLong(s -> s.lines().values().stream().mapToLong(java.util.Set::size).sum())
            .sum();
    assertThat(counted).isEqualTo(a.size() + b.size());
    BigDecimal total =
        book.series().stream()
            .flatMap(s -> book.amounts(s).stream())
            .map(SeriesPoint::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(total).isEqualByComparingTo(a.total().add(b.total()));
  }
}
