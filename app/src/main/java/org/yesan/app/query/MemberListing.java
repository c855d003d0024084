package org.yesan.app.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yesan.app.table.Column;
import org.yesan.app.table.ResultTable;
import org.yesan.model.DatasetInfo;
import org.yesan.query.AggregateQuery;
import org.yesan.query.AggregateResult;
import org.yesan.query.Cuts;
import org.yesan.query.Dimensions;
import org.yesan.query.Drilldown;
import org.yesan.store.FactStore;

/**
 * The distinct members of one level that pass the cuts, each with its count of facts, in the
 * store's order: the one way the members listings of {@code /api/v1} and of the Babbage API answer.
 */
public record MemberListing(String level, Map<String, Long> counts) {

  public MemberListing {
    counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
  }

  /**
   * Lists the members; drilling down by measure and stage as well lets the ambiguity rule pass,
   * because members are listed, never summed. An unknown level is a query error naming {@code
   * parameter}.
   */
  public static MemberListing of(
      FactStore store, DatasetInfo dataset, String parameter, String level, Cuts cuts) {
    new Dimensions(dataset).require(parameter, 0, level);
    List<String> by = new ArrayList<>();
    by.add(level);
    for (String extra : List.of(Dimensions.MEASURE, Dimensions.STAGE)) {
      if (!by.contains(extra)) {
        by.add(extra);
      }
    }
    AggregateResult r =
        store.aggregate(
            AggregateQuery.of(dataset.name()).withDrilldown(new Drilldown(by)).withCuts(cuts));
    Map<String, Long> members = new LinkedHashMap<>();
    for (AggregateResult.Cell c : r.cells()) {
      if (!c.member(0).isEmpty()) {
        members.merge(c.member(0), c.count(), Long::sum);
      }
    }
    return new MemberListing(level, members);
  }

  /** The members in order. */
  public List<String> members() {
    return List.copyOf(counts.keySet());
  }

  /** One row per member: the member under the level's name, and {@code count}. */
  public ResultTable table(List<String> members) {
    ResultTable t =
        new ResultTable(Column.ofDimension(level), new Column("count", Column.Kind.COUNT));
    for (String m : members) {
      t.row(m, counts.get(m));
    }
    return t;
  }
}
