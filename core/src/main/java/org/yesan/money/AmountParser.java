package org.yesan.money;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads an amount of money written in Korean or English: {@code 728.0조원}, {@code 10조 1,000억원},
 * {@code 3천억 원}, {@code 이천칠백삼십오만원}, {@code 7천 5백만 달러}, {@code KRW 10.1 trillion}, {@code ₩3.3tn},
 * {@code $48.6 billion}, {@code 1,234,567원}.
 *
 * <p>The result is exact, in the currency's base unit, together with the step of the last digit the
 * text wrote, so that a rounded figure can be checked against an exact one. The whole text must be
 * one amount; anything else is an {@link AmountParseException} naming the position. Instances are
 * immutable and thread-safe.
 *
 * <p>Grammar, informally: {@code [sign] [symbol | ISO code] [sign] number [currency]}, where a
 * number is either Korean groups ({@code 1조2천억}, {@code 4천 820만}, digits or Hangul numerals 일…구
 * with 점 for a decimal point) or a decimal with an optional English scale word (trillion/tn,
 * billion/bn/b, million/mn/m, thousand/k). Digits may be grouped by commas in threes. After 달러 or
 * 불, a number of 센트 may follow ({@code 1달러 20센트}).
 */
public final class AmountParser {

  private static final String AMOUNT = "an amount";
  private static final String DIGIT_OR_UNIT = "a digit, a unit (조, 억, 만, 천, 백, 십) or a currency";
  private static final String UNIT = "a unit (조, 억, 만, 천, 백, 십), a scale word or a currency";
  private static final String CURRENCY_OR_END = "a currency or the end of the text";
  private static final String END = "the end of the text";
  private static final String CURRENCY = "a currency (원, ₩, KRW, $, dollars, …)";
  private static final String CENTS = "센트";

  private record ScaleWord(String word, int exponent) {}

  // Longer words first, so that "bn" is never read as "b" followed by a stray "n".
  private static final List<ScaleWord> SCALE_WORDS =
      List.of(
          new ScaleWord("trillion", 12),
          new ScaleWord("billion", 9),
          new ScaleWord("million", 6),
          new ScaleWord("thousand", 3),
          new ScaleWord("tln", 12),
          new ScaleWord("bln", 9),
          new ScaleWord("mln", 6),
          new ScaleWord("tn", 12),
          new ScaleWord("bn", 9),
          new ScaleWord("mn", 6),
          new ScaleWord("b", 9),
          new ScaleWord("m", 6),
          new ScaleWord("k", 3));

  private static final List<CurrencyName.SymbolName> SYMBOLS = CurrencyName.symbols();
  private static final List<CurrencyName.SymbolName> KOREAN = CurrencyName.koreanSpellings();
  private static final List<CurrencyName.SymbolName> ENGLISH = CurrencyName.englishSpellings();

  private final Optional<String> defaultCurrency;

  private AmountParser(Optional<String> defaultCurrency) {
    this.defaultCurrency = defaultCurrency;
  }

  /**
   * A parser that takes text naming no currency ({@code 1조2천억}) to be in {@code currencyCode}.
   *
   * @throws IllegalArgumentException if the code is not ISO 4217
   */
  public static AmountParser defaultingTo(String currencyCode) {
    return new AmountParser(Optional.of(CurrencyName.forCode(currencyCode).code()));
  }

  /** A parser that rejects text naming no currency. */
  public static AmountParser requiringCurrency() {
    return new AmountParser(Optional.empty());
  }

  /**
   * The amount the whole of {@code text} states.
   *
   * @throws AmountParseException if the text is not exactly one amount
   */
  public ParsedAmount parse(String text) {
    Objects.requireNonNull(text, "text");
    return new Reading(text).amount();
  }

  /** One pass over one text; the cursor is the only mutable state and never escapes. */
  private final class Reading {
    private final String text;
    private int at;

    Reading(String text) {
      this.text = text;
    }

