package org.yesan.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yesan.model.DatasetInfo;
import org.yesan.model.Hierarchy;
import org.yesan.model.Level;
import org.yesan.model.Measure;
import org.yesan.model.SourceUnit;

/** Each query clause parsed from its textual form, and the exact errors for malformed ones. */
class QueryGrammarTest {

  private static final Dimensions DIMS =
      new Dimensions(
          new DatasetInfo(
              "kr",
              "test",
              Optional.of("KR"),
              "KRW",
              SourceUnit.THOUSAND_WON,
              "test",
              "CC0",
              List.of(Level.MINISTRY, Level.PROGRAM),
              List.<Hierarchy>of(),
              List.of(Measure.EXPENDITURE),
              Optional.empty(),
              Optional.empty()));

  @Test
  void drilldown() {
    assertThat(Drilldown.parse("ministry, program").dimensions())
        .containsExactly("ministry", "program");
    assertThat(Drilldown.parse("").dimensions()).isEmpty();
    assertThatThrownBy(() -> Drilldown.parse("ministry,,program"))
        .hasMessage("drilldown at 10: expected a dimension name, found nothing");
    assertThatThrownBy(() -> Drilldown.parse("ministry,ministry"))
        .hasMessage("drilldown at 10: dimension 'ministry' is named twice");
    assertThatThrownBy(() -> Drilldown.parse("ministry,sector").validate(DIMS))
        .hasMessage(
            "drilldown at 10: unknown dimension 'sector' in dataset kr; known: fiscal_year, stage,"
                + " measure, reported_in, ministry, program");
  }

  @Test
  void cutsWithSetsRangesAndStageLabels() {
    Cuts c = Cuts.parse("ministry:국방부;병무청|fiscal_year:2015-2018|stage:국회확정", DIMS);
    assertThat(c.toString()).isEqualTo("ministry:국방부;병무청|fiscal_year:2015-2018|stage:enacted");
    assertThat(c.on("fiscal_year").orElseThrow().range()).contains(new Cut.YearRange(2015, 2018));
  }

  @Test
  void cutErrorsNameThePosition() {
    assertThatThrownBy(() -> Cuts.parse("ministry", DIMS))
        .hasMessage("cut at 1: expected dimension:value, found 'ministry'");
    assertThatThrownBy(() -> Cuts.parse("stage:enacted|ministry:", DIMS))
        .hasMessage("cut at 24: expected a value for ministry, found nothing");
    assertThatThrownBy(() -> Cuts.parse("fiscal_year:2018;20x9", DIMS))
        .hasMessage(
            "cut at 18: expected a year such as 2018 or a range such as 2015-2018, found '20x9'");
    assertThatThrownBy(() -> Cuts.parse("fiscal_year:2018-2015", DIMS))
        .hasMessage("cut at 13: year range runs backwards: 2018-2015");
    assertThatThrownBy(() -> Cuts.parse("stage:draft", DIMS))
        .hasMessage(
            "cut at 7: expected a stage (proposal, enacted, supplementary_N,"
                + " supplementary_N_proposal, final, executed), found 'draft'");
    assertThatThrownBy(() -> Cuts.parse("ministry:a|ministry:b", DIMS))
        .hasMessage("cut: dimension 'ministry' is cut twice; list values with ';'");
    assertThatThrownBy(() -> Cuts.parse("sector:교육", DIMS))
        .hasMessageStartingWith("cut at 1: unknown dimension 'sector' in dataset kr");
  }

  @Test
  void order() {
    Order o = Order.parse("amount:desc,ministry");
    assertThat(o.keys())
        .containsExactly(new Order.Key("amount", true), new Order.Key("ministry", false));
    assertThatThrownBy(() -> Order.parse("amount:down"))
        .hasMessage("order at 8: expected asc or desc, found 'down'");
    assertThatThrownBy(() -> Order.parse("program").validate(Drilldown.parse("ministry")))
        .hasMessage(
            "order at 1: can order by amount, count or a drilled-down dimension (ministry), found"
                + " 'program'");
  }

  @Test
  void page() {
    assertThat(new Page(3, 50).offset()).isEqualTo(100);
    assertThatThrownBy(() -> new Page(0, 10)).hasMessage("page: page numbers start at 1, found 0");
    assertThatThrownBy(() -> new Page(1, 0))
        .hasMessage("pagesize: page size must be between 1 and 100000, found 0");
  }

  @Test
  void aggregatesAndFields() {
    assertThat(Aggregates.parse("sum, max").functions())
        .containsExactly(Aggregates.Function.SUM, Aggregates.Function.MAX);
    assertThat(Aggregates.parse("").functions())
        .containsExactly(Aggregates.Function.SUM, Aggregates.Function.COUNT);
    assertThatThrownBy(() -> Aggregates.parse("sum,avg"))
        .hasMessage("aggregates at 5: expected sum, count, min or max, found 'avg'");
    assertThat(Fields.parse("ministry,amount,source_line", DIMS).names())
        .containsExactly("ministry", "amount", "source_line");
    assertThatThrownBy(() -> Fields.parse("ministry,colour", DIMS))
        .hasMessage(
            "fields at 10: unknown field 'colour'; fields are the dimensions (fiscal_year, stage,"
                + " measure, reported_in, ministry, program) and amount, source_file, source_line");
  }

  @Test
  void theAmbiguityRuleNamesWhatWouldBeAddedTogether() {
    AggregateQuery q = AggregateQuery.of("kr");
    assertThatThrownBy(
            () ->
                AmbiguityRule.check(
                    q, java.util.Map.of("measure", List.of("expenditure", "expenditure_net"))))
        .hasMessage(
            "cut: the selected facts span 2 measures (expenditure, expenditure_net), which must"
                + " not be added together; cut one (e.g. measure:expenditure) or drill down by"
                + " measure");
    AmbiguityRule.check(
        q.withDrilldown(Drilldown.parse("measure")),
        java.util.Map.of("measure", List.of("expenditure", "expenditure_net")));
  }
}
