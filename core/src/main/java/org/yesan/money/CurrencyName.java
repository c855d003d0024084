package org.yesan.money;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How one currency is written: its ISO 4217 code, symbol, English words and Korean names.
 *
 * @param code ISO 4217 code, e.g. {@code KRW}
 * @param symbol the prefix symbol, e.g. {@code $}; empty where none is unambiguous
 * @param singular the English word for one unit ({@code dollar})
 * @param plural the English word for many ({@code dollars}); also used after "billion"
 * @param englishNames every English spelling the parser accepts after a number, lower case
 * @param koreanNames every Korean spelling the parser accepts after a number ({@code 달러}, {@code
 *     불})
 */
public record CurrencyName(
    String code,
    Optional<String> symbol,
    String singular,
    String plural,
    List<String> englishNames,
    List<String> koreanNames) {

  public CurrencyName {
    englishNames = List.copyOf(englishNames);
    koreanNames = List.copyOf(koreanNames);
  }

  // A bare 달러 or "dollars" is taken as US dollars, and 파운드 as pounds sterling, as Korean and
  // English news text does; ¥ is taken as yen because Chinese text writes 元 or 위안 instead.
  private static final List<CurrencyName> KNOWN =
      List.of(
          of("KRW", "₩", "won", "won", List.of("won", "korean won"), List.of("원")),
          of(
              "USD",
              "$",
              "dollar",
              "dollars",
              List.of("dollars", "dollar", "us dollars", "us dollar", "u.s. dollars"),
              List.of("달러", "불", "미국 달러", "미국달러", "미 달러", "미달러", "us달러")),
          of(
              "CAD",
              "C$",
              "Canadian dollar",
              "Canadian dollars",
              List.of("canadian dollars", "canadian dollar"),
              List.of("캐나다 달러", "캐나다달러")),
          of(
              "AUD",
              "A$",
              "Australian dollar",
              "Australian dollars",
              List.of("australian dollars", "australian dollar"),
              List.of("호주 달러", "호주달러")),
          of(
              "HKD",
              "HK$",
              "Hong Kong dollar",
              "Hong Kong dollars",
              List.of("hong kong dollars", "hong kong dollar"),
              List.of("홍콩 달러", "홍콩달러")),
          of("EUR", "€", "euro", "euros", List.of("euros", "euro"), List.of("유로")),
          of(
              "GBP",
              "£",
              "pound",
              "pounds",
              List.of("pounds sterling", "pounds", "pound"),
              List.of("영국 파운드", "파운드")),
          of("JPY", "¥", "yen", "yen", List.of("japanese yen", "yen"), List.of("일본 엔", "엔")),
          of("CNY", "", "yuan", "yuan", List.of("chinese yuan", "yuan"), List.of("중국 위안", "위안")),
          of(
              "CHF",
              "",
              "Swiss franc",
              "Swiss francs",
              List.of("swiss francs", "swiss franc"),
              List.of("스위스 프랑")),
          of("MDL", "", "leu", "lei", List.of("moldovan lei", "lei", "leu"), List.of("몰도바 레우")),
          of("GEL", "", "lari", "lari", List.of("georgian lari", "lari"), List.of("라리")),
          of("LAK", "", "kip", "kip", List.of("lao kip", "kip"), List.of("킵")),
          of("CRC", "₡", "colón", "colones", List.of("colones", "colón"), List.of("콜론")));

  private static CurrencyName of(
      String code,
      String symbol,
      String singular,
      String plural,
      List<String> englishNames,
      List<String> koreanNames) {
    return new CurrencyName(
        code,
        symbol.isEmpty() ? Optional.empty() : Optional.of(symbol),
        singular,
        plural,
        englishNames,
        koreanNames);
  }

  /**
   * The names of the currency with this ISO code; an unlisted but valid code is written by its code
   * alone ({@code 48.6 billion XOF}).
   *
   * @throws IllegalArgumentException if {@code code} is not an ISO 4217 code
   */
  public static CurrencyName forCode(String code) {
    String upper = code.toUpperCase(Locale.ROOT);
    return KNOWN.stream()
        .filter(c -> c.code.equals(upper))
        .findFirst()
        .orElseGet(
            () -> {
              java.util.Currency.getInstance(upper);
              return of(upper, "", upper, upper, List.of(), List.of());
            });
  }

  /** The currencies whose words and symbols the parser knows. */
  public static List<CurrencyName> known() {
    return KNOWN;
  }

  /** Number of digits after the decimal point in the currency's minor unit (0 for won, 2 for $). */
  public int fractionDigits() {
    return Math.max(0, java.util.Currency.getInstance(code).getDefaultFractionDigits());
  }

  /** Every symbol the parser accepts, longest first so that HK$ wins over $. */
  static List<SymbolName> symbols() {
    return Stream.concat(
            KNOWN.stream().flatMap(c -> c.symbol.stream().map(s -> new SymbolName(s, c))),
            Stream.of(new SymbolName("US$", forCode("USD")), new SymbolName("￦", forCode("KRW"))))
        .sorted(Comparator.comparingInt((SymbolName s) -> s.text().length()).reversed())
        .toList();
  }

  /** One spelling of a currency, as the parser matches it. */
  record SymbolName(String text, CurrencyName currency) {}

  /** Every Korean name, longest first so that 미국 달러 wins over 달러. */
  static List<SymbolName> koreanSpellings() {
    return KNOWN.stream()
        .flatMap(c -> c.koreanNames.stream().map(n -> new SymbolName(n, c)))
        .sorted(Comparator.comparingInt((SymbolName s) -> s.text().length()).reversed())
        .toList();
  }

  /** Every English word, longest first so that "us dollars" wins over "dollars". */
  static List<SymbolName> englishSpellings() {
    return KNOWN.stream()
        .flatMap(c -> c.englishNames.stream().map(n -> new SymbolName(n, c)))
        .sorted(Comparator.comparingInt((SymbolName s) -> s.text().length()).reversed())
        .toList();
  }
}