    ParsedAmount amount() {
      skipSpace();
      boolean negative = sign();
      skipSpace();
      Optional<CurrencyName> prefix = prefix();
      if (prefix.isPresent()) {
        skipSpace();
        negative = negative || sign();
        skipSpace();
      }
      Figure number = number(false);
      BigDecimal value = number.value();
      BigDecimal step = number.step();
      Optional<CurrencyName> currency = prefix;
      if (prefix.isEmpty()) {
        skipSpace();
        Optional<CurrencyName.SymbolName> suffix = suffix();
        currency = suffix.map(CurrencyName.SymbolName::currency);
        if (suffix.isPresent() && takesCents(suffix.get())) {
          Figure cents = cents();
          value = value.add(cents.value().movePointLeft(2));
          step = step.min(cents.step().movePointLeft(2));
        }
      }
      skipSpace();
      if (!atEnd()) {
        throw error(END);
      }
      String code;
      if (currency.isPresent()) {
        code = currency.get().code();
      } else if (defaultCurrency.isPresent()) {
        code = defaultCurrency.get();
      } else {
        throw error(CURRENCY);
      }
      return new ParsedAmount(
          KoreanWonFormat.plain(negative ? value.negate() : value),
          code,
          currency.isPresent(),
          KoreanWonFormat.plain(step));
    }

    /**
     * Korean groups or an English scaled decimal, up to (not including) a currency or the end; with
     * {@code forCents}, also up to 센트.
     */
    private Figure number(boolean forCents) {
      int start = at;
      BigDecimal total = BigDecimal.ZERO;
      BigDecimal totalStep = null;
      BigDecimal group = BigDecimal.ZERO;
      BigDecimal groupStep = null;
      BigDecimal pending = null;
      int lastBig = Integer.MAX_VALUE;
      int lastSmall = Integer.MAX_VALUE;
      boolean anything = false;
      boolean koreanUnits = false;
      boolean scaleWord = false;
      while (true) {
        skipSpace();
        if (atEnd() || anything && (currencyAhead() || forCents && text.startsWith(CENTS, at))) {
          break;
        }
        if (scaleWord && text.charAt(at) == '-') {
          // "512.3 tln-won": a hyphen between the scale word and the currency.
          at++;
          if (currencyAhead()) {
            break;
          }
          at--;
        }
        if (scaleWord) {
          throw error(CURRENCY_OR_END);
        }
        char c = text.charAt(at);
        if (isDigit(c) || hangulDigit(c) >= 0) {
          if (pending != null) {
            throw error(UNIT);
          }
          pending = isDigit(c) ? digits() : hangulNumeral();
          anything = true;
          continue;
        }
        int small = smallUnit(c);
        if (small > 0) {
          if (small >= lastSmall) {
            throw error("a unit smaller than " + unitSymbol(lastSmall));
          }
          BigDecimal count = pending == null ? BigDecimal.ONE : pending;
          group = group.add(count.movePointRight(small));
          groupStep = min(groupStep, count.ulp().movePointRight(small));
          pending = null;
          lastSmall = small;
          anything = true;
          koreanUnits = true;
          at++;
          continue;
        }
        int big = bigUnit(c);
        if (big > 0) {
          if (big >= lastBig) {
            throw error("a unit smaller than " + unitSymbol(lastBig));
          }
          BigDecimal count;
          BigDecimal countStep;
          if (pending == null && groupStep == null) {
            // A bare 만 or 억 means one of it, as in 만원.
            count = BigDecimal.ONE;
            countStep = BigDecimal.ONE;
          } else {
            count = pending == null ? group : group.add(pending);
            countStep = pending == null ? groupStep : min(groupStep, pending.ulp());
          }
          total = total.add(count.movePointRight(big));
          totalStep = min(totalStep, countStep.movePointRight(big));
          group = BigDecimal.ZERO;
          groupStep = null;
          pending = null;
          lastSmall = Integer.MAX_VALUE;
          lastBig = big;
          anything = true;
          koreanUnits = true;
          at++;
          continue;
        }
        Optional<ScaleWord> scale =
            pending != null && !koreanUnits && !forCents ? scaleWord() : Optional.empty();
        if (scale.isPresent()) {
          int exponent = scale.get().exponent();
          total = pending.movePointRight(exponent);
          totalStep = pending.ulp().movePointRight(exponent);
          pending = null;
          scaleWord = true;
          continue;
        }
        if (!anything) {
          throw error(AMOUNT);
        }
        throw error(pending != null ? UNIT : DIGIT_OR_UNIT);
      }
      if (!anything) {
        at = start;
        throw error(AMOUNT);
      }
      if (pending != null) {
        group = group.add(pending);
        groupStep = min(groupStep, pending.ulp());
      }
      if (groupStep != null) {
        total = total.add(group);
        totalStep = min(totalStep, groupStep);
      }
      return new Figure(total, totalStep);
    }

