package org.yesan.claims.text;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yesan.model.FiscalYear;
import org.yesan.model.Stage;

/**
 * The budget stages a sentence names (proposal, enacted, supplementary) and the stage a figure
 * takes when none is named: the one the text's date and the Assembly's deadline imply.
 */
final class StageWords {

  /** The Assembly's legal deadline for passing next year's budget (헌법 제54조): December 2. */
  static final MonthDay PASSING_DEADLINE = MonthDay.of(12, 2);

  /** The earliest day the Assembly votes a budget: November 1 (December in the bundled years). */
  private static final MonthDay EARLIEST_VOTE = MonthDay.of(11, 1);

  private static final Pattern PROPOSAL_WORD =
      Pattern.compile(
          "(?i:\\bpropos(?:al|ed|es|e)\\b|spending plan|budget plan|\\bdraft\\b|budget bill)"
              + "|정부안|원안|당초안|예산안|편성|제출안|제출");
  private static final Pattern ENACTED_WORD =
      Pattern.compile(
          "(?i:\\bpasse[sd]\\b|\\benacted\\b|\\bapprove[sd]\\b|\\bfinali[sz]ed\\b|\\bfinal\\b|main budget)"
              + "|확정|통과|의결|가결|최종|수정안|본예산");
  private static final Pattern SUPPLEMENTARY_WORD =
      Pattern.compile(
          "(?i:(?:(first|second|third|fourth|1st|2nd|3rd|4th)\\s+)?(?:supplementary|extra)\\s+budget)"
              + "|(?:([1-4])\\s?차\\s?)?(?:추경|추가경정)");

  /** Enacted words the cabinet also uses of its own proposal: 확정, 의결, finalized, approved. */
  private static final Pattern CABINET_SETTLES =
      Pattern.compile("(?i:finali[sz]ed|final|approved)|확정|최종|의결|가결");

  private static final Pattern BASE_AMOUNT_NEXT =
      Pattern.compile("^[가-힣]{0,3}\\s\\d[\\d조억천만,.\\s]*원?\\s?(?:보다|대비|에 비해)");

  private final String text;
  private final Optional<DocumentDate> date;

  StageWords(String text, Optional<DocumentDate> date) {
    this.text = text;
    this.date = date;
  }

  List<StageWord> stages(int from, int to) {
    List<StageWord> out = new ArrayList<>();
    String s = text.substring(from, to);
    for (Pattern p : List.of(SUPPLEMENTARY_WORD, PROPOSAL_WORD, ENACTED_WORD)) {
      Matcher m = p.matcher(s);
      while (m.find()) {
        Stage stage;
        if (p == SUPPLEMENTARY_WORD) {
          int round = 0;
          if (m.group(1) != null) {
            round =
                switch (m.group(1).toLowerCase(Locale.ROOT)) {
                  case "first", "1st" -> 1;
                  case "second", "2nd" -> 2;
                  case "third", "3rd" -> 3;
                  default -> 4;
                };
          } else if (m.group(2) != null) {
            round = Integer.parseInt(m.group(2));
          }
          stage = round == 0 ? ClaimExtractor.LATEST_SUPPLEMENTARY : Stage.supplementary(round);
        } else {
          stage = p == PROPOSAL_WORD ? Stage.PROPOSAL : Stage.ENACTED;
        }
        int start = from + m.start();
        int end = from + m.end();
        String before = text.substring(Math.max(0, start - 45), start);
        String after = text.substring(end, Math.min(text.length(), end + 12));
        // "제출한 예산안(400조 6,964억원)보다": a bracketed figure may stand between a word and 보다.
        String farAfter = text.substring(end, Math.min(text.length(), end + 40));
        boolean base =
            ScopeRules.BASE_BEFORE.matcher(before).find()
                || ScopeRules.BASE_AFTER.matcher(farAfter).find()
                // "정부가 제출한 291조8000억원보다": the stage of the base amount right after it.
                || BASE_AMOUNT_NEXT.matcher(farAfter).find()
                || after.matches("(?s)^\\s?(?:포함|including).*")
                // "추가경정예산(추경)안을 포함한 총지출에 비해": the stage of what is included.
                || after.matches("(?s)^[가-힣()\\s]{0,10}포함.*")
                || (p == PROPOSAL_WORD
                    && after.startsWith("에서")
                    && ScopeRules.changeFromProposal(text.substring(end, to)))
                || before.matches("(?s).*(?i:including|incl\\.)\\s*(?:the\\s+)?$");
        out.add(new StageWord(start, m.group(), stage, base));
      }
    }
    out.sort((x, y) -> Integer.compare(x.start(), y.start()));
    return out;
  }

