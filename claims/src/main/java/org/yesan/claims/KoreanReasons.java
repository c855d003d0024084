package org.yesan.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The reasons a figure that differs from the data was not called false, said in Korean: each reason
 * the checker gives in English ({@link ReadingDoubts} and the checks) has its Korean words here,
 * found by a phrase only that reason uses.
 */
final class KoreanReasons {

  /** English phrase of a reason, and its Korean, in the order a reader weighs them. */
  static final List<Map.Entry<String, String>> REASONS =
      List.of(
          Map.entry("the subject was taken from an earlier sentence", "무엇에 관한 수치인지 앞 문장에서 이어받았습니다"),
          Map.entry("no fiscal year was read", "연도를 읽지 못했습니다"),
          Map.entry("the year was carried over from an earlier sentence", "연도를 앞 문장에서 이어받았습니다"),
          Map.entry("the text names no year", "글에 연도가 없어 글의 날짜로 연도를 정했습니다"),
          Map.entry("year word comes after the figure", "연도 표현이 수치 뒤, 다른 수치 너머에 있습니다"),
          Map.entry("no stage was read", "예산 단계를 읽지 못했습니다"),
          Map.entry("is named after the rate", "연도가 증감률 뒤에 쓰여 있어 그 증감률의 연도인지 확실하지 않습니다"),
          Map.entry("is named far from the rate", "연도가 증감률과 떨어져 다른 수치 너머에 있어, 다른 해의 증감률일 수 있습니다"),
          Map.entry("the stage was not named", "예산 단계(정부안·확정·추경)가 쓰여 있지 않습니다"),
          Map.entry("the stage was assumed, not named", "비교 기준 연도의 예산 단계가 쓰여 있지 않아 본예산으로 보았습니다"),
          Map.entry("unit was not written", "수치 옆에 단위가 쓰여 있지 않습니다"),
          Map.entry("the figure has no unit", "수치에 단위가 없습니다"),
          Map.entry("rather than its total", "'예산'이라고만 해서 전체 예산인지 그 일부인지 알 수 없습니다"),
          Map.entry("speaks of a ministry", "부처 예산은 자료의 분야별 재원배분과 기준이 다릅니다"),
          Map.entry("defence ministry's budget", "'국방비'는 흔히 국방부 예산을 뜻해 자료의 국방 분야와 기준이 다릅니다"),
          Map.entry(
              "government's R&D budget", "'R&D 예산'은 흔히 정부 R&D(주요 R&D)를 뜻해 자료의 R&D 분야와 기준이 다릅니다"),
          Map.entry("not yet been tested on real reporting", "이 종류의 수치는 아직 실제 보도로 검증하지 않은 읽기입니다"),
          Map.entry("was implied, not named", "비교 기준(정부안)이 쓰여 있지 않아 짐작한 것입니다"),
          Map.entry("compares with another quantity", "배수가 지난해가 아닌 다른 수치와의 비교입니다"),
          Map.entry("gross cuts and additions", "국회의 감액·증액 총액을 말하는 문장이며, 순증감이 아닙니다"),
          Map.entry("does not grow that much in a year", "한 해에 그만큼 늘지 않으므로 어떤 항목의 수치로 보입니다"),
          Map.entry("a change under 1% of the whole budget", "전체 예산의 1%도 안 되는 변화라 어떤 항목의 변화로 보입니다"),
          Map.entry("name an item inside the budget", "수치 주변의 말이 전체가 아닌 예산 안의 항목을 가리킵니다"),
          Map.entry("a part of that amount", "앞선 금액에 포함된 부분을 말하는 수치로 보입니다"),
          Map.entry(
              "the ministries' budget requests", "각 부처의 예산 요구를 다룬 글이며, 요구는 정부안 이전 단계라 자료에 없습니다"),
          Map.entry(
              "had not yet drawn up its",
              "글의 날짜에는 아직 정부안이 마련되지 않았으므로(빨라야 8월 말 확정), 각 부처의 예산 요구나 초기 계획의 수치로 보이며 자료에 없습니다"),
          Map.entry("a committee's preliminary changes", "상임위원회 예비심사의 증감이라 자료에 없습니다"),
          Map.entry("the rate of something else", "증감률이 이끄는 금액이 자료의 규모와 크게 달라 다른 것의 증감률로 보입니다"),
          Map.entry(
              "times the total after the supplementary", "추경 뒤 총액보다 훨씬 작아 추경의 규모(또는 그 일부)로 보입니다"),
          Map.entry(
              "times the data's figure for", "자료의 수치와 규모가 크게 달라 다른 것(일부·변화·다른 항목)에 관한 수치로 보입니다"),
          Map.entry("rests on a GDP estimate", "GDP 대비 비율은 GDP 추정치가 고쳐지면 달라지므로 다른 시점의 수치일 수 있습니다"),
          Map.entry("probably that item's", "같은 문장의 규모 수치가 자료와 크게 달라 어떤 항목의 변화로 보입니다"),
          Map.entry(
              "the text may mean that",
              "다른 기준(추경 뒤 예산·정부안·다음 해 자료에서 다시 밝힌 수치)으로 계산하면 맞아, 글이 그 기준을 썼을 수 있습니다"),
          Map.entry(
              "a year the text speaks of: the text may mean that figure",
              "수치가 글이 말하는 다른 연도·단계의 자료 수치와 똑같아, 그 수치를 말한 것일 수 있습니다"),
          Map.entry("an average over several years", "여러 해의 평균 증가율이며, 한 해의 증감이 아닙니다"),
          Map.entry(
              "depends on which years and bases",
              "증가율의 기록은 어느 해들을 어떤 기준(정부안·확정)으로 비교했는지에 따라 달라집니다"),
          Map.entry(
              "the Assembly's changes are also reported by program",
              "국회의 증감은 사업별·회계별·기금 포함 등 여러 기준으로 보도됩니다"));

