package org.yesan.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class YearLinkerTest {

  private final YearLinker linker = new YearLinker(LinkSettings.defaults());

  private static String brief(Link l) {
    return l.from().text() + " -> " + l.to().text() + " " + l.kind().id() + " " + l.score();
  }

  private static List<String> briefs(YearLinks links) {
    return links.links().stream().map(YearLinkerTest::brief).toList();
  }

  @Test
  void samePathIsExact() {
    YearLines a = Lines.year(2012).line("국방부", "전력유지", "급식", 100).build();
    YearLines b = Lines.year(2013).line("국방부", "전력유지", "급식", 120).build();
    YearLinks links = linker.link(a, b, Optional.empty());
    assertThat(briefs(links)).containsExactly("국방부 > 전력유지 > 급식 -> 국방부 > 전력유지 > 급식 exact 1.000");
    assertThat(links.unlinkedFrom()).isEmpty();
    assertThat(links.unlinkedTo()).isEmpty();
  }

  @Test
  void sameNameUnderRenamedMinistryIsMoved() {
    YearLines a = Lines.year(2012).line("지식경제부", "무역진흥", "수출지원", 100).build();
    YearLines b = Lines.year(2013).line("산업통상자원부", "무역진흥", "수출지원", 90).build();
    YearLinks links = linker.link(a, b, Optional.empty());
    // the only parent level (ministry) differs: 0.9 + 0.08 × 0/1
    assertThat(briefs(links))
        .containsExactly("지식경제부 > 무역진흥 > 수출지원 -> 산업통상자원부 > 무역진흥 > 수출지원 moved 0.900");
    assertThat(links.links().get(0).evidence())
        .isEqualTo("same name '무역진흥 > 수출지원'; parents changed: 지식경제부 → 산업통상자원부");
  }

  @Test
  void ambiguousSameNameAcrossMinistriesIsNotMoved() {
    // two ministries lose a generic line and one new ministry gains one: no guess
    YearLines a =
        Lines.year(2012)
            .line("산림청", "회계간거래", "회계간 전출", 5)
            .line("국토해양부", "회계간거래", "회계간 전출", 7)
            .build();
    YearLines b = Lines.year(2013).line("국토교통부", "회계간거래", "회계간 전출", 7).build();
    YearLinks links = linker.link(a, b, Optional.empty());
    assertThat(links.links()).isEmpty();
    assertThat(links.unlinkedFrom()).hasSize(2);
    assertThat(links.unlinkedTo()).hasSize(1);
  }

  @Test
  void similarNamesUnderTheSameMinistryAreLinkedAboveTheThreshold() {
    YearLines a =
        Lines.year(2012)
            .line("관세청", "관세정보화및국제협력", "국제교역협력", 10)
            .line("관세청", "관세행정", "통관검사장비", 20)
            .build();
    YearLines b =
        Lines.year(2013)
            .line("관세청", "정보화및국제협력", "국제교역협력", 11)
            .line("관세청", "관세행정", "마약단속", 20)
            .build();
    YearLinks links = linker.link(a, b, Optional.empty());
    // normalised "관세정보화및국제협력국제교역협력" vs "정보화및국제협력국제교역협력": 15 and 13 bigrams,
    // 13 shared → 26/28 = 0.92857 on both forms; context 1/1 → 0.95 × 0.92857 + 0.05 = 0.93214;
    // score = 0.89 × 0.93214 = 0.82961. 관세행정통관검사장비 ~ 관세행정마약단속: 3 of 9+7 → 0.375.
    assertThat(briefs(links))
        .containsExactly("관세청 > 관세정보화및국제협력 > 국제교역협력 -> 관세청 > 정보화및국제협력 > 국제교역협력 similar_name 0.830");
    assertThat(links.unlinkedFrom().keySet()).containsExactly(LinePath.of("관세청", "관세행정", "통관검사장비"));
    assertThat(links.unlinkedTo().keySet()).containsExactly(LinePath.of("관세청", "관세행정", "마약단속"));
  }

  @Test
  void parentheticalsAndSpacesAreIgnoredByTheNormalisedName() {
    assertThat(NameSimilarity.normalise("국립수목원 기본경비(일반)")).isEqualTo("국립수목원기본경비");
    assertThat(NameSimilarity.normalise("정보화및정책지원(일반회계)(R&D)")).isEqualTo("정보화및정책지원");
    assertThat(NameSimilarity.compact("산림휴양(책특, 손익)")).isEqualTo("산림휴양책특손익");
    assertThat(NameSimilarity.dice("ab", "ab")).isEqualTo(1.0);
    assertThat(NameSimilarity.dice("abcd", "abxy")).isEqualTo(1.0 / 3);
  }

  @Test
  void restatedAmountLinksDissimilarNames() {
    YearLines a = Lines.year(2007).line("정보통신부", "우편사업경쟁력강화", "소포사업", 114).build();
    YearLines b =
        Lines.year(2008)
            .line("정보통신부", "국민과함께하는우편서비스", "물류사업", 130)
            .line("정보통신부", "국민과함께하는우편서비스", "우편창구", 50)
            .build();
    Restatement r =
        Restatement.of(
            Lines.year(2007)
                .line("정보통신부", "국민과함께하는우편서비스", "물류사업", 114)
                .line("정보통신부", "국민과함께하는우편서비스", "우편창구", 40)
                .build(),
            Lines.year(2007).line("정보통신부", "우편사업경쟁력강화", "소포사업", 114).build());
    YearLinks links = linker.link(a, b, Optional.of(r));
    assertThat(links.links()).hasSize(1);
    Link l = links.links().get(0);
    assertThat(l.kind()).isEqualTo(LinkKind.RESTATED);
    assertThat(l.to()).isEqualTo(LinePath.of("정보통신부", "국민과함께하는우편서비스", "물류사업"));
    assertThat(l.evidence())
        .endsWith("restates the earlier line's amount 114 exactly under the new path");
    // without the restatement nothing links these names
    assertThat(linker.link(a, b, Optional.empty()).links()).isEmpty();
    assertThat(
            new YearLinker(LinkSettings.defaults().withoutRestatement())
                .link(a, b, Optional.of(r))
                .links())
        .isEmpty();
  }

  @Test
  void splitConfirmedByRestatedAmounts() {
    YearLines a = Lines.year(2007).line("건설교통부", "물류정책", "화물터미널건설", 60).build();
    YearLines b =
        Lines.year(2008)
            .line("건설교통부", "물류정책", "영남권 화물터미널건설", 30)
            .line("건설교통부", "물류정책", "호남권 화물터미널건설", 45)
            .build();
    Restatement r =
        Restatement.of(
            Lines.year(2007)
                .line("건설교통부", "물류정책", "영남권 화물터미널건설", 25)
                .line("건설교통부", "물류정책", "호남권 화물터미널건설", 35)
                .build(),
            Lines.year(2007).line("건설교통부", "물류정책", "화물터미널건설", 60).build());
    YearLinks links = linker.link(a, b, Optional.of(r));
    assertThat(briefs(links))
        .containsExactly(
            "건설교통부 > 물류정책 > 화물터미널건설 -> 건설교통부 > 물류정책 > 영남권 화물터미널건설 split 0.950",
            "건설교통부 > 물류정책 > 화물터미널건설 -> 건설교통부 > 물류정책 > 호남권 화물터미널건설 split 0.950");
    assertThat(links.links().get(0).evidence())
        .isEqualTo(
            "split of '화물터미널건설' into 2 lines: restated amounts of the 2 parts sum exactly to the whole's 60");
  }

  @Test
  void splitByNameAndAmountWithoutRestatement() {
    YearLines a = Lines.year(2013).line("안전행정부", "지방재정세제", "지방교부금", 100).build();
    YearLines b =
        Lines.year(2014)
            .line("안전행정부", "지방교부금", "특별교부세", 60)
            .line("안전행정부", "지방교부금", "부동산교부세", 50)
            .build();
    YearLinks links = linker.link(a, b, Optional.empty());
    // the parts' program is named like the whole; 110/100 = 1.100 within 0.5..2
    assertThat(briefs(links))
        .containsExactly(
            "안전행정부 > 지방재정세제 > 지방교부금 -> 안전행정부 > 지방교부금 > 부동산교부세 split 0.600",
            "안전행정부 > 지방재정세제 > 지방교부금 -> 안전행정부 > 지방교부금 > 특별교부세 split 0.600");
    assertThat(links.links().get(0).evidence()).endsWith("amounts 1.100× the whole");
  }

  @Test
  void splitOutsideTheAmountBoundsIsNotProposed() {
    YearLines a = Lines.year(2013).line("안전행정부", "지방재정세제", "지방교부금", 100).build();
    YearLines b =
        Lines.year(2014)
            .line("안전행정부", "지방교부금", "특별교부세", 160)
            .line("안전행정부", "지방교부금", "부동산교부세", 50)
            .build();
    assertThat(linker.link(a, b, Optional.empty()).links()).isEmpty();
  }

  @Test
  void genericNamesSplitOnlyWithRestatedAmounts() {
    YearLines a =
        Lines.year(2017)
            .line("가부", "계정간거래", "감가상각비", 100)
            .line("가부", "운영", "감가상각비 정산", 1)
            .line("가부", "지원", "감가상각비 보전", 1)
            .build();
    YearLines b =
        Lines.year(2018)
            .line("가부", "계정간거래2", "감가상각비 A", 50)
            .line("가부", "계정간거래3", "감가상각비 B", 60)
            .build();
    assertThat(linker.link(a, b, Optional.empty()).count(LinkKind.SPLIT)).isZero();
  }

  @Test
  void mergeConfirmedByRestatedAmount() {
    YearLines a =
        Lines.year(2016)
            .line("문화체육관광부", "국립중앙도서관운영", "도서관정보화", 10)
            .line("문화체육관광부", "국립중앙도서관운영", "국립중앙도서관 운영", 50)
            .build();
    YearLines b = Lines.year(2017).line("문화체육관광부", "국립중앙도서관운영", "국립중앙도서관운영", 70).build();
    Restatement r =
        Restatement.of(
            Lines.year(2016).line("문화체육관광부", "국립중앙도서관운영", "국립중앙도서관운영", 60).build(),
            Lines.year(2016)
                .line("문화체육관광부", "국립중앙도서관운영", "도서관정보화", 10)
                .line("문화체육관광부", "국립중앙도서관운영", "국립중앙도서관 운영", 50)
                .build());
    YearLinks links = linker.link(a, b, Optional.of(r));
    // "국립중앙도서관 운영" first takes the one-to-one similar-name link; 도서관정보화 sits under a
    // program named like the whole, and 10 + 50 = the restated 60, so both become merge parts
    assertThat(briefs(links))
        .containsExactly(
            "문화체육관광부 > 국립중앙도서관운영 > 국립중앙도서관 운영 -> 문화체육관광부 > 국립중앙도서관운영 > 국립중앙도서관운영 merge 0.950",
            "문화체육관광부 > 국립중앙도서관운영 > 도서관정보화 -> 문화체육관광부 > 국립중앙도서관운영 > 국립중앙도서관운영 merge 0.950");
    assertThat(linker.link(a, b, Optional.empty()).count(LinkKind.MERGE)).isZero();
  }

  @Test
  void mergeOfContainedNamesConfirmedByRestatedAmount() {
    YearLines a =
        Lines.year(2007)
            .line("기상청", "기상관측", "지진관측망 확충", 10)
            .line("기상청", "기상관측", "지상기상관측망 확충", 40)
            .build();
    YearLines b = Lines.year(2008).line("기상청", "기상관측", "지상기상 및 지진관측망 확충", 70).build();
    Restatement r =
        Restatement.of(
            Lines.year(2007).line("기상청", "기상관측", "지상기상 및 지진관측망 확충", 50).build(),
            Lines.year(2007)
                .line("기상청", "기상관측", "지진관측망 확충", 10)
                .line("기상청", "기상관측", "지상기상관측망 확충", 40)
                .build());
    YearLinks links = linker.link(a, b, Optional.of(r));
    assertThat(links.links()).extracting(Link::kind).contains(LinkKind.MERGE);
    assertThat(links.unlinkedFrom()).isEmpty();
    assertThat(links.unlinkedTo()).isEmpty();
    assertThat(links.links()).hasSize(2);
  }

  @Test
  void zeroAmountLinesAreSetAside() {
    YearLines a =
        Lines.year(2013).line("교육부", "학교교육", "교원연수", 0).line("교육과학기술부", "학교교육", "교원연수", 80).build();
    YearLines b = Lines.year(2014).line("교육부", "학교교육", "교원연수", 85).build();
    YearLinks links = linker.link(a, b, Optional.empty());
    assertThat(briefs(links))
        .containsExactly("교육과학기술부 > 학교교육 > 교원연수 -> 교육부 > 학교교육 > 교원연수 moved 0.900");
    assertThat(links.zeroFrom()).containsExactly(LinePath.of("교육부", "학교교육", "교원연수"));
  }

  @Test
  void seriesFollowSplitsAndSumTheParts() {
    YearLines y7 = Lines.year(2007).line("건설교통부", "물류정책", "화물터미널건설", 60).build();
    YearLines y8 =
        Lines.year(2008)
            .line("건설교통부", "물류정책", "영남권 화물터미널건설", 30)
            .line("건설교통부", "물류정책", "호남권 화물터미널건설", 45)
            .build();
    YearLines y9 =
        Lines.year(2009)
            .line("국토해양부", "물류정책", "영남권 화물터미널건설", 33)
            .line("국토해양부", "물류정책", "호남권 화물터미널건설", 44)
            .build();
    Restatement r78 =
        Restatement.of(
            Lines.year(2007)
                .line("건설교통부", "물류정책", "영남권 화물터미널건설", 25)
                .line("건설교통부", "물류정책", "호남권 화물터미널건설", 35)
                .build(),
            Lines.year(2007).line("건설교통부", "물류정책", "화물터미널건설", 60).build());
    YearLinks l78 = linker.link(y7, y8, Optional.of(r78));
    YearLinks l89 = linker.link(y8, y9, Optional.empty());
    SeriesBook book = SeriesBook.of(List.of(y9, y7, y8), List.of(l89, l78));
    assertThat(book.series()).hasSize(1);
    Series s =
        book.seriesOf(org.yesan.model.FiscalYear.of(2009), "국토해양부 > 물류정책 > 호남권 화물터미널건설")
            .orElseThrow();
    assertThat(s.id()).isEqualTo("2007:건설교통부 > 물류정책 > 화물터미널건설");
    assertThat(book.amounts(s))
        .extracting(
            p -> p.year().value() + "=" + p.amount() + (p.note().isEmpty() ? "" : " " + p.note()))
        .containsExactly(
            "2007=60",
            "2008=75 sum of 2 lines (the series splits or merges here)",
            "2009=77 sum of 2 lines (the series splits or merges here)");
  }

  @Test
  void linkScoresAreExactDecimalsInTheUnitInterval() {
    Link l =
        new Link(
            LinePath.of("a"),
            LinePath.of("b"),
            LinkKind.SIMILAR_NAME,
            new BigDecimal("0.82949"),
            "x");
    assertThat(l.score()).isEqualByComparingTo("0.829");
  }
}