  StageChoice levelStage(Optional<StageWord> word, Optional<FiscalYear> year) {
    if (word.isPresent() && word.get().text().equals("편성") && passedBy(year, PASSING_DEADLINE)) {
      // "AI에 9조9000억원 편성" in a text dated after the budget passed: what the budget in force
      // allocates, not the government's proposal.
      return new StageChoice(
          Optional.of(Stage.ENACTED),
          false,
          "\"편성\" in a text dated "
              + date.orElseThrow().date()
              + ", after the "
              + year.orElseThrow().value()
              + " budget passed: the budget as passed");
    }
    if (word.isPresent()
        && word.get().stage().equals(Stage.ENACTED)
        && CABINET_SETTLES.matcher(word.get().text()).matches()
        && couldNotHavePassed(year)) {
      // "내년 예산 376조원 확정" in September: only the cabinet can have settled it by then.
      return new StageChoice(
          Optional.of(Stage.PROPOSAL),
          true,
          "\""
              + word.get().text()
              + "\" in a text dated "
              + date.orElseThrow().date()
              + ", before the "
              + year.orElseThrow().value()
              + " budget could have passed: the government's proposal");
    }
    if (word.isPresent()) {
      return new StageChoice(
          Optional.of(word.get().stage()), true, "\"" + word.get().text() + "\"");
    }
    return defaultStage(year);
  }

  /**
   * Whether the year's budget cannot yet have passed on the text's date: the Assembly votes it in
   * November at the earliest (December in every year of the bundled data), so a text dated before
   * November of the year before is about the proposal whatever it calls settled.
   */
  private boolean couldNotHavePassed(Optional<FiscalYear> year) {
    return year.isPresent() && date.isPresent() && !passedBy(year, EARLIEST_VOTE);
  }

  StageChoice baseStage(Optional<StageWord> word, Optional<FiscalYear> year) {
    if (word.isPresent()) {
      return new StageChoice(
          Optional.of(word.get().stage()), true, "\"" + word.get().text() + "\"");
    }
    return new StageChoice(
        Optional.of(Stage.ENACTED),
        false,
        "a base year's figure is its enacted main budget unless the text says otherwise");
  }

  /**
   * Whether the year's budget had passed by the text's date, if the Assembly votes next year's
   * budget on {@code voteDay}.
   */
  private boolean passedBy(Optional<FiscalYear> year, MonthDay voteDay) {
    if (year.isEmpty() || date.isEmpty()) {
      return false;
    }
    LocalDate d = date.get().date();
    int fy = year.get().value();
    return fy <= d.getYear() || fy == d.getYear() + 1 && !MonthDay.from(d).isBefore(voteDay);
  }

  private StageChoice defaultStage(Optional<FiscalYear> year) {
    if (year.isEmpty()) {
      return new StageChoice(Optional.empty(), false, "no year, so no stage");
    }
    if (date.isEmpty()) {
      return new StageChoice(
          Optional.of(Stage.ENACTED),
          false,
          "no stage named and no date; the enacted budget is assumed");
    }
    LocalDate d = date.get().date();
    int fy = year.get().value();
    if (fy > d.getYear()) {
      boolean passed = fy == d.getYear() + 1 && !MonthDay.from(d).isBefore(PASSING_DEADLINE);
      return passed
          ? new StageChoice(
              Optional.of(Stage.ENACTED),
              false,
              "no stage named; on "
                  + d
                  + " the "
                  + fy
                  + " budget was due to have passed (deadline Dec 2)")
          : new StageChoice(
              Optional.of(Stage.PROPOSAL),
              false,
              "no stage named; on "
                  + d
                  + " the "
                  + fy
                  + " budget was still the government's proposal (passing deadline Dec 2)");
    }
    return new StageChoice(
        Optional.of(Stage.ENACTED),
        false,
        "no stage named; on " + d + " the " + fy + " budget in force is the enacted one");
  }
}
