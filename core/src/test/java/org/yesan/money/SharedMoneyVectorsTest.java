package org.yesan.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the public money test vectors in shared/test-vectors/numbers through the parser, read from
 * the shared folder at test time (see its README.md for the flags).
 *
 * <p>Not supported, and counted below so that a change in the vectors shows:
 *
 * <ul>
 *   <li>Recognizers CurrencyModel indices 95, 98, 99: machine translations the upstream comment
 *       calls nonsensical in Korean (README: skip them).
 *   <li>Spans with no value (a bare 달러 or 유로 with no number): not amounts.
 *   <li>Subunit-only amounts (센트, 펜스, 페니 on their own): the parent currency is not stated; 센트 after
 *       달러 ({@code 1달러 20센트}) is supported.
 *   <li>Currencies whose Korean name is ambiguous or obsolete: 프랑 (which franc?), 루피 (Indian or Sri
 *       Lankan?), 마르카, 페세타, 휠던.
 *   <li>Duckling intervals ({@code between}, {@code above}, {@code under}: 25000 - 30000원, 5000원
 *       이상): the parser reads one amount; it rejects these with a positioned error.
 * </ul>
 *
 * <p>Korean CurrencyModel index 10 expects 254000000 for 2억 4천 4백만 달러; README notes the correct
 * value is 244000000, which is asserted instead.
 */
class SharedMoneyVectorsTest {

  private static final Path VECTORS =
      Path.of(System.getProperty("yesan.shared", "/work/shared"), "test-vectors", "numbers");

  private static final Set<Integer> NONSENSICAL = Set.of(95, 98, 99);
  private static final Map<Integer, BigDecimal> CORRECTED = Map.of(10, new BigDecimal("244000000"));

  /** Recognizers unit names without an ISO code, as we read them: bare 달러 is USD, 파운드 GBP. */
  private static final Map<String, String> UNIT_CURRENCY =
      Map.of("Dollar", "USD", "Pound", "GBP", "KRW", "KRW", "EUR", "EUR");

  private static final Map<String, String> UNSUPPORTED_UNIT =
      Map.of(
          "Cent", "subunit only",
          "Pence", "subunit only",
          "Penny", "subunit only",
          "Franc", "ambiguous or obsolete currency",
          "Sri Lankan rupee", "ambiguous or obsolete currency",
          "Finnish markka", "ambiguous or obsolete currency",
          "Peseta", "ambiguous or obsolete currency",
          "Netherlands guilder", "ambiguous or obsolete currency");

  private record Vector(String label, String text, BigDecimal value, String currency) {}

  private record Sorted(List<Vector> supported, Map<String, Integer> skipped) {}

