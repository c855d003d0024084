package org.yesan.bench.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One typical API request of the benchmark, with the values the store binds for each aggregate it
 * runs to answer it (cut values in cut order; the page, when the request is paged).
 */
record BenchQuery(
    String id, String description, String path, Map<String, String> query, List<Call> calls) {

  /**
   * One {@code store.aggregate} call: the values of every cut in order, those of the built-in
   * dimensions only (the ambiguity check on the slices table skips level cuts), and the LIMIT and
   * OFFSET of its page if it has one.
   */
  record Call(List<Object> cutValues, List<Object> builtInCutValues, Optional<List<Object>> page) {}

  static final String DATASET_PATH = "/api/v1/datasets/" + GeneratedBudget.DATASET;

  /** The request target, percent-encoded: {@code /api/v1/datasets/x/aggregate?drilldown=…}. */
  String target() {
    List<String> parts = new ArrayList<>();
    query.forEach((k, v) -> parts.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return path + (parts.isEmpty() ? "" : "?" + String.join("&", parts));
  }

  private static Map<String, String> params(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  /** The server's default page: its maximum page size, first page. */
  static final List<Object> DEFAULT_PAGE = List.of(10_000, 0L);

  /** The five typical queries, on the last generated year and the enacted budget. */
  static List<BenchQuery> typical(int year, String ministry) {
    String y = Integer.toString(year);
    return List.of(
        new BenchQuery(
            "Q1 years",
            "total by fiscal_year, enacted (12 cells over 3.3 M facts)",
            DATASET_PATH + "/aggregate",
            params("drilldown", "fiscal_year", "cut", "stage:enacted"),
            List.of(new Call(List.of("enacted"), List.of("enacted"), Optional.of(DEFAULT_PAGE)))),
        new BenchQuery(
            "Q2 ministries",
            "by ministry, " + y + " enacted, amount desc (50 cells)",
            DATASET_PATH + "/aggregate",
            params(
                "drilldown",
                "ministry",
                "cut",
                "fiscal_year:" + y + "|stage:enacted",
                "order",
                "amount:desc"),
            List.of(
                new Call(
                    List.of(year, "enacted"),
                    List.of(year, "enacted"),
                    Optional.of(DEFAULT_PAGE)))),
        new BenchQuery(
            "Q3 sectors",
            "by sector,subsector, " + y + " enacted",
            DATASET_PATH + "/aggregate",
            params("drilldown", "sector,subsector", "cut", "fiscal_year:" + y + "|stage:enacted"),
            List.of(
                new Call(
                    List.of(year, "enacted"),
                    List.of(year, "enacted"),
                    Optional.of(DEFAULT_PAGE)))),
        new BenchQuery(
            "Q4 top programs",
            "top 50 programs of " + ministry + ", " + y + " enacted",
            DATASET_PATH + "/aggregate",
            params(
                "drilldown",
                "program",
                "cut",
                "ministry:" + ministry + "|fiscal_year:" + y + "|stage:enacted",
                "order",
                "amount:desc",
                "pagesize",
                "50"),
            List.of(
                new Call(
                    List.of(ministry, year, "enacted"),
                    List.of(year, "enacted"),
                    Optional.of(List.of(50, 0L))))),
        new BenchQuery(
            "Q5 compare",
            "proposal vs enacted by ministry, " + y + " (/compare)",
            DATASET_PATH + "/compare",
            params(
                "stages", "proposal,enacted", "drilldown", "ministry", "cut", "fiscal_year:" + y),
            List.of(
                new Call(List.of(year, "proposal"), List.of(year, "proposal"), Optional.empty()),
                new Call(List.of(year, "enacted"), List.of(year, "enacted"), Optional.empty()))));
  }
}
