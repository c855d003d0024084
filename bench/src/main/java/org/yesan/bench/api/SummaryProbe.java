package org.yesan.bench.api;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Times, on raw DuckDB, the store's two scans for an aggregate (cells, then summary) against one
 * scan that returns the summary beside the cells with window functions over the groups, to size the
 * fix proposed in docs/benchmarks.md.
 *
 * <p>Usage: {@code SummaryProbe DB REPS}; runs Q2 (by ministry, last year, enacted).
 */
public final class SummaryProbe {

  private SummaryProbe() {}

  public static void main(String[] args) throws Exception {
    Path db = Path.of(args[0]).toAbsolutePath();
    int reps = Integer.parseInt(args[1]);
    String vintage =
        "f.slice_id IN (SELECT id FROM slices s WHERE dataset_id = ? AND reported_in = (SELECT"
            + " coalesce(max(reported_in) FILTER (WHERE reported_in = fiscal_year),"
            + " max(reported_in)) FROM slices t WHERE t.dataset_id = s.dataset_id AND t.measure ="
            + " s.measure AND t.fiscal_year = s.fiscal_year AND t.stage = s.stage))";
    String from =
        " FROM facts_1 f JOIN lines_1 l ON l.line_id = f.line_id WHERE f.fiscal_year IN (?) AND"
            + " f.stage IN (?) AND "
            + vintage;
    List<Object> cut = List.of(2018, "enacted", 1);
    List<Object> paged = new ArrayList<>(cut);
    paged.addAll(List.of(10_000, 0L));
    StoreStatement cells =
        new StoreStatement(
            "cells",
            "SELECT l.l_ministry, sum(f.amount) AS amount, count(*) AS n, min(f.amount),"
                + " max(f.amount)"
                + from
                + " GROUP BY l.l_ministry ORDER BY amount DESC NULLS LAST, l.l_ministry ASC NULLS"
                + " LAST LIMIT ? OFFSET ?",
            paged);
    StoreStatement summary =
        new StoreStatement(
            "summary",
            "SELECT coalesce(sum(f.amount), 0), count(*), count(DISTINCT"
                + " coalesce(CAST(l.l_ministry AS VARCHAR), chr(0)))"
                + from,
            cut);
    StoreStatement windowed =
        new StoreStatement(
            "cells+totals",
            "SELECT l.l_ministry, sum(f.amount) AS amount, count(*) AS n, min(f.amount),"
                + " max(f.amount), sum(sum(f.amount)) OVER () AS total_amount, sum(count(*)) OVER"
                + " () AS total_n, count(*) OVER () AS total_cells"
                + from
                + " GROUP BY l.l_ministry ORDER BY amount DESC NULLS LAST, l.l_ministry ASC NULLS"
                + " LAST LIMIT ? OFFSET ?",
            paged);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
      List<List<Double>> ms = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
      for (int r = -3; r < reps; r++) {
        double[] t = new double[3];
        long t0 = System.nanoTime();
        cells.run(c);
        t[0] = (System.nanoTime() - t0) / 1e6;
        t0 = System.nanoTime();
        cells.run(c);
        summary.run(c);
        t[1] = (System.nanoTime() - t0) / 1e6;
        t0 = System.nanoTime();
        windowed.run(c);
        t[2] = (System.nanoTime() - t0) / 1e6;
        if (r >= 0) {
          for (int i = 0; i < 3; i++) {
            ms.get(i).add(t[i]);
          }
        }
      }
      String[] names = {"cells only", "cells + summary (today)", "cells with window totals"};
      for (int i = 0; i < 3; i++) {
        ms.get(i).sort(null);
        System.out.printf(
            Locale.ROOT,
            "%s: p50 %.1f ms, p99 %.1f ms%n",
            names[i],
            ApiLatency.percentile(ms.get(i), 0.5),
            ApiLatency.percentile(ms.get(i), 0.99));
      }
    }
  }
}
