package org.yesan.themes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeywordTest {

  private final Keyword ai = new Keyword("AI");

  @Test
  void latinKeywordIsNotFoundInsideLatinWords() {
    assertThat(ai.occursIn("MAIN")).isFalse();
    assertThat(ai.occursIn("TRAIN 운영")).isFalse();
    assertThat(ai.occursIn("ASOSAI 세미나 개최")).isFalse();
    // out_2007.csv:350 and every year to 2016: a USAID loan, not artificial intelligence
    assertThat(ai.occursIn("서울대AID차관사업(일반회계)")).isFalse();
    assertThat(ai.occursIn("AI2 과제")).isFalse();
  }

  @Test
  void latinKeywordIsFoundNextToHangulPunctuationAndSpace() {
    assertThat(ai.find("AI융합")).containsExactly(new Keyword.Span(0, 2));
    assertThat(ai.find("인공지능(AI) 기반")).containsExactly(new Keyword.Span(5, 7));
    assertThat(ai.find("AI·구제역 방역")).containsExactly(new Keyword.Span(0, 2));
    assertThat(ai.find("차세대 AI")).containsExactly(new Keyword.Span(4, 6));
  }

  @Test
  void latinLettersIgnoreCaseAndMultiWordKeywordsKeepTheirBoundaries() {
    assertThat(ai.occursIn("ai 반도체")).isTrue();
    Keyword bigData = new Keyword("big data");
    assertThat(bigData.occursIn("Big Data platform")).isTrue();
    assertThat(bigData.occursIn("big databases")).isFalse();
    assertThat(new Keyword("SW").occursIn("SW산업활성화")).isTrue();
    assertThat(new Keyword("IT").occursIn("국가CITO역할강화")).isFalse();
    assertThat(new Keyword("IT").occursIn("u-IT클러스터구축(정보화)")).isTrue();
  }

  @Test
  void hangulKeywordIsASubstringBecauseCompoundsAreWrittenTogether() {
    Keyword defence = new Keyword("국방");
    assertThat(defence.occursIn("국방부")).isTrue();
    assertThat(defence.occursIn("국방정보화")).isTrue();
    // the false friend is still found as a substring; Match.notWithin masks it
    assertThat(defence.find("한국방송광고진흥공사")).containsExactly(new Keyword.Span(1, 3));
  }

  @Test
  void decomposedHangulIsMatchedLikeComposed() {
    String decomposed = java.text.Normalizer.normalize("인공지능", java.text.Normalizer.Form.NFD);
    assertThat(new Keyword("인공지능").occursIn(decomposed + " 기반")).isTrue();
  }
}
