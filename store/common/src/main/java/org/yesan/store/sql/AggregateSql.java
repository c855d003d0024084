package org.yesan.store.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yesan.query.AggregateQuery;
import org.yesan.query.Cut;
import org.yesan.query.Dimensions;
import org.yesan.query.FactsQuery;
import org.yesan.query.Order;
import org.yesan.query.Page;

/**
 * Translates an {@link AggregateQuery} into parameterised SQL that DuckDB and PostgreSQL both run.
 * Identifiers come only from the dataset's validated model; every user-supplied value is a bound
 * parameter.
 *
 * <p>Facts ({@code f}) carry the year, stage, measure and vintage; their members live once per
 * distinct path in the line table ({@code l}), joined only when a query names a level.
 */
public final class AggregateSql {

  /** SQL text with its parameters in order. */
  public record Statement(String sql, List<Object> parameters) {}

  private final int datasetId;
  private final AggregateQuery query;
  private final List<String> stagesInCycleOrder;

  AggregateSql(int datasetId, AggregateQuery query) {
    this(datasetId, query, List.of());
  }

  /**
   * @param stagesInCycleOrder the dataset's stage ids from proposal to execution, so that ordering
   *     by stage follows the budget cycle rather than the alphabet
   */
  AggregateSql(int datasetId, AggregateQuery query, List<String> stagesInCycleOrder) {
    this.datasetId = datasetId;
    this.query = query;
    this.stagesInCycleOrder = List.copyOf(stagesInCycleOrder);
  }

  /** SQL for line items: the same cuts and vintage rule as aggregates, without grouping. */
  static AggregateSql forFacts(int datasetId, FactsQuery facts, List<String> stagesInCycleOrder) {
    return new AggregateSql(
        datasetId,
        AggregateQuery.of(facts.dataset()).withCuts(facts.cuts()).withOrder(facts.order()),
        stagesInCycleOrder);
  }

  /** The qualified column of a dimension. */
  static String column(String dimension) {
    return Dimensions.BUILT_IN.contains(dimension)
        ? "f." + dimension
        : "l." + TableNames.levelColumn(dimension);
  }

  private static boolean isLevel(String dimension) {
    return !Dimensions.BUILT_IN.contains(dimension);
  }

  private boolean needsLines() {
    return query.drilldown().dimensions().stream().anyMatch(AggregateSql::isLevel)
        || query.cuts().cuts().stream().anyMatch(c -> isLevel(c.dimension()))
        || query.order().keys().stream()
            .anyMatch(
                k ->
                    isLevel(k.field())
                        && !k.field().equals(Order.AMOUNT)
                        && !k.field().equals(Order.COUNT));
  }

  private String from(boolean lines) {
    String facts = TableNames.factTable(datasetId) + " f";
    return lines
        ? facts + " JOIN " + TableNames.lineTable(datasetId) + " l ON l.line_id = f.line_id"
        : facts;
  }

  /** An ORDER BY term for a dimension; stages sort in cycle order, with bound parameters. */
  private String orderTerm(String dimension, String column, List<Object> params) {
    if (!dimension.equals(Dimensions.STAGE) || stagesInCycleOrder.isEmpty()) {
      return column;
    }
    StringBuilder b = new StringBuilder("CASE ").append(column);
    for (int i = 0; i < stagesInCycleOrder.size(); i++) {
      b.append(" WHEN ? THEN ").append(i);
      params.add(stagesInCycleOrder.get(i));
    }
    return b.append(" ELSE ").append(stagesInCycleOrder.size()).append(" END").toString();
  }

  /**
   * The WHERE clause shared by every statement: the query's cuts, and — unless the query names a
   * vintage — only each year's preferred report: the year's own book where there is one, else the
   * latest restatement.
   */
  private String where(List<Object> params) {
    List<String> clauses = new ArrayList<>();
    for (Cut c : query.cuts().cuts()) {
      clauses.add(cutClause(column(c.dimension()), c, params));
    }
    boolean vintageNamed =
        query.cuts().on(Dimensions.REPORTED_IN).isPresent()
            || query.drilldown().contains(Dimensions.REPORTED_IN);
    if (!vintageNamed) {
      clauses.add(
          "f.slice_id IN (SELECT id FROM slices s WHERE dataset_id = ? AND reported_in = ("
              + "SELECT coalesce(max(reported_in) FILTER (WHERE reported_in = fiscal_year),"
              + " max(reported_in)) FROM slices t WHERE t.dataset_id = s.dataset_id"
              + " AND t.measure = s.measure AND t.fiscal_year = s.fiscal_year"
              + " AND t.stage = s.stage))");
      params.add(datasetId);
    }
    return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
  }

  /** One cut as SQL on the given column: a year range, or a set of bound values. */
  private static String cutClause(String column, Cut c, List<Object> params) {
    if (c.range().isPresent()) {
      params.add(c.range().get().from());
      params.add(c.range().get().to());
      return column + " BETWEEN ? AND ?";
    }
    boolean numeric =
        c.dimension().equals(Dimensions.FISCAL_YEAR)
            || c.dimension().equals(Dimensions.REPORTED_IN);
    List<String> marks = new ArrayList<>();
    for (String v : c.values()) {
      marks.add("?");
      params.add(numeric ? (Object) Integer.valueOf(v) : v);
    }
    return column + " IN (" + String.join(", ", marks) + ")";
  }

