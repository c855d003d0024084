package org.yesan.money;

import java.math.RoundingMode;

/** The Korean and English names of a rounding mode, for the descriptions formatters give. */
final class RoundingWords {

  private RoundingWords() {}

  /** E.g. {@code 반올림(HALF_UP)}; the enum name is kept so that the rule is unambiguous. */
  static String korean(RoundingMode mode) {
    String word =
        switch (mode) {
          case HALF_UP -> "반올림";
          case HALF_EVEN -> "짝수 반올림";
          case HALF_DOWN -> "오사오입";
          case DOWN -> "버림";
          case UP -> "올림";
          case FLOOR -> "내림";
          case CEILING -> "올림(양의 방향)";
          case UNNECESSARY -> "반올림 없음";
        };
    return word + "(" + mode.name() + ")";
  }

  /** E.g. {@code rounded half up (HALF_UP)}. */
  static String english(RoundingMode mode) {
    String word =
        switch (mode) {
          case HALF_UP -> "rounded half up";
          case HALF_EVEN -> "rounded half to even";
          case HALF_DOWN -> "rounded half down";
          case DOWN -> "truncated toward zero";
          case UP -> "rounded away from zero";
          case FLOOR -> "rounded down";
          case CEILING -> "rounded up";
          case UNNECESSARY -> "not rounded";
        };
    return word + " (" + mode.name() + ")";
  }
}