  @ParameterizedTest(name = "{0}")
  @MethodSource("recognizersKoreanCurrency")
  void recognizersKoreanCurrency(String label, String text, BigDecimal value, String currency) {
    assertParses(text, value, currency);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ducklingKoreanMoney")
  void ducklingKoreanMoney(String label, String text, BigDecimal value, String currency) {
    assertParses(text, value, currency);
  }

  @Test
  void everyRecognizersSpanIsAssertedOrSkippedForAStatedReason() {
    Sorted sorted = sortRecognizers();
    // python3 over recognizers-korean-CurrencyModel.json: 114 spans in 108 cases; 3 spans in the
    // nonsensical cases, 3 without a value, 9 in subunits, 7 in ambiguous currencies, 92 supported.
    assertThat(sorted.supported()).hasSize(92);
    assertThat(sorted.skipped())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "nonsensical translation", 3,
                "no value", 3,
                "subunit only", 9,
                "ambiguous or obsolete currency", 7));
  }

  @Test
  void everyDucklingEntryIsAssertedOrSkippedForAStatedReason() {
    Sorted sorted = sortDuckling();
    // python3 over duckling-ko-money.json: 49 entries; 27 simple (1 in 센트), 22 intervals.
    assertThat(sorted.supported()).hasSize(26);
    assertThat(sorted.supported().stream().filter(v -> v.currency().equals("KRW"))).hasSize(11);
    assertThat(sorted.skipped())
        .containsExactlyInAnyOrderEntriesOf(Map.of("subunit only", 1, "interval", 22));
  }

  /**
   * Duckling's Korean numerals, read as amounts with no currency named. Not supported: native
   * Korean numerals (하나, 열, 스물, 일흔…), which budget text does not use for money; fractions (사분의삼,
   * 3/4); and 빵, slang for zero.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("ducklingKoreanNumerals")
  void ducklingKoreanNumerals(String label, String text, BigDecimal value) {
    ParsedAmount parsed = AmountParser.defaultingTo("KRW").parse(text);
    assertThat(parsed.amount()).as(text).isEqualByComparingTo(value);
    assertThat(parsed.currencyWritten()).isFalse();
  }

  @Test
  void everyDucklingNumeralIsAssertedOrSkippedForAStatedReason() {
    Sorted sorted = sortNumerals();
    // python3 over duckling-ko-numerals.json: 95 entries; 16 with native numerals, 2 fractions,
    // 1 빵, 76 supported.
    assertThat(sorted.supported()).hasSize(76);
    assertThat(sorted.skipped())
        .containsExactlyInAnyOrderEntriesOf(Map.of("native numeral", 16, "fraction", 2, "빵", 1));
  }

  static Stream<Arguments> ducklingKoreanNumerals() {
    return sortNumerals().supported().stream()
        .map(v -> Arguments.of(v.label(), v.text(), v.value()));
  }

  private static final Pattern NATIVE_NUMERAL =
      Pattern.compile("하나|한|둘|두|셋|넷|다섯|여섯|일곱|여덟|아홉|열|스물|서른|마흔|쉰|예순|일흔|여든|아흔");

  @SuppressWarnings("unchecked")
  private static Sorted sortNumerals() {
    List<Object> entries = (List<Object>) VectorJson.read(read("duckling-ko-numerals.json"));
    List<Vector> supported = new ArrayList<>();
    Map<String, Integer> skipped = new TreeMap<>();
    for (int index = 0; index < entries.size(); index++) {
      Map<String, Object> entry = (Map<String, Object>) entries.get(index);
      String text = (String) entry.get("text");
      if (text.contains("분의") || text.contains("/")) {
        skipped.merge("fraction", 1, Integer::sum);
      } else if (text.contains("빵")) {
        skipped.merge("빵", 1, Integer::sum);
      } else if (NATIVE_NUMERAL.matcher(text).find()) {
        skipped.merge("native numeral", 1, Integer::sum);
      } else {
        supported.add(
            new Vector(
                "numerals[" + index + "] " + text, text, (BigDecimal) entry.get("value"), "KRW"));
      }
    }
    return new Sorted(supported, skipped);
  }

  @SuppressWarnings("unchecked")
  @Test
  void ducklingIntervalsAreRejectedNotMisread() {
    List<Object> entries = (List<Object>) VectorJson.read(read("duckling-ko-money.json"));
    List<String> intervals =
        entries.stream()
            .map(e -> (Map<String, Object>) e)
            .filter(e -> !e.get("kind").equals("simple"))
            .map(e -> (String) e.get("text"))
            .toList();
    assertThat(intervals).hasSize(22);
    for (String text : intervals) {
      assertThatThrownBy(() -> AmountParser.requiringCurrency().parse(text))
          .as(text)
          .isInstanceOf(AmountParseException.class);
    }
  }

  private static void assertParses(String text, BigDecimal value, String currency) {
    ParsedAmount parsed = AmountParser.requiringCurrency().parse(text);
    assertThat(parsed.amount()).as(text).isEqualByComparingTo(value);
    assertThat(parsed.currency()).as(text).isEqualTo(currency);
    assertThat(parsed.interval().contains(value)).isTrue();
  }

  static Stream<Arguments> recognizersKoreanCurrency() {
    return arguments(sortRecognizers());
  }

  static Stream<Arguments> ducklingKoreanMoney() {
    return arguments(sortDuckling());
  }

  private static Stream<Arguments> arguments(Sorted sorted) {
    return sorted.supported().stream()
        .map(v -> Arguments.of(v.label(), v.text(), v.value(), v.currency()));
  }

  @SuppressWarnings("unchecked")
  private static Sorted sortRecognizers() {
    List<Object> cases =
        (List<Object>) VectorJson.read(read("recognizers-korean-CurrencyModel.json"));
    List<Vector> supported = new ArrayList<>();
    Map<String, Integer> skipped = new TreeMap<>();
    for (int index = 0; index < cases.size(); index++) {
      Map<String, Object> kase = (Map<String, Object>) cases.get(index);
      for (Object r : (List<Object>) kase.get("Results")) {
        Map<String, Object> result = (Map<String, Object>) r;
        Map<String, Object> resolution = (Map<String, Object>) result.get("Resolution");
        String text = (String) result.get("Text");
        Optional<String> reason = Optional.empty();
        if (NONSENSICAL.contains(index)) {
          reason = Optional.of("nonsensical translation");
        } else if (resolution.get("value") == null) {
          reason = Optional.of("no value");
        } else if (UNSUPPORTED_UNIT.containsKey((String) resolution.get("unit"))) {
          reason = Optional.of(UNSUPPORTED_UNIT.get((String) resolution.get("unit")));
        }
        if (reason.isPresent()) {
          skipped.merge(reason.get(), 1, Integer::sum);
          continue;
        }
        String iso = (String) resolution.get("isoCurrency");
        String currency = iso != null ? iso : UNIT_CURRENCY.get((String) resolution.get("unit"));
        BigDecimal value =
            CORRECTED.getOrDefault(index, new BigDecimal((String) resolution.get("value")));
        supported.add(new Vector("CurrencyModel[" + index + "] " + text, text, value, currency));
      }
    }
    return new Sorted(supported, skipped);
  }

  @SuppressWarnings("unchecked")
  private static Sorted sortDuckling() {
    List<Object> entries = (List<Object>) VectorJson.read(read("duckling-ko-money.json"));
    List<Vector> supported = new ArrayList<>();
    Map<String, Integer> skipped = new TreeMap<>();
    for (int index = 0; index < entries.size(); index++) {
      Map<String, Object> entry = (Map<String, Object>) entries.get(index);
      String unit = (String) entry.get("unit");
      String text = (String) entry.get("text");
      if (!entry.get("kind").equals("simple")) {
        skipped.merge("interval", 1, Integer::sum);
      } else if (UNSUPPORTED_UNIT.containsKey(unit)) {
        skipped.merge(UNSUPPORTED_UNIT.get(unit), 1, Integer::sum);
      } else {
        supported.add(
            new Vector(
                "duckling[" + index + "] " + text,
                text,
                (BigDecimal) entry.get("value"),
                UNIT_CURRENCY.get(unit)));
      }
    }
    return new Sorted(supported, skipped);
  }

  private static String read(String name) {
    try {
      return Files.readString(VECTORS.resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