    /** ASCII digits, grouped in threes by commas if at all, with an optional decimal fraction. */
    private BigDecimal digits() {
      int start = at;
      while (!atEnd() && isDigit(text.charAt(at))) {
        at++;
      }
      int leading = at - start;
      while (!atEnd() && text.charAt(at) == ',') {
        if (leading > 3) {
          throw error("digits grouped in threes");
        }
        at++;
        for (int k = 0; k < 3; k++) {
          if (atEnd() || !isDigit(text.charAt(at))) {
            throw error("three digits after ','");
          }
          at++;
        }
        if (!atEnd() && isDigit(text.charAt(at))) {
          throw error("',' or '.' after three digits");
        }
      }
      if (!atEnd() && text.charAt(at) == '.') {
        at++;
        if (atEnd() || !isDigit(text.charAt(at))) {
          throw error("a digit after '.'");
        }
        while (!atEnd() && isDigit(text.charAt(at))) {
          at++;
        }
      }
      return new BigDecimal(text.substring(start, at).replace(",", ""));
    }

    /** One Hangul digit (일 … 구, 영, 공), with a fraction after 점 or 쩜 (일점이삼 = 1.23). */
    private BigDecimal hangulNumeral() {
      StringBuilder number = new StringBuilder().append(hangulDigit(text.charAt(at)));
      at++;
      if (!atEnd() && (text.charAt(at) == '점' || text.charAt(at) == '쩜')) {
        at++;
        number.append('.');
        if (atEnd() || hangulDigit(text.charAt(at)) < 0) {
          throw error("a Hangul digit (영, 일, 이, … 구) after '점'");
        }
        while (!atEnd() && hangulDigit(text.charAt(at)) >= 0) {
          number.append(hangulDigit(text.charAt(at)));
          at++;
        }
      }
      return new BigDecimal(number.toString());
    }

    /** After 달러 or 불: nothing, or a whole number of 센트 below 100. */
    private boolean takesCents(CurrencyName.SymbolName suffix) {
      return suffix.currency().code().equals("USD")
          && KOREAN.contains(suffix)
          && text.indexOf(CENTS, at) >= 0;
    }

    private Figure cents() {
      skipSpace();
      int start = at;
      Figure cents = number(true);
      if (cents.value().compareTo(BigDecimal.valueOf(100)) >= 0
          || cents.value().stripTrailingZeros().scale() > 0) {
        at = start;
        throw error("a whole number of cents below 100");
      }
      skipSpace();
      if (!text.startsWith(CENTS, at)) {
        throw error("'센트'");
      }
      at += CENTS.length();
      return cents;
    }

    private boolean sign() {
      if (!atEnd() && (text.charAt(at) == '-' || text.charAt(at) == '−')) {
        at++;
        return true;
      }
      // 마이나스 is a common misspelling, and Duckling reads it too.
      for (String word : List.of("마이너스", "마이나스")) {
        if (text.startsWith(word, at)) {
          at += word.length();
          return true;
        }
      }
      return false;
    }

