package org.yesan.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yesan.http.TestServer.q;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Paging through a result, at any page size, returns each row exactly once and nothing else. */
class PaginationProperties {

  private final TestServer s = TestServer.shared();

  /** The 54 ministries of the 2018 enacted budget, one cell each. */
  private static final String MINISTRIES =
      "/api/v1/datasets/kr-openfiscal/aggregate?drilldown=ministry&order=amount:desc&cut="
          + q("fiscal_year:2018|stage:enacted");

  /** The 213 figures of 국방부 (71 lines × 2017 restated, 2018 proposal, 2018 enacted). */
  private static final String DEFENCE_FACTS =
      "/api/v1/datasets/kr-openfiscal/facts?order=amount:desc&cut=" + q("ministry:국방부");

  private List<String> pages(
      String url, String array, int size, java.util.function.Function<JsonNode, String> key) {
    List<String> rows = new ArrayList<>();
    for (int page = 1; ; page++) {
      JsonNode body = s.json(url + "&page=" + page + "&pagesize=" + size);
      JsonNode items = body.get(array);
      assertThat(items.size()).isLessThanOrEqualTo(size);
      if (items.isEmpty()) {
        return rows;
      }
      items.forEach(i -> rows.add(key.apply(i)));
    }
  }

  @Property(tries = 12)
  void aggregateCellsAppearExactlyOnce(@ForAll @IntRange(min = 1, max = 60) int size) {
    List<String> rows =
        pages(
            MINISTRIES,
            "cells",
            size,
            c -> c.at("/ministry").asText() + "=" + c.get("amount").asText());
    assertThat(rows).hasSize(54).doesNotHaveDuplicates();
    assertThat(rows.get(0)).isEqualTo("교육부=64656496485000");
    assertThat(
            rows.stream()
                .map(r -> new java.math.BigDecimal(r.substring(r.indexOf('=') + 1)))
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)
                .toPlainString())
        .isEqualTo("330841352167000");
  }

  @Property(tries = 8)
  void factsAppearExactlyOnce(@ForAll @IntRange(min = 4, max = 250) int size) {
    List<String> rows =
        pages(
            DEFENCE_FACTS,
            "facts",
            size,
            f ->
                f.at("/source_line").asText()
                    + "/"
                    + f.get("fiscal_year").asText()
                    + "/"
                    + f.get("stage").asText());
    assertThat(rows).hasSize(213).doesNotHaveDuplicates();
  }
}
