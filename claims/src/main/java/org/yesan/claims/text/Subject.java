package org.yesan.claims.text;

import java.util.List;
import java.util.Objects;

/**
 * What a figure is about, as the glossary defines it: total spending, a sector, a theme, a program,
 * or something that is not a budget figure at all (a currency swap line, a fund's target size).
 *
 * @param id stable id, e.g. {@code sector:defense}
 * @param labelEn English label for reports
 * @param labelKo Korean label for reports
 * @param kind whether it is the whole budget, a part of it, or not a budget figure
 * @param phrases the words in a text that name it, English and Korean
 * @param targets where its figures are, in order of preference; empty when no dataset has them
 * @param missing what to tell the reader when no target is in the store
 */
public record Subject(
    String id,
    String labelEn,
    String labelKo,
    Kind kind,
    List<String> phrases,
    List<SubjectTarget> targets,
    String missing) {

  /** The role of a subject in the budget. */
  public enum Kind {
    /** The whole budget: total spending (총지출) or a gross total (총계). */
    TOTAL,
    /** A part of the budget: a sector, a ministry, a program, a theme. */
    PART,
    /**
     * A fiscal figure that is not spending: debt, revenue, a balance. Never compared with spending.
     */
    FISCAL,
    /** Not a budget figure: a currency swap, a fund target, GDP. */
    NOT_BUDGET
  }

  public Subject {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    phrases = List.copyOf(phrases);
    targets = List.copyOf(targets);
    Objects.requireNonNull(missing, "missing");
  }

  /** A generic word such as "budget" or 예산 names the total only when nothing more specific does. */
  public boolean isGeneric() {
    return kind == Kind.TOTAL && id.equals("total");
  }
}
