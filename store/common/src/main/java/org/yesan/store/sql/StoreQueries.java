package org.yesan.store.sql;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.yesan.model.DatasetInfo;
import org.yesan.model.FiscalYear;
import org.yesan.model.Level;
import org.yesan.model.SourceUnit;
import org.yesan.model.Stage;
import org.yesan.query.AggregateQuery;
import org.yesan.query.AggregateResult;
import org.yesan.query.AmbiguityRule;
import org.yesan.query.Cuts;
import org.yesan.query.Dimensions;
import org.yesan.query.FactsQuery;
import org.yesan.query.FactsResult;
import org.yesan.query.LineItem;
import org.yesan.query.Order;
import org.yesan.store.Slice;
import org.yesan.store.UnknownDatasetException;

/**
 * The reads both SQL stores answer alike, over the one connection a store lends for the read:
 * identifiers come from the dataset's validated model, every value is a bound parameter.
 */
public final class StoreQueries {

  /** Rows a streamed read asks the driver for at a time, so that no result is held whole. */
  private static final int FETCH_ROWS = 10_000;

  /** What queries need of a dataset; a store may keep it between imports. */
  public record DatasetMeta(DatasetInfo info, int id, List<String> stagesInCycleOrder) {
    public DatasetMeta {
      stagesInCycleOrder = List.copyOf(stagesInCycleOrder);
    }
  }

  /** Maps one result row. */
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  @FunctionalInterface
  private interface RowReader {
    void read(ResultSet rs) throws SQLException;
  }

  private final Connection connection;

  public StoreQueries(Connection connection) {
    this.connection = connection;
  }

  public List<DatasetInfo> datasets() {
    List<DatasetInfo> out = new ArrayList<>();
    try (PreparedStatement ps =
            connection.prepareStatement(
                "SELECT name, title, country, currency, source_unit_id, source_unit_label,"
                    + " source_unit_factor, source, licence, model_json, imported_at, content_hash"
                    + " FROM datasets ORDER BY name");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(readDataset(rs));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot list datasets: " + e.getMessage(), e);
    }
    return out;
  }

  private static DatasetInfo readDataset(ResultSet rs) throws SQLException {
    ModelJson model = ModelJson.read(rs.getString(10));
    OffsetDateTime at = rs.getObject(11, OffsetDateTime.class);
    return new DatasetInfo(
        rs.getString(1),
        rs.getString(2),
        Optional.ofNullable(rs.getString(3)),
        rs.getString(4),
        new SourceUnit(rs.getString(5), rs.getString(6), rs.getBigDecimal(7).stripTrailingZeros()),
        rs.getString(8),
        rs.getString(9),
        model.levels(),
        model.hierarchies(),
        model.measures(),
        Optional.ofNullable(at).map(OffsetDateTime::toInstant),
        Optional.ofNullable(rs.getString(12)));
  }

  /** The dataset's id, or an {@link UnknownDatasetException} naming the datasets there are. */
  public int datasetId(String name) {
    List<Integer> ids =
        select("SELECT id FROM datasets WHERE name = ?", List.of(name), rs -> rs.getInt(1));
    if (ids.isEmpty()) {
      throw new UnknownDatasetException(name, datasets());
    }
    return ids.get(0);
  }

  /** What queries need of the named dataset, read afresh. */
  public DatasetMeta meta(String name) {
    DatasetInfo info =
        datasets().stream()
            .filter(d -> d.name().equals(name))
            .findFirst()
            .orElseThrow(() -> new UnknownDatasetException(name, datasets()));
    int id = datasetId(name);
    List<String> stages =
        select(
                "SELECT DISTINCT stage FROM slices WHERE dataset_id = ?",
                List.of(id),
                rs -> Stage.parse(rs.getString(1)))
            .stream()
            .sorted()
            .map(Stage::id)
            .toList();
    return new DatasetMeta(info, id, stages);
  }

  /** The slices of a dataset with their totals, by measure, year, stage and vintage. */
  public List<Slice> slices(int datasetId) {
    List<Slice> out =
        new ArrayList<>(
            select(
                "SELECT sl.measure, sl.fiscal_year, sl.stage, sl.reported_in, sl.facts, sl.total,"
                    + " so.file FROM slices sl JOIN sources so ON so.id = sl.source_id"
                    + " WHERE sl.dataset_id = ?",
                List.of(datasetId),
                rs ->
                    new Slice(
                        rs.getString(1),
                        FiscalYear.of(rs.getInt(2)),
                        Stage.parse(rs.getString(3)),
                        FiscalYear.of(rs.getInt(4)),
                        rs.getLong(5),
                        plain(rs.getBigDecimal(6)),
                        rs.getString(7))));
    out.sort(
        Comparator.comparing(Slice::measure)
            .thenComparing(Slice::fiscalYear)
            .thenComparing(Slice::stage)
            .thenComparing(Slice::reportedIn));
    return out;
  }