    private Optional<CurrencyName> prefix() {
      for (CurrencyName.SymbolName symbol : SYMBOLS) {
        if (text.regionMatches(true, at, symbol.text(), 0, symbol.text().length())) {
          at += symbol.text().length();
          return Optional.of(symbol.currency());
        }
      }
      Optional<CurrencyName> code = isoCodeAhead();
      code.ifPresent(c -> at += 3);
      return code;
    }

    /** A currency name or symbol written after the number, consumed if present. */
    private Optional<CurrencyName.SymbolName> suffix() {
      for (CurrencyName.SymbolName name : KOREAN) {
        if (text.startsWith(name.text(), at)) {
          at += name.text().length();
          return Optional.of(name);
        }
      }
      for (CurrencyName.SymbolName symbol : SYMBOLS) {
        if (symbol.currency().code().equals("KRW") && text.startsWith(symbol.text(), at)) {
          at += symbol.text().length();
          return Optional.of(symbol);
        }
      }
      for (CurrencyName.SymbolName word : ENGLISH) {
        if (wordAhead(word.text())) {
          at += word.text().length();
          return Optional.of(word);
        }
      }
      Optional<CurrencyName> code = isoCodeAhead();
      code.ifPresent(c -> at += 3);
      return code.map(c -> new CurrencyName.SymbolName(c.code(), c));
    }

    private boolean currencyAhead() {
      int mark = at;
      boolean found = suffix().isPresent();
      at = mark;
      return found;
    }

    private Optional<CurrencyName> isoCodeAhead() {
      if (at + 3 > text.length() || !wordAhead(text.substring(at, at + 3))) {
        return Optional.empty();
      }
      String letters = text.substring(at, at + 3);
      if (!letters.chars().allMatch(ch -> ch < 128 && Character.isLetter(ch))) {
        return Optional.empty();
      }
      try {
        return Optional.of(CurrencyName.forCode(letters));
      } catch (IllegalArgumentException notACode) {
        return Optional.empty();
      }
    }

    private Optional<ScaleWord> scaleWord() {
      for (ScaleWord word : SCALE_WORDS) {
        if (wordAhead(word.word())) {
          at += word.word().length();
          return Optional.of(word);
        }
      }
      return Optional.empty();
    }

    /** Whether {@code word} is next, in any case, and not followed by another letter. */
    private boolean wordAhead(String word) {
      int end = at + word.length();
      return text.regionMatches(true, at, word, 0, word.length())
          && (end == text.length() || !Character.isLetter(text.charAt(end)));
    }

    private void skipSpace() {
      while (!atEnd() && (Character.isWhitespace(text.charAt(at)) || text.charAt(at) == '\u00A0')) {
        at++;
      }
    }

    private boolean atEnd() {
      return at >= text.length();
    }

    private AmountParseException error(String expected) {
      String found = atEnd() ? "end of text" : "'" + Character.toString(text.codePointAt(at)) + "'";
      return new AmountParseException(text, at + 1, expected, found);
    }
  }

  private record Figure(BigDecimal value, BigDecimal step) {}

  private static BigDecimal min(BigDecimal a, BigDecimal b) {
    return a == null ? b : b == null ? a : a.min(b);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int hangulDigit(char c) {
    return "영일이삼사오육칠팔구".indexOf(c) >= 0 ? "영일이삼사오육칠팔구".indexOf(c) : c == '공' ? 0 : -1;
  }

  private static int smallUnit(char c) {
    return switch (c) {
      case '십' -> 1;
      case '백' -> 2;
      case '천' -> 3;
      default -> 0;
    };
  }

  private static int bigUnit(char c) {
    return switch (c) {
      case '만' -> 4;
      case '억' -> 8;
      case '조' -> 12;
      default -> 0;
    };
  }

  private static String unitSymbol(int exponent) {
    return switch (exponent) {
      case 1 -> "십";
      case 2 -> "백";
      case 3 -> "천";
      case 4 -> "만";
      case 8 -> "억";
      case 12 -> "조";
      default -> throw new IllegalArgumentException("no unit for 10^" + exponent);
    };
  }
}
