package org.yesan.http.series;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.yesan.app.table.ReadableAmount;
import org.yesan.http.ApiRequest;
import org.yesan.http.Endpoint;
import org.yesan.http.QueryParameter;
import org.yesan.http.Reply;
import org.yesan.http.Routes;
import org.yesan.http.Table;
import org.yesan.model.DatasetInfo;
import org.yesan.model.FiscalYear;
import org.yesan.model.Measure;
import org.yesan.model.Stage;
import org.yesan.query.AggregateQuery;
import org.yesan.query.AggregateResult;
import org.yesan.query.Cut;
import org.yesan.query.Cuts;
import org.yesan.query.Dimensions;
import org.yesan.query.Drilldown;
import org.yesan.query.Order;
import org.yesan.query.QueryException;
import org.yesan.realterms.Converted;
import org.yesan.realterms.PriceIndex;
import org.yesan.realterms.RealTermsConversion;
import org.yesan.realterms.RealTermsException;
import org.yesan.realterms.ShippedSeries;

/**
 * {@code GET /api/v1/datasets/{name}/series}: one node's amount in every fiscal year, one point per
 * stage (proposal and enacted side by side, never added), nominal and in constant prices of a base
 * year by the shipped GDP deflator of Korea.
 */
public final class SeriesRoutes implements Routes {

  static final QueryParameter MEASURE =
      QueryParameter.text(
          "measure", "the measure, e.g. expenditure (required when there are more)");
  static final QueryParameter CUT =
      QueryParameter.text(
          Cuts.PARAMETER, "the node, as cuts on its levels: ministry:국방부|program:전력유지");
  static final QueryParameter STAGES =
      QueryParameter.text("stages", "stages to list, comma-separated (default: all)");
  static final QueryParameter BASE_YEAR =
      QueryParameter.integer(
          "base_year",
          "real terms in constant prices of this year (default: the latest with data)");

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final PriceIndex deflator;

  /** With the shipped GDP deflator of Korea. */
  public SeriesRoutes() {
    this(ShippedSeries.koreaGdpDeflator());
  }

  SeriesRoutes(PriceIndex deflator) {
    this.deflator = deflator;
  }

  @Override
  public List<Endpoint> endpoints() {
    return List.of(
        Endpoint.listing(
            "/api/v1/datasets/{name}/series",
            "series",
            "A node's amount per fiscal year and stage, nominal and deflated to a base year's prices"
                + " by the GDP deflator",
            List.of(MEASURE, CUT, STAGES, BASE_YEAR),
            this::series));
  }