  /** Answers an aggregate query exactly; the query is checked against the model first. */
  public AggregateResult aggregate(DatasetMeta m, AggregateQuery query) {
    Dimensions dims = new Dimensions(m.info());
    query.drilldown().validate(dims);
    for (var c : query.cuts().cuts()) {
      dims.require(Cuts.PARAMETER, 0, c.dimension());
    }
    Order order = query.order().validate(query.drilldown());
    AggregateSql sql = new AggregateSql(m.id(), query.withOrder(order), m.stagesInCycleOrder());
    try {
      Map<String, List<String>> spans = new LinkedHashMap<>();
      Set<String> measures = new LinkedHashSet<>();
      Set<String> stages = new LinkedHashSet<>();
      run(
          sql.spans(),
          rs -> {
            measures.add(rs.getString(1));
            stages.add(rs.getString(2));
          });
      spans.put(Dimensions.MEASURE, List.copyOf(measures));
      spans.put(
          Dimensions.STAGE, stages.stream().map(Stage::parse).sorted().map(Stage::id).toList());
      AmbiguityRule.check(query, spans);

      List<AggregateResult.Cell> cells = new ArrayList<>();
      int n = query.drilldown().dimensions().size();
      AggregateResult.Summary[] summary = new AggregateResult.Summary[1];
      run(
          sql.cells(),
          rs -> {
            long count = rs.getLong(n + 2);
            if (n == 0 && count == 0) {
              // No facts pass: there is no cell, not a cell of zero won.
              return;
            }
            List<String> members = new ArrayList<>(n);
            for (int i = 1; i <= n; i++) {
              String v = rs.getString(i);
              members.add(v == null ? "" : v);
            }
            cells.add(
                new AggregateResult.Cell(
                    members,
                    plain(rs.getBigDecimal(n + 1)),
                    count,
                    plain(rs.getBigDecimal(n + 3)),
                    plain(rs.getBigDecimal(n + 4))));
            summary[0] =
                new AggregateResult.Summary(
                    plain(rs.getBigDecimal(n + 5)), rs.getLong(n + 6), rs.getLong(n + 7));
          });
      if (summary[0] == null) {
        // The page is empty (past the end, or nothing passes): ask for the totals alone.
        run(
            sql.summary(),
            rs ->
                summary[0] =
                    new AggregateResult.Summary(
                        plain(rs.getBigDecimal(1)),
                        rs.getLong(2),
                        rs.getLong(2) == 0 ? 0 : rs.getLong(3)));
      }
      return new AggregateResult(query, query.drilldown().dimensions(), cells, summary[0]);
    } catch (SQLException e) {
      throw new StoreException("query failed: " + e.getMessage(), e);
    }
  }

  /** A page of line items with their provenance; the query is checked against the model first. */
  public FactsResult facts(DatasetMeta m, FactsQuery query) {
    validateFacts(m.info(), query);
    AggregateSql sql = AggregateSql.forFacts(m.id(), query, m.stagesInCycleOrder());
    List<String> levels = m.info().levels().stream().map(Level::id).toList();
    List<LineItem> items = new ArrayList<>();
    long[] total = {0};
    try {
      run(sql.facts(levels, query.page()), rs -> items.add(lineItem(rs, levels.size())));
      run(sql.factCount(), rs -> total[0] = rs.getLong(1));
    } catch (SQLException e) {
      throw new StoreException("query failed: " + e.getMessage(), e);
    }
    return new FactsResult(query, items, total[0]);
  }

  /** Streams every line item that passes the cuts, in a stable order. */
  public void forEachLine(DatasetMeta m, FactsQuery query, Consumer<LineItem> consumer) {
    validateFacts(m.info(), query);
    AggregateSql sql =
        AggregateSql.forFacts(m.id(), query.withOrder(Order.none()), m.stagesInCycleOrder());
    List<String> levels = m.info().levels().stream().map(Level::id).toList();
    try {
      run(sql.facts(levels, Optional.empty()), rs -> consumer.accept(lineItem(rs, levels.size())));
    } catch (SQLException e) {
      throw new StoreException("query failed: " + e.getMessage(), e);
    }
  }

  private static void validateFacts(DatasetInfo info, FactsQuery query) {
    Dimensions dims = new Dimensions(info);
    for (var c : query.cuts().cuts()) {
      dims.require(Cuts.PARAMETER, 0, c.dimension());
    }
    query.order().validateFields(dims);
  }

  private static LineItem lineItem(ResultSet rs, int levels) throws SQLException {
    List<Optional<String>> members = new ArrayList<>(levels);
    for (int i = 1; i <= levels; i++) {
      members.add(Optional.ofNullable(rs.getString(i)));
    }
    return new LineItem(
        members,
        rs.getString(levels + 1),
        FiscalYear.of(rs.getInt(levels + 2)),
        Stage.parse(rs.getString(levels + 3)),
        FiscalYear.of(rs.getInt(levels + 4)),
        plain(rs.getBigDecimal(levels + 5)),
        rs.getString(levels + 6),
        rs.getLong(levels + 7));
  }

  /** Exact, without the storage scale's trailing zeros: 368646000000000, not 368646000000000.00. */
  public static BigDecimal plain(BigDecimal v) {
    if (v == null) {
      return BigDecimal.ZERO;
    }
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  private void run(AggregateSql.Statement st, RowReader reader) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(st.sql())) {
      for (int i = 0; i < st.parameters().size(); i++) {
        ps.setObject(i + 1, st.parameters().get(i));
      }
      ps.setFetchSize(FETCH_ROWS);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          reader.read(rs);
        }
      }
    }
  }

  /** Runs read-only SQL over the store for checks that need more than an aggregate. */
  public <T> List<T> select(String sql, List<Object> params, RowMapper<T> mapper) {
    List<T> out = new ArrayList<>();
    try {
      run(new AggregateSql.Statement(sql, params), rs -> out.add(mapper.map(rs)));
    } catch (SQLException e) {
      throw new StoreException("query failed: " + e.getMessage(), e);
    }
    return out;
  }
}
