package org.yesan.targets;

import java.util.Locale;
import java.util.Optional;

/** A dated step of a budget's year: Cabinet approval, submission, the budget address, passage. */
public enum CycleEventKind {
  CABINET_APPROVAL,
  SUBMISSION,
  BUDGET_ADDRESS,
  PASSAGE;

  /** The name as written in the data files: {@code cabinet_approval}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<CycleEventKind> parse(String code) {
    for (CycleEventKind k : values()) {
      if (k.code().equals(code)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
