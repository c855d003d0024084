package org.yesan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextEncodingTest {

  private static String firstLine(String head) {
    return new String(
        TextEncoding.firstLine(head.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
  }

  @Test
  void theFirstLineEndsAtItsLineFeedWithoutACarriageReturn() {
    assertThat(firstLine("회계연도,소관명\r\n2018,국방부\r\n")).isEqualTo("회계연도,소관명");
    assertThat(firstLine("a,b\nc,d")).isEqualTo("a,b");
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheLine() {
    assertThat(firstLine("\uFEFFyear,amount\n1,2")).isEqualTo("year,amount");
  }

  @Test
  void aHeadWithoutALineFeedIsOneLine() {
    assertThat(firstLine("year,amount")).isEqualTo("year,amount");
    assertThat(firstLine("")).isEmpty();
    assertThat(firstLine("\r\n")).isEmpty();
  }

  @Test
  void onlyTheCarriageReturnRightBeforeTheLineFeedGoes() {
    assertThat(firstLine("a\rb\r\n")).isEqualTo("a\rb");
  }
}
