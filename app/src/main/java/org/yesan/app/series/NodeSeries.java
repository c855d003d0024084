package org.yesan.app.series;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.yesan.app.table.Column;
import org.yesan.app.table.ReadableAmount;
import org.yesan.app.table.ResultTable;
import org.yesan.model.DatasetInfo;
import org.yesan.model.FiscalYear;
import org.yesan.model.Stage;
import org.yesan.query.AggregateQuery;
import org.yesan.query.AggregateResult;
import org.yesan.query.Dimensions;
import org.yesan.query.Drilldown;
import org.yesan.query.Order;
import org.yesan.query.QueryException;
import org.yesan.realterms.Converted;
import org.yesan.realterms.PriceIndex;
import org.yesan.realterms.RealTermsConversion;
import org.yesan.realterms.RealTermsException;
import org.yesan.store.FactStore;

/**
 * One node's amount in every fiscal year, one point per stage (proposal and enacted side by side,
 * never added), nominal and in a base year's prices by a price index (for won: the GDP deflator):
 * the one way {@code yesan series} and {@code GET /api/v1/datasets/{name}/series} answer.
 *
 * @param baseYear the base year of real terms, present when the dataset is in won
 */
public record NodeSeries(
    DatasetInfo dataset,
    SeriesRequest request,
    PriceIndex deflator,
    Optional<Integer> baseYear,
    List<Point> points) {

  /**
   * One year and stage: the amount, or why there is none; the real amount, or why there is none.
   */
  public record Point(
      int fiscalYear,
      Stage stage,
      long count,
      Optional<BigDecimal> amount,
      Optional<String> missing,
      Optional<Converted> real,
      Optional<String> realMissing) {}

  public NodeSeries {
    points = List.copyOf(points);
  }

  /** Runs the one query and converts each point. */
  public static NodeSeries of(FactStore store, SeriesRequest request, PriceIndex deflator) {
    DatasetInfo d = store.require(request.dataset());
    AggregateResult r =
        store.aggregate(
            AggregateQuery.of(d.name())
                .withDrilldown(new Drilldown(List.of(Dimensions.FISCAL_YEAR, Dimensions.STAGE)))
                .withCuts(request.cuts())
                .withOrder(Order.parse("fiscal_year,stage")));
    TreeSet<Integer> years = new TreeSet<>();
    r.cells().forEach(c -> years.add(Integer.parseInt(c.member(0))));
    boolean won = d.currency().equals("KRW");
    int first = deflator.series().firstYear();
    int last = deflator.series().lastYear();
    int base =
        request
            .baseYear()
            .orElseGet(
                () ->
                    years.descendingSet().stream()
                        .filter(y -> y >= first && y <= last)
                        .findFirst()
                        .orElse(last));
    if (won && (base < first || base > last)) {
      throw new QueryException(
          SeriesRequest.BASE_YEAR,
          0,
          "the GDP deflator covers " + first + "-" + last + ", found " + base);
    }
    RealTermsConversion real = RealTermsConversion.nominal().deflatedTo(base, deflator);
    List<Point> points = new ArrayList<>();
    for (AggregateResult.Cell c : r.cells()) {
      FiscalYear year = FiscalYear.parse(c.member(0));
      Stage stage = Stage.parse(c.member(1));
      Optional<String> unfilled = unfilled(c, stage);
      if (unfilled.isPresent()) {
        // a gap, not 0원: the source left the column empty for this node
        points.add(
            new Point(
                year.value(),
                stage,
                c.count(),
                Optional.empty(),
                unfilled,
                Optional.empty(),
                Optional.empty()));
        continue;
      }
      BigDecimal amount = ReadableAmount.plain(c.amount());
      Optional<Converted> converted = Optional.empty();
      Optional<String> why = Optional.empty();
      if (won) {
        try {
          converted = Optional.of(real.convert(amount, d.currency(), year));
        } catch (RealTermsException e) {
          why = Optional.of(e.getMessage());
        }
      } else {
        why = Optional.of("the shipped deflator is for won; this dataset is in " + d.currency());
      }
      points.add(
          new Point(
              year.value(),
              stage,
              c.count(),
              Optional.of(amount),
              Optional.empty(),
              converted,
              why));
    }
    return new NodeSeries(d, request, deflator, won ? Optional.of(base) : Optional.empty(), points);
  }

  /**
   * Why a supplementary stage's point is no figure: a supplementary budget restates every line, so
   * when each of the node's lines is 0 (min = max = 0), the source did not fill that column in
   * (열린재정's 2018 추경정부안) rather than cut the node to nothing.
   */
  private static Optional<String> unfilled(AggregateResult.Cell c, Stage stage) {
    if (!stage.isSupplementary() || c.min().signum() != 0 || c.max().signum() != 0) {
      return Optional.empty();
    }
    return Optional.of(
        "each of the "
            + c.count()
            + " lines of "
            + stage.id()
            + " is 0 in the source: the column was not filled in, so there is no figure");
  }

  /** The stages the points have, in cycle order. */
  public List<Stage> stages() {
    return new TreeSet<>(points.stream().map(Point::stage).toList()).stream().toList();
  }

  /**
   * Year, stage, amount and reading, real amount with its unit and method, and why one is missing.
   */
  public ResultTable table() {
    ResultTable t =
        new ResultTable(
            new Column("fiscal_year", Column.Kind.YEAR),
            new Column("stage", Column.Kind.TEXT),
            new Column("amount", Column.Kind.AMOUNT),
            new Column("readable", Column.Kind.READINGS),
            new Column("real_amount", Column.Kind.AMOUNT),
            new Column("real_unit", Column.Kind.TEXT),
            new Column("real_method", Column.Kind.TEXT),
            new Column("missing", Column.Kind.TEXT));
    ReadableAmount readable = new ReadableAmount(dataset.currency());
    for (Point p : points) {
      t.row(
          p.fiscalYear(),
          p.stage().id(),
          p.amount(),
          p.amount().map(readable::reading),
          p.real().map(Converted::result),
          p.real().map(Converted::unit),
          p.real().map(Converted::method),
          p.missing().or(p::realMissing));
    }
    return t;
  }
}