  private Reply series(ApiRequest request) {
    DatasetInfo d = request.dataset();
    String measure = measure(request, d);
    Cuts cuts = request.cuts(d);
    for (String fixed : List.of(Dimensions.FISCAL_YEAR, Dimensions.STAGE, Dimensions.MEASURE)) {
      if (cuts.on(fixed).isPresent()) {
        throw new QueryException(
            Cuts.PARAMETER, 0, "a series spans every " + fixed + "; cut the node's levels only");
      }
    }
    cuts = cuts.with(Cut.of(Dimensions.MEASURE, measure));
    Optional<String> stages = request.query(STAGES.name());
    if (stages.isPresent()) {
      List<String> ids = new ArrayList<>();
      for (String s : stages.get().split(",", -1)) {
        try {
          ids.add(Stage.parse(s.strip()).id());
        } catch (IllegalArgumentException e) {
          throw new QueryException(STAGES.name(), 0, e.getMessage());
        }
      }
      cuts = cuts.with(Cut.of(Dimensions.STAGE, ids.toArray(String[]::new)));
    }
    AggregateResult r =
        request
            .store()
            .aggregate(
                AggregateQuery.of(d.name())
                    .withDrilldown(new Drilldown(List.of(Dimensions.FISCAL_YEAR, Dimensions.STAGE)))
                    .withCuts(cuts)
                    .withOrder(Order.parse("fiscal_year,stage")));

    TreeSet<Integer> years = new TreeSet<>();
    r.cells().forEach(c -> years.add(Integer.parseInt(c.member(0))));
    boolean won = d.currency().equals("KRW");
    int base =
        request
            .integer(BASE_YEAR.name())
            .orElseGet(() -> defaultBase(years).orElse(deflator.series().lastYear()));
    if (won && (base < deflator.series().firstYear() || base > deflator.series().lastYear())) {
      throw new QueryException(
          BASE_YEAR.name(),
          0,
          "the GDP deflator covers "
              + deflator.series().firstYear()
              + "-"
              + deflator.series().lastYear()
              + ", found "
              + base);
    }
    RealTermsConversion real = RealTermsConversion.nominal().deflatedTo(base, deflator);
    ReadableAmount readable = new ReadableAmount(d.currency());

    ObjectNode body = JSON.objectNode();
    body.put("dataset", d.name());
    body.put("currency", d.currency());
    body.put("measure", measure);
    body.put("cut", request.cuts(d).toString());
    if (won) {
      body.put("base_year", base);
      ObjectNode index = body.putObject("deflator");
      index.put("label", deflator.label());
      index.put("origin", deflator.origin());
      index.put("first_year", deflator.series().firstYear());
      index.put("last_year", deflator.series().lastYear());
    }
    ArrayNode stageList = body.putArray("stages");
    new TreeSet<>(r.cells().stream().map(c -> Stage.parse(c.member(1))).toList())
        .forEach(s -> stageList.add(s.id()));
    Table table =
        new Table(
            "fiscal_year",
            "stage",
            "amount",
            "readable_ko",
            "readable_en",
            "real_amount",
            "real_unit",
            "real_method");
    ArrayNode points = body.putArray("points");
    for (AggregateResult.Cell c : r.cells()) {
      FiscalYear year = FiscalYear.parse(c.member(0));
      BigDecimal amount = ReadableAmount.plain(c.amount());
      ObjectNode p = points.addObject();
      p.put("fiscal_year", year.value());
      p.put("stage", c.member(1));
      p.put("count", c.count());
      Optional<String> unfilled = unfilled(c);
      if (unfilled.isPresent()) {
        // plotted as a gap, not as 0원: the source left the column empty for this node
        p.putNull("amount");
        p.put("missing", unfilled.get());
        table.row(Arrays.asList(year.value(), c.member(1), null, null, null, null, null, null));
        continue;
      }
      p.put("amount", amount.toPlainString());
      p.set("readable", readable.json(amount));
      Optional<Converted> converted = Optional.empty();
      if (won) {
        try {
          converted = Optional.of(real.convert(amount, d.currency(), year));
        } catch (RealTermsException e) {
          p.put("real_missing", e.getMessage());
        }
      } else {
        p.put(
            "real_missing", "the shipped deflator is for won; this dataset is in " + d.currency());
      }
      converted.ifPresent(
          x -> {
            ObjectNode rn = p.putObject("real");
            rn.put("amount", x.result().toPlainString());
            rn.set("readable", readable.json(x.result()));
            rn.put("unit", x.unit());
            rn.put("method", x.method());
          });
      table.row(
          Arrays.asList(
              year.value(),
              c.member(1),
              amount,
              readable.korean(amount),
              readable.english(amount),
              converted.map(Converted::result).orElse(null),
              converted.map(Converted::unit).orElse(null),
              converted.map(Converted::method).orElse(null)));
    }
    return Reply.listing(body, table);
  }

  /**
   * Why a supplementary stage's point is no figure: a supplementary budget restates every line, so
   * when each of the node's lines is 0 (min = max = 0), the source did not fill that column in
   * (열린재정's 2018 추경정부안) rather than cut the node to nothing.
   */
  private static Optional<String> unfilled(AggregateResult.Cell c) {
    Stage stage = Stage.parse(c.member(1));
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

  private Optional<Integer> defaultBase(TreeSet<Integer> years) {
    return years.descendingSet().stream()
        .filter(y -> y >= deflator.series().firstYear() && y <= deflator.series().lastYear())
        .findFirst();
  }

  private static String measure(ApiRequest request, DatasetInfo d) {
    Optional<String> given = request.query(MEASURE.name()).map(String::strip);
    List<String> ids = d.measures().stream().map(Measure::id).toList();
    if (given.isEmpty()) {
      if (ids.size() == 1) {
        return ids.get(0);
      }
      throw new QueryException(
          MEASURE.name(), 0, "name one measure; " + d.name() + " has " + String.join(", ", ids));
    }
    if (!ids.contains(given.get())) {
      throw new QueryException(
          MEASURE.name(),
          0,
          "unknown measure '" + given.get() + "'; " + d.name() + " has " + String.join(", ", ids));
    }
    return given.get();
  }
}