  /** The page of cells. */
  Statement cells() {
    List<Object> params = new ArrayList<>();
    List<String> dims = query.drilldown().dimensions().stream().map(AggregateSql::column).toList();
    String select = dims.isEmpty() ? "" : String.join(", ", dims) + ", ";
    StringBuilder sql =
        new StringBuilder("SELECT ")
            .append(select)
            .append("sum(f.amount) AS amount, count(*) AS n, min(f.amount), max(f.amount),")
            // Window totals run after grouping and before LIMIT: the whole result's summary
            // rides on every row of the page, sparing a second scan.
            .append(" sum(sum(f.amount)) OVER (), sum(count(*)) OVER (), count(*) OVER () FROM ")
            .append(from(needsLines()))
            .append(where(params));
    if (!dims.isEmpty()) {
      sql.append(" GROUP BY ").append(String.join(", ", dims));
    }
    List<String> order = new ArrayList<>();
    for (Order.Key k : query.order().keys()) {
      String f =
          switch (k.field()) {
            case Order.AMOUNT -> "amount";
            case Order.COUNT -> "n";
            default -> orderTerm(k.field(), column(k.field()), params);
          };
      order.add(f + (k.descending() ? " DESC" : " ASC") + " NULLS LAST");
    }
    // A stable total order, so that pages never overlap or skip rows.
    for (String d : query.drilldown().dimensions()) {
      order.add(orderTerm(d, column(d), params) + " ASC NULLS LAST");
    }
    if (!order.isEmpty()) {
      sql.append(" ORDER BY ").append(String.join(", ", order));
    }
    query
        .page()
        .ifPresent(
            p -> {
              sql.append(" LIMIT ? OFFSET ?");
              params.add(p.size());
              params.add(p.offset());
            });
    return new Statement(sql.toString(), params);
  }

  /** The grand total, fact count and cell count over the whole result. */
  Statement summary() {
    List<Object> params = new ArrayList<>();
    List<String> dims = query.drilldown().dimensions().stream().map(AggregateSql::column).toList();
    String from = from(needsLines()) + where(params);
    if (dims.isEmpty()) {
      return new Statement("SELECT coalesce(sum(f.amount), 0), count(*), 1 FROM " + from, params);
    }
    // Counting the groups themselves counts a cell whose members are missing (NULL) as one cell,
    // in every SQL dialect; count(DISTINCT …) would skip it.
    String sql =
        "SELECT coalesce(sum(g.amount), 0), coalesce(sum(g.n), 0), count(*) FROM (SELECT"
            + " sum(f.amount) AS amount, count(*) AS n FROM "
            + from
            + " GROUP BY "
            + String.join(", ", dims)
            + ") g";
    return new Statement(sql, params);
  }

  /** The page of line items, or all of them when no page is given, in a stable order. */
  Statement facts(List<String> levelIds, Optional<Page> page) {
    List<Object> params = new ArrayList<>();
    List<String> cols = new ArrayList<>();
    for (String l : levelIds) {
      cols.add("l." + TableNames.levelColumn(l));
    }
    cols.addAll(
        List.of(
            "f.measure",
            "f.fiscal_year",
            "f.stage",
            "f.reported_in",
            "f.amount",
            "src.file",
            "f.source_line"));
    StringBuilder sql =
        new StringBuilder("SELECT ")
            .append(String.join(", ", cols))
            .append(" FROM ")
            .append(from(true))
            .append(" JOIN sources src ON src.id = f.source_id")
            .append(where(params));
    List<String> order = new ArrayList<>();
    for (Order.Key k : query.order().keys()) {
      String f =
          k.field().equals(Order.AMOUNT)
              ? "f.amount"
              : orderTerm(k.field(), column(k.field()), params);
      order.add(f + (k.descending() ? " DESC" : " ASC") + " NULLS LAST");
    }
    order.add("f.slice_id");
    order.add("f.source_id");
    order.add("f.source_line");
    sql.append(" ORDER BY ").append(String.join(", ", order));
    page.ifPresent(
        p -> {
          sql.append(" LIMIT ? OFFSET ?");
          params.add(p.size());
          params.add(p.offset());
        });
    return new Statement(sql.toString(), params);
  }

  /** How many line items pass the cuts. */
  Statement factCount() {
    List<Object> params = new ArrayList<>();
    return new Statement("SELECT count(*) FROM " + from(needsLines()) + where(params), params);
  }

  /**
   * The distinct measures and stages the query's facts span, for the ambiguity rule. It reads the
   * small slices table rather than the facts, so it ignores cuts on classification levels: it may
   * call a query ambiguous that a level cut would have narrowed to one measure, never the reverse.
   */
  Statement spans() {
    List<Object> params = new ArrayList<>();
    List<String> clauses = new ArrayList<>();
    clauses.add("dataset_id = ?");
    params.add(datasetId);
    for (Cut c : query.cuts().cuts()) {
      if (Dimensions.BUILT_IN.contains(c.dimension())) {
        clauses.add(cutClause(c.dimension(), c, params));
      }
    }
    String sql =
        "SELECT DISTINCT measure, stage FROM slices WHERE "
            + String.join(" AND ", clauses)
            + " ORDER BY measure, stage";
    return new Statement(sql, params);
  }
}
