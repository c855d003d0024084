package org.yesan.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KoreanExplanationTest {

  @Test
  void particlesFollowTheLastSound() {
    // 원 ends in ㄴ (closed), 억 in ㄱ; 퍼센트 and 배 are open; after ㄹ and the digits 1, 7, 8
    // (일, 칠, 팔) the instrumental particle is 로, not 으로.
    assertThat(KoreanExplanation.with("728조원", "과", "와")).isEqualTo("728조원과");
    assertThat(KoreanExplanation.with("8.1%", "과", "와")).isEqualTo("8.1%와");
    assertThat(KoreanExplanation.with("3배", "과", "와")).isEqualTo("3배와");
    assertThat(KoreanExplanation.with("1조원", "으로", "로")).isEqualTo("1조원으로");
    assertThat(KoreanExplanation.with("서울", "으로", "로")).isEqualTo("서울로");
    assertThat(KoreanExplanation.with("2021", "으로", "로")).isEqualTo("2021로");
    assertThat(KoreanExplanation.with("2023", "으로", "로")).isEqualTo("2023으로");
    assertThat(KoreanExplanation.with("12.9 percent", "은", "는")).isEqualTo("12.9 percent는");
  }
}
