package org.yesan.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Prints won amounts the way Korean readers count them: compact ({@code 728.0조원}, {@code 4,250억원}),
 * exact mixed ({@code 10조 1,000억원}) or mixed rounded to a unit.
 *
 * <p>Instances are immutable. Compact and rounded forms take their {@link RoundingMode} explicitly;
 * {@link #DEFAULT_ROUNDING} is the one Yesan uses when the user says nothing. With {@link
 * RoundingMode#UNNECESSARY} an amount that would need rounding throws {@link ArithmeticException}.
 */
public final class KoreanWonFormat {

  /** The rounding Korean budget documents use: 반올림, half away from zero. */
  public static final RoundingMode DEFAULT_ROUNDING = RoundingMode.HALF_UP;

  private enum Form {
    COMPACT,
    EXACT,
    MIXED_ROUNDED
  }

  private final Form form;
  private final Map<KoreanUnit, Integer> decimals;
  private final KoreanUnit roundedTo;
  private final RoundingMode rounding;

  private KoreanWonFormat(
      Form form, Map<KoreanUnit, Integer> decimals, KoreanUnit roundedTo, RoundingMode rounding) {
    this.form = form;
    this.decimals = decimals.isEmpty() ? Map.of() : new EnumMap<>(decimals);
    this.roundedTo = roundedTo;
    this.rounding = Objects.requireNonNull(rounding, "rounding");
  }

  /**
   * The compact form: one unit chosen by magnitude (조 from 1조, else 억 from 1억, else 만 from 1만, else
   * 원), with 1 decimal for 조 and none for the others until changed by {@link #withDecimals}.
   *
   * <p>The unit is chosen after rounding, so 9,999.5억 rounded half up prints as {@code 1.0조원}, not
   * {@code 10,000억원}.
   */
  public static KoreanWonFormat compact(RoundingMode rounding) {
    Map<KoreanUnit, Integer> decimals = new EnumMap<>(KoreanUnit.class);
    decimals.put(KoreanUnit.JO, 1);
    decimals.put(KoreanUnit.EOK, 0);
    decimals.put(KoreanUnit.MAN, 0);
    decimals.put(KoreanUnit.WON, 0);
    return new KoreanWonFormat(Form.COMPACT, decimals, KoreanUnit.WON, rounding);
  }

  /**
   * The exact mixed form: every nonzero unit from 조 down to 원, e.g. {@code 2조 5억 3,000만원}; never
   * rounds (a fraction of a won is printed after the 원 digits).
   */
  public static KoreanWonFormat exact() {
    return new KoreanWonFormat(Form.EXACT, Map.of(), KoreanUnit.WON, RoundingMode.UNNECESSARY);
  }

  /**
   * The mixed form after rounding to a multiple of {@code unit}: 10,100,012,345,678원 to 억 is {@code
   * 10조 1,000억원}. An amount that rounds to zero prints as {@code 0억원}, keeping the precision.
   */
  public static KoreanWonFormat mixedRoundedTo(KoreanUnit unit, RoundingMode rounding) {
    return new KoreanWonFormat(Form.MIXED_ROUNDED, Map.of(), unit, rounding);
  }

  /**
   * A copy of this compact format that prints amounts shown in {@code unit} with {@code places}.
   */
  public KoreanWonFormat withDecimals(KoreanUnit unit, int places) {
    if (form != Form.COMPACT) {
      throw new IllegalStateException("only the compact form has decimals per unit");
    }
    if (places < 0) {
      throw new IllegalArgumentException("decimals must not be negative: " + places);
    }
    Map<KoreanUnit, Integer> changed = new EnumMap<>(decimals);
    changed.put(unit, places);
    return new KoreanWonFormat(form, changed, roundedTo, rounding);
  }

  /** The rounding this format applies ({@link RoundingMode#UNNECESSARY} for the exact form). */
  public RoundingMode rounding() {
    return rounding;
  }

  /** The text for {@code won}, e.g. {@code 368.7조원}. */
  public String format(BigDecimal won) {
    return formatDetailed(won).text();
  }

  /** The text for {@code won}, with what it stands for and whether it was rounded. */
  public FormattedAmount formatDetailed(BigDecimal won) {
    Objects.requireNonNull(won, "won");
    return switch (form) {
      case COMPACT -> compactForm(won);
      case EXACT -> new FormattedAmount(mixed(won), won, exactStep(won), false, describeRounding());
      case MIXED_ROUNDED -> mixedRounded(won);
    };
  }

  /**
   * The rule this format applies to every amount, e.g. {@code 0.1조원 / 1억원 / 1만원 / 1원 단위,
   * 반올림(HALF_UP)}.
   */
  public String describeRounding() {
    return switch (form) {
      case COMPACT ->
          List.of(KoreanUnit.JO, KoreanUnit.EOK, KoreanUnit.MAN, KoreanUnit.WON).stream()
                  .map(this::stepLabel)
                  .collect(Collectors.joining(" / "))
              + " 단위, "
              + RoundingWords.korean(rounding);
      case EXACT -> "반올림 없음(정확한 금액)";
      case MIXED_ROUNDED -> "1" + roundedTo.symbol() + "원 단위, " + RoundingWords.korean(rounding);
    };
  }

  private String stepLabel(KoreanUnit unit) {
    return BigDecimal.ONE.movePointLeft(decimals.get(unit)).toPlainString() + unit.symbol() + "원";
  }

  private FormattedAmount compactForm(BigDecimal won) {
    KoreanUnit unit = KoreanUnit.WON;
    for (KoreanUnit candidate : KoreanUnit.values()) {
      if (won.abs().compareTo(candidate.value()) >= 0) {
        unit = candidate;
      }
    }
    BigDecimal inUnit = unit.fromWon(won).setScale(decimals.get(unit), rounding);
    // Rounding can carry 9,999.5억 up to 10,000억; that is shown in the next unit instead.
    while (unit != KoreanUnit.JO && inUnit.abs().compareTo(BigDecimal.valueOf(10_000)) >= 0) {
      unit = unit.larger();
      inUnit = unit.fromWon(won).setScale(decimals.get(unit), rounding);
    }
    BigDecimal shown = inUnit.movePointRight(unit.exponent());
    String text = GroupedDigits.of(inUnit) + unit.symbol() + "원";
    BigDecimal step =
        BigDecimal.ONE.movePointLeft(decimals.get(unit)).movePointRight(unit.exponent());
    return new FormattedAmount(
        text,
        shown,
        plain(step),
        shown.compareTo(won) != 0,
        stepLabel(unit) + " 단위, " + RoundingWords.korean(rounding));
  }

  private FormattedAmount mixedRounded(BigDecimal won) {
    BigDecimal shown =
        roundedTo.fromWon(won).setScale(0, rounding).movePointRight(roundedTo.exponent());
    String text = shown.signum() == 0 ? "0" + roundedTo.symbol() + "원" : mixed(shown);
    return new FormattedAmount(
        text, plain(shown), roundedTo.value(), shown.compareTo(won) != 0, describeRounding());
  }

  private static String mixed(BigDecimal won) {
    if (won.signum() == 0) {
      return "0원";
    }
    BigDecimal rest = won.abs();
    List<String> parts = new ArrayList<>();
    for (KoreanUnit unit : List.of(KoreanUnit.JO, KoreanUnit.EOK, KoreanUnit.MAN)) {
      BigDecimal count = unit.fromWon(rest).setScale(0, RoundingMode.DOWN);
      if (count.signum() != 0) {
        parts.add(GroupedDigits.of(count) + unit.symbol());
        rest = rest.subtract(count.movePointRight(unit.exponent()));
      }
    }
    if (rest.signum() != 0) {
      parts.add(GroupedDigits.of(plain(rest)));
    }
    return (won.signum() < 0 ? "-" : "") + String.join(" ", parts) + "원";
  }

  private static BigDecimal exactStep(BigDecimal won) {
    return BigDecimal.ONE.movePointLeft(Math.max(0, won.stripTrailingZeros().scale()));
  }

  /** Drops trailing zeros of the fraction but never writes an exponent: 1.50 → 1.5, 100 → 100. */
  static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
