package org.yesan.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yesan.model.Measure;
import org.yesan.model.Stage;
import org.yesan.query.LineItem;

class ThemeTallyProperties {

  private static final Theme THEME =
      Theme.of(
          "p",
          List.of(
              ThemeRule.of("half", Match.anyOf("겸용")).withShare("0.5"),
              ThemeRule.of("third", Match.anyOf("AI")).withShare("0.333"),
              ThemeRule.of("whole", Match.anyOf("국방"))),
          List.of(ThemeExclusion.of("x", Match.anyOf("민방위"))));

  @Provide
  Arbitrary<List<LineItem>> lines() {
    Arbitrary<String> name =
        Arbitraries.of("국방정보화", "민군겸용기술", "AI 개발", "MAIN", "민방위교육", "교육", "국방 AI 겸용");
    Arbitrary<String> measure =
        Arbitraries.of(Measure.EXPENDITURE.id(), Measure.EXPENDITURE_NET.id());
    Arbitrary<Integer> year = Arbitraries.integers().between(2016, 2018);
    Arbitrary<Stage> stage = Arbitraries.of(Stage.PROPOSAL, Stage.ENACTED);
    Arbitrary<Long> won = Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000_000L);
    Arbitrary<String> ministry = Arbitraries.of("국방부", "교육부", "산업통상자원부");
    return Combinators.combine(name, measure, year, stage, won, ministry)
        .as((n, m, y, s, w, min) -> Lines.line(m, y, s, w, 1, min, "", "", n))
        .list()
        .ofMaxSize(60);
  }

  @Property
  void totalIsTheSumOfTaggedAmountTimesShareInAnyOrder(
      @ForAll("lines") List<LineItem> lines, @ForAll long seed) {
    ThemeResult inOrder = tally(lines);
    List<LineItem> shuffled = new ArrayList<>(lines);
    Collections.shuffle(shuffled, new Random(seed));
    ThemeResult reordered = tally(shuffled);

    assertThat(reordered.totals()).isEqualTo(inOrder.totals());
    assertThat(reordered.byGroup()).isEqualTo(inOrder.byGroup());
    for (ThemeTotal t : inOrder.totals()) {
      BigDecimal expected = BigDecimal.ZERO;
      long count = 0;
      for (TaggedLine tl : inOrder.lines()) {
        LineItem l = tl.line();
        if (l.measure().equals(t.measure())
            && l.fiscalYear().equals(t.fiscalYear())
            && l.stage().equals(t.stage())) {
          expected = expected.add(l.amount().multiply(tl.share()));
          count++;
        }
      }
      assertThat(t.amount()).isEqualByComparingTo(expected);
      assertThat(t.lines()).isEqualTo(count);
    }
    assertThat(inOrder.tagged() + inOrder.untagged() + inOrder.outOfScope())
        .isEqualTo(lines.size());
  }

  private static ThemeResult tally(List<LineItem> lines) {
    ThemeTally t = new ThemeTally(new ThemeMatcher(THEME, Lines.DATASET), true);
    lines.forEach(t);
    return t.result();
  }
}
