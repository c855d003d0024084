package org.yesan.model;

/** One level of a classification, such as 소관 (ministry) or 단위사업 (unit project). */
public record Level(String id, String labelKo, String labelEn) {

  public Level {
    Measure.requireId(id, "level");
    if (labelKo == null || labelKo.isBlank() || labelEn == null || labelEn.isBlank()) {
      throw new IllegalArgumentException("level " + id + " needs a Korean and an English label");
    }
  }

  public static final Level MINISTRY = new Level("ministry", "소관", "ministry");
  public static final Level ACCOUNT = new Level("account", "회계", "account");
  public static final Level SUB_ACCOUNT = new Level("sub_account", "계정", "sub-account");
  public static final Level SECTOR = new Level("sector", "분야", "sector");
  public static final Level SUBSECTOR = new Level("subsector", "부문", "subsector");
  public static final Level PROGRAM = new Level("program", "프로그램", "program");
  public static final Level UNIT_PROJECT = new Level("unit_project", "단위사업", "unit project");
  public static final Level PROJECT = new Level("project", "세부사업", "project");
  public static final Level REVENUE_SECTION =
      new Level("revenue_section", "수입관", "revenue section");
  public static final Level REVENUE_ITEM = new Level("revenue_item", "수입항", "revenue item");
  public static final Level REVENUE_SUBITEM =
      new Level("revenue_subitem", "수입목", "revenue sub-item");
}
