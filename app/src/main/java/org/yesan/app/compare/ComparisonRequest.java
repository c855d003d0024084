package org.yesan.app.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yesan.model.DatasetInfo;
import org.yesan.model.FiscalYear;
import org.yesan.model.Stage;
import org.yesan.query.AggregateQuery;
import org.yesan.query.Cuts;
import org.yesan.query.Dimensions;
import org.yesan.query.Drilldown;
import org.yesan.query.QueryException;

/**
 * What to compare: two fiscal years (one stage) or two stages (one year) of a dataset, drilled down
 * and cut; validated at construction, with the errors the CLI and the API both give.
 *
 * @param axis {@code fiscal_year} or {@code stage}
 * @param base the normalised value compared from, such as {@code 2017} or {@code proposal}
 * @param target the normalised value compared to
 */
public record ComparisonRequest(
    String dataset, String axis, String base, String target, Drilldown drilldown, Cuts cuts) {

  /** The parameter that names two years, {@code years} (the CLI's {@code --years}). */
  public static final String YEARS = "years";

  /** The parameter that names two stages, {@code stages} (the CLI's {@code --stages}). */
  public static final String STAGES = "stages";

  public ComparisonRequest {
    if (!axis.equals(Dimensions.FISCAL_YEAR) && !axis.equals(Dimensions.STAGE)) {
      throw new IllegalArgumentException("compare across fiscal_year or stage, not " + axis);
    }
    String parameter = axis.equals(Dimensions.FISCAL_YEAR) ? YEARS : STAGES;
    if (base.equals(target)) {
      throw new QueryException(parameter, 0, "compares " + base + " with itself");
    }
    if (cuts.on(axis).isPresent()) {
      throw new QueryException(
          Cuts.PARAMETER, 0, "cuts " + axis + ", which " + parameter + " already sets; drop one");
    }
  }

  /**
   * The request from the texts both edges take: exactly one of {@code years} ({@code 2017,2018})
   * and {@code stages} ({@code proposal,enacted}), base first.
   */
  public static ComparisonRequest of(
      DatasetInfo dataset,
      Optional<String> years,
      Optional<String> stages,
      Drilldown drilldown,
      Cuts cuts) {
    if (years.isPresent() == stages.isPresent()) {
      throw new QueryException(
          years.isPresent() ? STAGES : YEARS,
          0,
          "give either years=A,B or stages=A,B, "
              + (years.isPresent() ? "not both" : "found neither"));
    }
    boolean byYear = years.isPresent();
    List<String> pair = pair(byYear ? YEARS : STAGES, years.orElseGet(stages::get), byYear);
    return new ComparisonRequest(
        dataset.name(),
        byYear ? Dimensions.FISCAL_YEAR : Dimensions.STAGE,
        pair.get(0),
        pair.get(1),
        drilldown,
        cuts);
  }

  /** The query run once per side, before each side's cut. */
  public AggregateQuery query() {
    return AggregateQuery.of(dataset).withDrilldown(drilldown).withCuts(cuts);
  }

  private static List<String> pair(String parameter, String text, boolean years) {
    String[] parts = text.split(",", -1);
    if (parts.length != 2) {
      throw new QueryException(
          parameter, 0, "expected two values separated by ',', found " + parts.length);
    }
    List<String> out = new ArrayList<>();
    int pos = 1;
    for (String p : parts) {
      try {
        out.add(years ? FiscalYear.parse(p.strip()).toString() : Stage.parse(p.strip()).id());
      } catch (IllegalArgumentException e) {
        throw new QueryException(parameter, pos, e.getMessage());
      }
      pos += p.length() + 1;
    }
    return out;
  }
}
