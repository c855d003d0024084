package org.yesan.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** An ordered path of levels from the broadest to the finest, such as 분야→부문. */
public record Hierarchy(String id, String labelKo, String labelEn, List<String> levelIds) {

  public Hierarchy {
    Measure.requireId(id, "hierarchy");
    levelIds = List.copyOf(levelIds);
    if (levelIds.isEmpty()) {
      throw new IllegalArgumentException("hierarchy " + id + " has no levels");
    }
    Set<String> seen = new HashSet<>();
    for (String l : levelIds) {
      if (!seen.add(l)) {
        throw new IllegalArgumentException("hierarchy " + id + " lists level " + l + " twice");
      }
    }
  }

  /** Korean administrative hierarchy: 소관→회계→계정→프로그램→단위사업→세부사업. */
  public static final Hierarchy KR_ADMINISTRATIVE =
      new Hierarchy(
          "administrative",
          "소관별",
          "by ministry",
          List.of("ministry", "account", "sub_account", "program", "unit_project", "project"));

  /** Korean functional hierarchy: 분야→부문→프로그램. */
  public static final Hierarchy KR_FUNCTIONAL =
      new Hierarchy("functional", "기능별", "by function", List.of("sector", "subsector", "program"));

  /** Korean revenue hierarchy: 소관→회계→계정→수입관→수입항→수입목. */
  public static final Hierarchy KR_REVENUE =
      new Hierarchy(
          "revenue",
          "세입",
          "revenue",
          List.of(
              "ministry",
              "account",
              "sub_account",
              "revenue_section",
              "revenue_item",
              "revenue_subitem"));
}
