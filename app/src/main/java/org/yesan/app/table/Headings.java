package org.yesan.app.table;

import java.util.Map;

/**
 * The Korean heading of a field for spreadsheets, whose readers see headings rather than field
 * names; a field without one keeps its name.
 */
public final class Headings {

  private Headings() {}

  private static final Map<String, String> KOREAN =
      Map.ofEntries(
          Map.entry("fiscal_year", "회계연도"),
          Map.entry("reported_in", "보고연도"),
          Map.entry("stage", "단계"),
          Map.entry("measure", "측정항목"),
          Map.entry("ministry", "소관"),
          Map.entry("account", "회계"),
          Map.entry("sub_account", "계정"),
          Map.entry("sector", "분야"),
          Map.entry("subsector", "부문"),
          Map.entry("program", "프로그램"),
          Map.entry("unit_project", "단위사업"),
          Map.entry("amount", "금액(원)"),
          Map.entry("readable", "금액"),
          Map.entry("count", "건수"),
          Map.entry("facts", "건수"),
          Map.entry("dataset", "데이터셋"),
          Map.entry("title", "제목"),
          Map.entry("currency", "통화"),
          Map.entry("share_of_total_pct", "전체 대비 비중(%)"),
          Map.entry("share_of_parent_pct", "상위 대비 비중(%)"),
          Map.entry("source_file", "원본 파일"),
          Map.entry("source_line", "원본 행"));

  /** The Korean heading of {@code field}, or the field name itself. */
  public static String korean(String field) {
    return KOREAN.getOrDefault(field, field);
  }
}
