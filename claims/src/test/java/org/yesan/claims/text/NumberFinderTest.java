package org.yesan.claims.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberFinderTest {

  private final NumberFinder finder = NumberFinder.korean();

  private NumberMention only(String text) {
    List<NumberMention> found = finder.find(text);
    assertThat(found).as("mentions in %s", text).hasSize(1);
    return found.get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          정부는 728조원을 편성했다.              | 728조원           | 728000000000000   | 1000000000000 | KRW
          총 10조1000억원이 들어간다.             | 10조1000억원      | 10100000000000    | 100000000     | KRW
          예산 3천억 원을 늘렸다.                 | 3천억 원          | 300000000000      | 100000000000  | KRW
          4,250억원 규모다.                       | 4,250억원         | 425000000000      | 100000000     | KRW
          a plan of 728 trillion won for 2026     | 728 trillion won  | 728000000000000   | 1000000000000 | KRW
          worth $48.6 billion in all              | $48.6 billion     | 48600000000       | 100000000     | USD
          KRW 10.1 trillion for AI                | KRW 10.1 trillion | 10100000000000    | 100000000000  | KRW
          only ₩3.3tn last year                   | ₩3.3tn            | 3300000000000     | 100000000000  | KRW
          합계 이십일조 삼백 이다                 | 이십일조 삼백     | 21000000000300    | 100           | KRW
          국방비 43조 1,177억원                   | 43조 1,177억원    | 43117700000000    | 100000000     | KRW
          총 52조 4,618억원이다                   | 52조 4,618억원    | 52461800000000    | 100000000     | KRW
          1조2천억 원을 추가                      | 1조2천억 원       | 1200000000000     | 100000000000  | KRW
          cut to KRW25.9 trillion next year       | KRW25.9 trillion  | 25900000000000    | 100000000000  | KRW
          반도체 투자(%2B0.1조원) 등               | 0.1조원           | 100000000000      | 100000000000  | KRW
          the latest 33-trillion won extra budget | 33-trillion won   | 33000000000000    | 1000000000000 | KRW
          """)
  void findsAmounts(String text, String span, String value, String step, String currency) {
    NumberMention m = only(text);
    assertThat(m.text()).isEqualTo(span);
    assertThat(m.kind()).isEqualTo(MentionKind.AMOUNT);
    assertThat(m.value()).isEqualByComparingTo(value);
    assertThat(m.step()).isEqualByComparingTo(step);
    assertThat(m.currency()).contains(currency);
    assertThat(text.substring(m.start(), m.end())).isEqualTo(span);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          up 8.1% from last year                  | 8.1%                  | PERCENT           | 8.1  | 0.1
          rose 19.3 percent from this year        | 19.3 percent          | PERCENT           | 19.3 | 0.1
          2.3%포인트 올랐다                       | 2.3%포인트            | PERCENTAGE_POINTS | 2.3  | 0.1
          up 3.5 percentage points                | 3.5 percentage points | PERCENTAGE_POINTS | 3.5  | 0.1
          spending grows 3.2 pct next year        | 3.2 pct               | PERCENT           | 3.2  | 0.1
          a 0.3-percent deficit                   | 0.3-percent           | PERCENT           | 0.3  | 0.1
          down 0.4 pct points                     | 0.4 pct points        | PERCENTAGE_POINTS | 0.4  | 0.1
          이십 퍼센트 증가                        | 이십 퍼센트           | PERCENT           | 20   | 10
          15,000 graphics processing units        | 15,000                | COUNT             | 15000 | 1
          """)
  void findsPercentsAndCounts(
      String text, String span, MentionKind kind, String value, String step) {
    NumberMention m = only(text);
    assertThat(m.text()).isEqualTo(span);
    assertThat(m.kind()).isEqualTo(kind);
    assertThat(m.value()).isEqualByComparingTo(value);
    assertThat(m.step()).isEqualByComparingTo(step);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          over 5 trillion won in total     | over 5 trillion won     | OVER
          약 3천억 원이 들어간다           | 약 3천억 원             | ABOUT
          nearly 700 trillion won          | nearly 700 trillion won | NEARLY
          1조여 원이 투입된다              | 1조여 원                | OVER
          3천억 원가량 늘었다              | 3천억 원가량            | ABOUT
          5000억원 이상을 쓴다             | 5000억원 이상           | AT_LEAST
          up to 70 trillion won            | up to 70 trillion won   | AT_MOST
          """)
  void attachesQualifiers(String text, String span, Approximation approximation) {
    NumberMention m = only(text);
    assertThat(m.text()).isEqualTo(span);
    assertThat(m.approximation()).isEqualTo(approximation);
  }

  @Test
  void readsRangesAsLowAndHighEnds() {
    NumberMention korean = only("5~6조원 규모");
    assertThat(korean.value()).isEqualByComparingTo("5000000000000");
    assertThat(korean.upper()).contains(new BigDecimal("6000000000000"));
    NumberMention english = only("between 5 and 6 trillion won");
    assertThat(english.text()).isEqualTo("between 5 and 6 trillion won");
    assertThat(english.upper().map(BigDecimal::toPlainString))
        .isEqualTo(Optional.of("6000000000000"));
  }

  @Test
  void readsHeadlineShorthandForWonAndTrillion() {
    assertThat(only("Debt to Exceed W436 Tln").value()).isEqualByComparingTo("436000000000000");
    assertThat(only("Debt to Exceed W436 Tln").currency()).contains("KRW");
    assertThat(only("a budget of 342 trln won").value()).isEqualByComparingTo("342000000000000");
    assertThat(only("Budget W429tr for 2018").value()).isEqualByComparingTo("429000000000000");
    // The won's W stands before a scale; alone it is a name or a size.
    assertThat(finder.find("the W10 model").stream().filter(n -> n.kind() == MentionKind.AMOUNT))
        .isEmpty();
  }

  @Test
  void ignoresDatesYearsAndNames() {
    assertThat(
            finder.find(
                "Seoul, Nov 4 (NationPress) ... by December 2, in 2030, on 04/01/2026, COVID-19, 2026년 11월 4일"))
        .isEmpty();
  }

  @Test
  void findsEveryFigureOfTheArticleSentence() {
    List<NumberMention> found =
        finder.find(
            "a currency swap line valued at up to 70 trillion won ($48.6 billion) along with six additional");
    assertThat(found)
        .extracting(NumberMention::text)
        .containsExactly("up to 70 trillion won", "$48.6 billion");
  }
}
