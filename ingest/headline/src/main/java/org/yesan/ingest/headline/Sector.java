package org.yesan.ingest.headline;

import java.util.Arrays;
import java.util.Optional;

/** The twelve sectors (분야) of Korea's budget allocation tables, with their ids and labels. */
public enum Sector {
  HEALTH_WELFARE_EMPLOYMENT(
      "health_welfare_employment", "보건·복지·고용", "health, welfare & employment"),
  EDUCATION("education", "교육", "education"),
  CULTURE_SPORTS_TOURISM("culture_sports_tourism", "문화·체육·관광", "culture, sports & tourism"),
  ENVIRONMENT("environment", "환경", "environment"),
  RND("rnd", "R&D", "R&D"),
  INDUSTRY_SME_ENERGY("industry_sme_energy", "산업·중소기업·에너지", "industry, SMEs & energy"),
  SOC("soc", "SOC", "SOC (infrastructure)"),
  AGRICULTURE_FISHERIES_FOOD(
      "agriculture_fisheries_food", "농림·수산·식품", "agriculture, fisheries & food"),
  DEFENSE("defense", "국방", "defense"),
  DIPLOMACY_UNIFICATION("diplomacy_unification", "외교·통일", "diplomacy & unification"),
  PUBLIC_ORDER_SAFETY("public_order_safety", "공공질서·안전", "public order & safety"),
  GENERAL_LOCAL_ADMINISTRATION(
      "general_local_administration", "일반·지방행정", "general & local administration");

  private final String id;
  private final String labelKo;
  private final String labelEn;

  Sector(String id, String labelKo, String labelEn) {
    this.id = id;
    this.labelKo = labelKo;
    this.labelEn = labelEn;
  }

  public String id() {
    return id;
  }

  public String labelKo() {
    return labelKo;
  }

  public String labelEn() {
    return labelEn;
  }

  /** The sector with this id, if it is one of the twelve. */
  public static Optional<Sector> byId(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }
}
