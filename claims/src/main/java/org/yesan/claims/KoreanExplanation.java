package org.yesan.claims;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.yesan.claims.text.Claim;
import org.yesan.claims.text.Subject;

/**
 * The verdict of a claim said in Korean for a Korean reader, with amounts as readers write them
 * ({@code 17.6조원}); the English explanation keeps the full detail.
 */
public final class KoreanExplanation {

  private KoreanExplanation() {}

  /**
   * The verdict alone in Korean, for checks whose reasons are not read from a {@link Claim} (the
   * targets, envelopes and budget-cycle checks); their English explanation carries the detail.
   */
  public static String brief(Verdict verdict) {
    return switch (verdict) {
      case SUPPORTED -> "자료와 맞습니다.";
      case CONTRADICTED -> "자료와 다릅니다.";
      case INCONSISTENT -> "본문의 수치끼리 맞지 않습니다.";
      case IMPLAUSIBLE -> "맞을 수 없는 수치입니다.";
      case UNVERIFIABLE -> "확인할 수 없습니다.";
    };
  }

  /** The Korean explanation of {@code verdict} for {@code claim}, given the data's value. */
  static String of(Claim claim, Verdict verdict, String english, Optional<BigDecimal> value) {
    String what = what(claim);
    String stated = claim.figure().text();
    return switch (verdict) {
      case SUPPORTED ->
          what
              + value
                  .map(v -> ": 자료의 " + with(shown(claim, v), "과", "와") + " 맞습니다.")
                  .orElse(": 자료와 맞습니다.");
      case CONTRADICTED ->
          what
              + ": 자료는 "
              + value.map(v -> with(shown(claim, v), "으로", "로")).orElse("다른 값으로")
              + ", 본문의 "
              + with(stated, "과", "와")
              + " 다릅니다.";
      case INCONSISTENT ->
          "본문의 수치끼리 맞지 않습니다: " + with(stated, "은", "는") + " 본문의 다른 수치로 계산한 값과 다릅니다.";
      case IMPLAUSIBLE -> what + ": 그해 전체 예산보다 큰 수치라 맞을 수 없습니다.";
      case UNVERIFIABLE -> unverifiable(claim, english, value);
    };
  }

  private static String unverifiable(Claim claim, String english, Optional<BigDecimal> value) {
    if (english.contains("Not called false")) {
      List<String> reasons = KoreanReasons.of(english);
      return "확인하지 않았습니다: 자료의 수치 "
          + value.map(v -> with(shown(claim, v), "과", "와")).orElse("와")
          + " 다르지만, "
          + (reasons.isEmpty()
              ? "무엇에 관한 수치인지(항목·연도·단계) 확실하게 읽지 못해"
              : String.join("; ", reasons) + ". 그래서")
          + " 틀렸다고 하지 않습니다.";
    }
    java.util.Optional<String> notChecked = KoreanReasons.notChecked(english);
    if (notChecked.isPresent()) {
      return notChecked.get();
    }
    return switch (claim.kind()) {
      case CONVERSION -> "확인할 수 없습니다: 원화가 아닌 통화의 금액이며, 자료에는 원화 수치만 있고 환율이 없습니다.";
      case COUNT -> "확인할 수 없습니다: 금액이 아닌 개수입니다.";
      case NO_UNIT -> "확인할 수 없습니다: 단위가 없는 수치(표의 칸 등)라 무엇을 뜻하는지 확실하게 읽지 못했습니다.";
      case NOT_BUDGET -> "확인할 수 없습니다: 예산 수치가 아닙니다.";
      case PERCENTAGE_POINTS -> "확인할 수 없습니다: 비율의 변화(%포인트)는 글이 밝힌 두 끝값을 자료가 담고 있을 때만 확인합니다.";
      default ->
          claim.subject().isEmpty()
              ? "확인할 수 없습니다: 무엇에 관한 수치인지 읽지 못했습니다."
              : "확인할 수 없습니다: 자료에 " + what(claim) + "의 수치가 없습니다." + holds(english);
    };
  }

  /** "… has no enacted figure for 2017 (for 2017 it has proposal 56.4조원)", as the checks say it. */
  private static final java.util.regex.Pattern HOLDS =
      java.util.regex.Pattern.compile(
          "has no [^;]*? figure for (\\d{4}) \\((?:for \\d{4} it has ([^)]*)|it covers (\\d{4})–(\\d{4}))\\)");

  /**
   * What the data do hold, in Korean, when the English says a year or stage is missing: the stages
   * the year has, or the years the series covers.
   */
  private static String holds(String english) {
    java.util.regex.Matcher m = HOLDS.matcher(english);
    if (!m.find()) {
      return "";
    }
    if (m.group(2) == null) {
      return " 자료는 " + m.group(3) + "–" + m.group(4) + "년만 담고 있습니다.";
    }
    List<String> stages = new java.util.ArrayList<>();
    for (String part : m.group(2).split(", ")) {
      int space = part.indexOf(' ');
      if (space < 0) {
        return "";
      }
      try {
        stages.add(
            org.yesan.model.Stage.parse(part.substring(0, space)).labelKo()
                + part.substring(space));
      } catch (IllegalArgumentException e) {
        return "";
      }
    }
    return " 자료의 " + m.group(1) + "년 수치는 " + String.join(", ", stages) + "입니다.";
  }

  /**
   * {@code word} with the particle that fits its last sound: {@code closed} after a final consonant
   * (728조원과, 8.1%와 read 퍼센트와).
   */
  static String with(String word, String closed, String open) {
    String w = word.strip();
    if (w.isEmpty()) {
      return w;
    }
    char last = w.charAt(w.length() - 1);
    boolean consonant;
    if (last >= 0xAC00 && last <= 0xD7A3) {
      int coda = (last - 0xAC00) % 28;
      // 로 follows ㄹ as if open: 1조원으로 but 서울로.
      consonant = coda != 0 && !(open.equals("로") && coda == 8);
    } else if (Character.isDigit(last)) {
      consonant = "013678".indexOf(last) >= 0 && !(open.equals("로") && "178".indexOf(last) >= 0);
    } else {
      consonant = false;
    }
    return w + (consonant ? closed : open);
  }

  private static String what(Claim claim) {
    StringBuilder b = new StringBuilder();
    claim.fiscalYear().ifPresent(y -> b.append(y.value()).append("년 "));
    claim
        .stage()
        .ifPresent(
            s ->
                b.append(
                        s.equals(org.yesan.claims.text.ClaimExtractor.LATEST_SUPPLEMENTARY)
                            ? "추경"
                            : s.labelKo())
                    .append(' '));
    b.append(claim.subject().map(Subject::labelKo).orElse("(항목 미상)"));
    return b.toString().strip();
  }

  private static String shown(Claim claim, BigDecimal v) {
    return switch (claim.kind()) {
      case AMOUNT, CHANGE_AMOUNT, RECORD -> WonText.of(v);
      case GROWTH_RATE, GROWTH_RECORD, SHARE ->
          v.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
      case MULTIPLE -> v.setScale(2, RoundingMode.HALF_UP).toPlainString() + "배";
      case OTHER_PERCENT -> v.stripTrailingZeros().toPlainString() + "%";
      default -> v.toPlainString();
    };
  }
}