  /**
   * Why a figure was not checked at all, for the reasons that are not the data lacking the subject:
   * English phrase and the whole Korean line.
   */
  static final List<Map.Entry<String, String>> NOT_CHECKED =
      List.of(
          Map.entry(
              "is more than a year after the text's date",
              "확인할 수 없습니다: 글의 날짜보다 한 해 넘게 뒤의 연도라 중기 계획의 전망치이며, 자료가 담은 예산이 아닙니다."),
          Map.entry(
              "a percentage tied to no change or share", "확인할 수 없습니다: 무엇의 증감률이나 비중인지 읽지 못한 비율입니다."),
          Map.entry(
              "a ratio to GDP or another rate",
              "확인할 수 없습니다: 증가율이나 예산 안의 비중이 아닌 다른 비율이라 확인하지 않습니다."),
          Map.entry(
              "names only the whole", "확인할 수 없습니다: 전체 예산만 쓰여 있고, 그 가운데 어느 부분의 비중인지 쓰여 있지 않습니다."),
          Map.entry("no base to compare with", "확인할 수 없습니다: 무엇과 비교한 수치인지 읽지 못했습니다."),
          Map.entry(
              "a bound that far from the figure",
              "확인할 수 없습니다: '넘는·미만' 같은 한계가 자료의 수치와 두 배 넘게 떨어져 있어, 다른 것(증감·일부)에 관한 수치로 보입니다."),
          Map.entry(
              "over no stated span of years",
              "확인할 수 없습니다: 몇 해 가운데의 기록인지 쓰여 있지 않고, 자료는 2007년부터라 '사상 최대'는 확인할 수 없습니다."),
          Map.entry(
              "a record of growth is checked for a main budget",
              "확인할 수 없습니다: 증가율의 기록은 본예산(정부안·국회확정)에 대해서만 확인합니다."),
          Map.entry("there is no subject to look up", "확인할 수 없습니다: 무엇에 관한 수치인지 읽지 못했습니다."));

  /** The Korean line for a figure not checked at all, if its English reason is one of those. */
  static java.util.Optional<String> notChecked(String english) {
    return NOT_CHECKED.stream()
        .filter(r -> english.contains(r.getKey()))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  private KoreanReasons() {}

  /** The Korean words of every reason the English explanation gives, in the list's order. */
  static List<String> of(String english) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, String> r : REASONS) {
      if (english.contains(r.getKey()) && !out.contains(r.getValue())) {
        out.add(r.getValue());
      }
    }
    return out;
  }
}
