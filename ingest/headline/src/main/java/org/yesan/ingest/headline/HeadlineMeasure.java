package org.yesan.ingest.headline;

import java.util.Arrays;
import java.util.Optional;
import org.yesan.model.Measure;
import org.yesan.model.Measure.Basis;
import org.yesan.model.Measure.Direction;
import org.yesan.model.Measure.Quantity;
import org.yesan.model.Stage;

/**
 * The national aggregates the headline file holds, each its own measure so that the store never
 * adds one to another (a debt to a total, a supplementary budget's size to the total after it).
 */
public enum HeadlineMeasure {
  /** 총지출: budget accounts plus funds, net of internal transactions. */
  TOTAL_EXPENDITURE(Measure.TOTAL_EXPENDITURE, Rule.TOTAL_ANY_STAGE, false),
  /**
   * 분야별 재원배분: what each of the twelve sectors receives. The allocations overlap and do not add up
   * to total expenditure.
   */
  SECTOR_ALLOCATION(
      new Measure(
          "sector_allocation", "분야별 재원배분", "sector allocation", Direction.EXPENDITURE, Basis.NET),
      Rule.SECTOR_ANY_STAGE,
      false),
  /**
   * 총수입. Published without a gross/net distinction, and by design not equal to total expenditure
   * (the two differ by the fiscal balance), so it is kept as reported and never reconciled with it.
   */
  TOTAL_REVENUE(
      new Measure("total_revenue", "총수입", "total revenue", Direction.REVENUE, Basis.AS_REPORTED),
      Rule.TOTAL_ANY_STAGE,
      false),
  /** 의무지출: spending fixed by law (entitlements, local transfers, interest), part of the total. */
  MANDATORY_SPENDING(
      new Measure(
          "mandatory_spending", "의무지출", "mandatory spending", Direction.EXPENDITURE, Basis.NET),
      Rule.TOTAL_ANY_STAGE,
      false),
  /** 재량지출: the rest of total expenditure, which the government sets each year. */
  DISCRETIONARY_SPENDING(
      new Measure(
          "discretionary_spending",
          "재량지출",
          "discretionary spending",
          Direction.EXPENDITURE,
          Basis.NET),
      Rule.TOTAL_ANY_STAGE,
      false),
  /** 국가채무 (D1): central and local government debt at the end of the fiscal year. */
  NATIONAL_DEBT(
      new Measure("national_debt", "국가채무", "national debt", Direction.OTHER, Basis.AS_REPORTED),
      Rule.TOTAL_ANY_STAGE,
      false),
  /** 국가채무비율: national debt as a percentage of GDP, as published. */
  NATIONAL_DEBT_TO_GDP(
      new Measure(
          "national_debt_to_gdp",
          "국가채무비율(GDP 대비)",
          "national debt to GDP",
          Direction.OTHER,
          Basis.AS_REPORTED,
          Quantity.PERCENT),
      Rule.TOTAL_ANY_STAGE,
      false),
  /** 관리재정수지: the consolidated balance less the social-security funds; a deficit is negative. */
  MANAGED_FISCAL_BALANCE(
      new Measure(
          "managed_fiscal_balance",
          "관리재정수지",
          "managed fiscal balance",
          Direction.OTHER,
          Basis.AS_REPORTED),
      Rule.TOTAL_ANY_STAGE,
      true),
  /** 관리재정수지 as a percentage of GDP, as published; a deficit is negative. */
  MANAGED_FISCAL_BALANCE_TO_GDP(
      new Measure(
          "managed_fiscal_balance_to_gdp",
          "관리재정수지(GDP 대비)",
          "managed fiscal balance to GDP",
          Direction.OTHER,
          Basis.AS_REPORTED,
          Quantity.PERCENT),
      Rule.TOTAL_ANY_STAGE,
      true),
  /**
   * 추경 규모: the size of a supplementary budget itself (as proposed at {@code
   * supplementary_N_proposal}, as passed at {@code supplementary_N}), not the total after it.
   */
  SUPPLEMENTARY_SIZE(
      new Measure(
          "supplementary_size",
          "추경 규모",
          "supplementary budget size",
          Direction.OTHER,
          Basis.AS_REPORTED),
      Rule.SUPPLEMENTARY_ONLY,
      false),
  /** 국회 감액: the Assembly's gross cuts to the government's proposal of the same stage. */
  ASSEMBLY_CUT(
      new Measure(
          "assembly_cut", "국회 감액", "cuts by the Assembly", Direction.OTHER, Basis.AS_REPORTED),
      Rule.PASSED_ONLY,
      false),
  /** 국회 증액: the Assembly's gross additions to the government's proposal of the same stage. */
  ASSEMBLY_ADDITION(
      new Measure(
          "assembly_addition",
          "국회 증액",
          "additions by the Assembly",
          Direction.OTHER,
          Basis.AS_REPORTED),
      Rule.PASSED_ONLY,
      false),
  /** 국회 순증감: the net change the Assembly made, as published; a net cut is negative. */
  ASSEMBLY_NET_CHANGE(
      new Measure(
          "assembly_net_change",
          "국회 순증감",
          "net change by the Assembly",
          Direction.OTHER,
          Basis.AS_REPORTED),
      Rule.PASSED_ONLY,
      true);

  /** Which rows a measure allows: whether it has a sector, and at which stages it exists. */
  enum Rule {
    /** No sector; any stage. */
    TOTAL_ANY_STAGE,
    /** One of the twelve sectors; any stage. */
    SECTOR_ANY_STAGE,
    /** No sector; only a supplementary budget, as proposed or as passed. */
    SUPPLEMENTARY_ONLY,
    /** No sector; only a stage the Assembly passed (enacted, or a supplementary as passed). */
    PASSED_ONLY;

    boolean hasSector() {
      return this == SECTOR_ANY_STAGE;
    }

    boolean allows(Stage stage) {
      return switch (this) {
        case TOTAL_ANY_STAGE, SECTOR_ANY_STAGE -> true;
        case SUPPLEMENTARY_ONLY -> stage.isSupplementary();
        case PASSED_ONLY -> stage.equals(Stage.ENACTED) || stage.kind() == Stage.Kind.SUPPLEMENTARY;
      };
    }

    String stages() {
      return switch (this) {
        case TOTAL_ANY_STAGE, SECTOR_ANY_STAGE -> "any stage";
        case SUPPLEMENTARY_ONLY -> "supplementary_N or supplementary_N_proposal";
        case PASSED_ONLY -> "enacted or supplementary_N (a stage the Assembly passed)";
      };
    }
  }

  private final Measure measure;
  private final Rule rule;
  private final boolean signed;

  HeadlineMeasure(Measure measure, Rule rule, boolean signed) {
    this.measure = measure;
    this.rule = rule;
    this.signed = signed;
  }

  public Measure measure() {
    return measure;
  }

  public String id() {
    return measure.id();
  }

  Rule rule() {
    return rule;
  }

  /** Whether a figure may be negative (a deficit, a net cut); every other figure is positive. */
  public boolean signed() {
    return signed;
  }

  /** The unit the file writes this measure's amounts in: 조원, or % for a percentage. */
  public String unit() {
    return measure.quantity() == Quantity.PERCENT ? "%" : "조원";
  }

  /** The measure with this id, if the headline file knows it. */
  public static Optional<HeadlineMeasure> byId(String id) {
    return Arrays.stream(values()).filter(m -> m.id().equals(id)).findFirst();
  }
}
