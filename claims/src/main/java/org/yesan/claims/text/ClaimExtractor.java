package org.yesan.claims.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yesan.model.FiscalYear;
import org.yesan.model.Stage;

/**
 * Reads the numeric claims of a budget text, English or Korean: finds the numbers, and for each
 * decides what it asserts (an amount, a growth rate, a change, a ratio, a share, a record), what it
 * is about (through the {@link Glossary}), the fiscal year (absolute, or relative to the text's
 * date), the budget stage, and what it is compared with.
 *
 * <p>Pure: reads no store and no file; the same text, date and glossary give the same claims.
 */
public final class ClaimExtractor {

  /** The Assembly's legal deadline for passing next year's budget (헌법 제54조): December 2. */
  static final MonthDay PASSING_DEADLINE = MonthDay.of(12, 2);

  /**
   * Stands for "the latest supplementary budget of that year" when the text says 추경 or
   * "supplementary budget" without a number; the checker looks up which round that is.
   */
  public static final Stage LATEST_SUPPLEMENTARY = Stage.supplementary(99);

  private static final Pattern SENTENCE_END =
      Pattern.compile(
          "(?<=[.!?。])(?<!(?:^|\\n)\\d\\.)(?<!(?:^|\\n)\\d\\d\\.)(?<!\\bNo\\.)(?<!\\bU\\.S\\.)\\s+|(?<=[다음됨함]\\.)(?=[가-힣])|\\n\\s*\\n|\\n(?=\\s*[^a-z\\s])");

  private static final Pattern YEAR_ABSOLUTE =
      Pattern.compile(
          "(?<![\\d/.\\-])(?<!\\d,\\s)(?:FY\\s?)?((?:19|20)\\d\\d)(?![\\d/]|-\\d|\\s?년\\s?\\d{1,2}\\s?월)"
              + "(?:\\s?년(?:도)?)?");
  private static final Pattern YEAR_RELATIVE =
      Pattern.compile(
          "(?i:next year|this year|the current year|last year|the previous year|previous year|"
              + "a year earlier|a year ago|the year before|the prior year|the following year)"
              + "|내후년|내년|올해|금년|작년|지난해|전년");

  private static final Pattern BASE_BEFORE =
      Pattern.compile(
          "(?i:\\b(?:from|than|over|since|compared\\s+with|compared\\s+to|versus|vs\\.?|against)"
              + "\\s+(?:the\\s+|a\\s+)?(?:[\\w’'\\-]+\\s+){0,2}(?:\\(\\s?)?)$");

  /** "from the budget assigned for this year": a base word may stand further from its year. */
  private static final Pattern YEAR_BASE_BEFORE =
      Pattern.compile(
          "(?i:\\b(?:from|than|since|compared\\s+with|compared\\s+to|versus|vs\\.?|against)"
              + "\\s+(?:the\\s+|a\\s+)?(?:[\\w’'\\-]+\\s+){0,4})$");

  private static final Pattern BASE_AFTER =
      Pattern.compile(
          "^\\s?(?:(?!전년|작년|올해|내년|지난해)[가-힣]{0,4}\\s?){0,2}(?:\\([^)]*\\)\\s?)?(?:보다|대비|에 비해|와 비교)");
  private static final Pattern BASE_AMOUNT_AFTER =
      Pattern.compile("^\\)?\\s?(?:보다|에서|대비|에 비해|이었던|였던|이던)");

  private static final Pattern CHANGE_AMOUNT_BEFORE =
      Pattern.compile(
          "(?i:(?:increase|rise|jump|hike|cut|decrease|reduction|drop|growth|gain|addition)\\s+of\\s+"
              + "|\\b(?:up|down|by|rose|grew|fell|increased|decreased)\\s+)$|\\+\\s?$|△\\s?$"
              // "8.5%(43조5000억원) 증가", "9.1% (42.7 trillion) more": the amount a rate stands for.
              + "|(?:%|(?i:percent))\\s?\\(\\s?$");
  private static final Pattern CHANGE_AMOUNT_AFTER =
      Pattern.compile(
          "^\\s?(?:\\([^)]*\\)\\s?)?(?:[이가을를]\\s?)?(?:늘어|늘었|늘린|늘려|증가|증액|감소|줄어|줄었|줄인|감액|삭감|많|적|확대|축소|순감|순증|깎"
              + "|(?i:less|lower|more|higher|smaller|larger|bigger)\\s+than)");

  private static final Pattern UP =
      Pattern.compile(
          "(?i:\\b(?:increase|increased|increases|increasing|rise|rises|rose|risen|up|grew|grow|grows"
              + "|growth|higher|hike|jump|jumped|more)\\b)|증가|늘어|늘었|늘린|늘려|증액|인상|상승|확대|많|오른|올라");
  private static final Pattern DOWN =
      Pattern.compile(
          "(?i:\\b(?:decrease|decreased|decline|declined|fell|fall|falls|down|cut|lower|drop|dropped"
              + "|reduced|reduction|less)\\b)|감소|줄어|줄었|줄인|감액|삭감|축소|하락|내린|순감|깎|△");
  private static final Pattern SHARE_AFTER =
      Pattern.compile(
          "^\\s?(?i:of\\s+(?:the\\s+)?(?:total|whole|overall|entire|budget|spending|national budget)"
              + "|share)|^\\s?(?:의\\s?)?(?:비중|차지)");
  private static final Pattern SHARE_BEFORE =
      Pattern.compile(
          "(?i:share\\s+of\\s+|accounts?\\s+for\\s+|making\\s+up\\s+)$|(?:비중은?|전체의|총지출의|예산의)\\s?$");

  /** "국가채무비율(58.3%)", "1.8 percent of GDP": a ratio to GDP, not a growth rate or a share. */
  private static final Pattern GDP_RATIO =
      Pattern.compile("(?i:\\bGDP\\b|gross domestic product)|국내총생산|채무비율|수지비율|GDP\\s?대비");

  /** "2.9%에서 2.8%로", "from 1.6 percent to 1.8 percent": a rate's levels, not budget growth. */
  private static final Pattern RATE_FROM =
      Pattern.compile("^\\s?(?:에서|→|(?i:to))\\s?[△▲+\\-]?\\d+(?:\\.\\d+)?\\s?(?:%|(?i:percent))");

  private static final Pattern RATE_TO =
      Pattern.compile("(?:\\d(?:%|(?i:\\s?percent))\\s?(?:에서|→|(?i:to))\\s?[△▲+\\-]?)$");

  private static final Pattern COMPARED =
      Pattern.compile("(?i:\\b(?:from|compared|than|versus|vs)\\b)|대비|보다|에 비해");

  private static final Pattern MULTIPLE =
      Pattern.compile(
          "(?i:(more than |nearly |almost |about )?(double[sd]?|tripl(?:e[sd]?|ing)|quadrupl(?:e[sd]?|ing)"
              + "|twice|three times|four times|five times))|(\\d+(?:\\.\\d+)?)\\s?배");
  private static final Pattern RECORD =
      Pattern.compile(
          "(?i:record[- ]high|record|historic high|all-time high|largest ever|highest ever|biggest ever"
              + "|highest level)|역대 최대|역대 최고|사상 최대|사상 최고|역대급");

  private static final Pattern PROPOSAL_WORD =
      Pattern.compile(
          "(?i:\\bpropos(?:al|ed|es|e)\\b|spending plan|budget plan|\\bdraft\\b|budget bill)"
              + "|정부안|원안|당초안|예산안|편성|제출");
  private static final Pattern ENACTED_WORD =
      Pattern.compile(
          "(?i:\\bpassed\\b|\\benacted\\b|\\bapproved\\b|\\bfinali[sz]ed\\b|\\bfinal\\b|main budget)"
              + "|확정|통과|의결|가결|최종|수정안|본예산");
  private static final Pattern SUPPLEMENTARY_WORD =
      Pattern.compile(
          "(?i:(?:(first|second|third|fourth|1st|2nd|3rd|4th)\\s+)?(?:supplementary|extra)\\s+budget)"
              + "|(?:([1-4])\\s?차\\s?)?(?:추경|추가경정)");
  private static final Pattern ANAPHORA =
      Pattern.compile("^(?:This|That|It|These|The figure|The amount|이는|이것은|이 예산은|그)\\b");

  private final Glossary glossary;
  private final NumberFinder finder;

  public ClaimExtractor(Glossary glossary) {
    this.glossary = Objects.requireNonNull(glossary, "glossary");
    this.finder = NumberFinder.korean();
  }

  /** The claims of {@code text}; {@code date} overrides any date the text gives. */
  public Extraction extract(String text, Optional<LocalDate> date) {
    Optional<DocumentDate> documentDate =
        date.map(d -> new DocumentDate(d, "--date")).or(() -> DocumentDate.find(text));
    List<NumberMention> mentions = finder.find(text);
    List<Glossary.Match> subjects = glossary.matches(text);
    Reading reading = new Reading(text, documentDate);
    for (int[] s : sentences(text)) {
      reading.sentence(s[0], s[1], mentions, subjects);
    }
    return new Extraction(documentDate, reading.claims);
  }

  private static List<int[]> sentences(String text) {
    List<int[]> out = new ArrayList<>();
    Matcher m = SENTENCE_END.matcher(text);
    int start = 0;
    while (m.find()) {
      if (m.start() > start) {
        out.add(new int[] {start, m.start()});
      }
      start = m.end();
    }
    if (start < text.length()) {
      out.add(new int[] {start, text.length()});
    }
    return out;
  }

  /** A year a sentence names, absolute or relative. */
  private record YearWord(
      int start, int end, String text, Optional<Integer> year, int offset, boolean base) {}

  /** A stage a sentence names. */
  private record StageWord(int start, String text, Stage stage, boolean base) {}

  /** The state of one pass over one text. */
  private final class Reading {
    final String text;
    final Optional<DocumentDate> date;
    final List<Claim> claims = new ArrayList<>();
    Optional<FiscalYear> contextYear = Optional.empty();
    String contextYearReason = "";
    Optional<Subject> lastSubject = Optional.empty();
    Optional<Stage> sentenceBaseStage = Optional.empty();

    Reading(String text, Optional<DocumentDate> date) {
      this.text = text;
      this.date = date;
    }

    void sentence(int from, int to, List<NumberMention> all, List<Glossary.Match> allSubjects) {
      List<NumberMention> mentions = new ArrayList<>();
      for (NumberMention n : all) {
        if (n.start() >= from && n.end() <= to) {
          mentions.add(n);
        }
      }
      List<Glossary.Match> subjects = new ArrayList<>();
      for (Glossary.Match g : allSubjects) {
        if (g.start() >= from && g.end() <= to) {
          subjects.add(g);
        }
      }
      String sentence = text.substring(from, to).strip();
      List<int[]> asides = asides(from, to);
      List<YearWord> years = years(from, to);
      List<StageWord> stages = stages(from, to);
      List<MultipleWord> multiples = multiples(from, to);
      List<int[]> records = records(from, to);
      if (mentions.isEmpty() && multiples.isEmpty()) {
        if (!subjects.isEmpty()) {
          lastSubject = Optional.of(subjects.get(subjects.size() - 1).subject());
        }
        return;
      }
      boolean anaphoric = ANAPHORA.matcher(sentence).find();

      // First pass: roles. Base amounts take the year word next to them.
      Set<YearWord> consumed = new HashSet<>();
      List<Draft> drafts = new ArrayList<>();
      for (NumberMention n : mentions) {
        Draft d = new Draft(n);
        d.subject = subjectOf(n.start(), n.end(), subjects, asides);
        if (d.subject.isEmpty() && anaphoric) {
          d.subject = lastSubject.map(s -> new Glossary.Match(-1, -1, "(previous sentence)", s));
        }
        d.kind = kindOf(n, d, mentions);
        if (d.kind == ClaimKind.AMOUNT && isBaseAmount(n)) {
          d.base = true;
          Optional<YearWord> nearest =
              years.stream()
                  .filter(y -> !consumed.contains(y) && near(y, n))
                  .min(java.util.Comparator.comparingInt(y -> distance(y, n)));
          nearest.ifPresent(
              y -> {
                d.year = Optional.of(y);
                consumed.add(y);
              });
        }
        if (!d.base) {
          ownYear(d, years, consumed);
        }
        drafts.add(d);
      }
      Optional<YearWord> levelYearWord = Optional.empty();
      Optional<YearWord> baseYearWord = Optional.empty();
      for (YearWord y : years) {
        if (consumed.contains(y)) {
          continue;
        }
        if (ScopeRules.referenceYear(
            text.substring(Math.max(from, y.start() - 60), y.start()),
            text.substring(y.end(), Math.min(to, y.end() + 6)))) {
          // "the biggest jump since … 2009": a year named for comparison is not the claim's.
          continue;
        }
        if (y.base() && baseYearWord.isEmpty()) {
          baseYearWord = Optional.of(y);
        } else if (!y.base() && levelYearWord.isEmpty()) {
          levelYearWord = Optional.of(y);
        }
      }
      // The level year of the sentence: its own year word, else the year the text was talking
      // about.
      Optional<FiscalYear> levelYear;
      String levelReason;
      if (levelYearWord.isPresent() && resolve(levelYearWord.get(), Optional.empty()).isPresent()) {
        levelYear = resolve(levelYearWord.get(), Optional.empty());
        levelReason = "\"" + levelYearWord.get().text() + "\"" + relativeNote(levelYearWord.get());
      } else if (contextYear.isPresent()) {
        levelYear = contextYear;
        levelReason = "no year in the sentence; the text was about " + contextYearReason;
      } else {
        levelYear = defaultYear();
        levelReason =
            levelYear.isPresent()
                ? "no year named; the budget year of a text dated " + date.orElseThrow().date()
                : levelYearWord
                    .map(y -> "\"" + y.text() + "\" but the text gives no date (pass --date)")
                    .orElse("no year named and the text gives no date (pass --date)");
      }
      boolean ownYear = levelYearWord.isPresent() && levelYear.isPresent();

      Map<Draft, StageWord> ownStages = new HashMap<>();
      for (Draft d : drafts) {
        for (StageWord w : stages) {
          int gap = d.mention.start() - (w.start() + w.text().length());
          if (gap >= 0
              && gap <= 2
              && text.substring(d.mention.start() - gap, d.mention.start()).isBlank()) {
            // "정부안 22.3조원에서 … 23.2조원으로", "정부안677.4 → 최종673.3조원".
            ownStages.put(d, w);
          }
        }
      }
      for (Draft d : drafts) {
        if (ownStages.containsKey(d)) {
          continue;
        }
        String after = text.substring(d.mention.end(), Math.min(to, d.mention.end() + 3));
        String before = text.substring(Math.max(from, d.mention.start() - 3), d.mention.start());
        if (after.strip().startsWith("→")) {
          // "보건·복지·고용(130조원→129조5000억원)": proposal, then the budget as passed.
          ownStages.put(
              d, new StageWord(d.mention.start(), "→ (first of a pair)", Stage.PROPOSAL, false));
        } else if (before.strip().endsWith("→")) {
          ownStages.put(
              d, new StageWord(d.mention.start(), "→ (second of a pair)", Stage.ENACTED, false));
        }
      }
      List<StageWord> free = stages.stream().filter(w -> !ownStages.containsValue(w)).toList();
      Optional<StageWord> levelStageWord = free.stream().filter(s -> !s.base()).findFirst();
      int arrow = text.indexOf('→', from);
      Optional<StageWord> arrowBase = Optional.empty();
      if (arrow >= 0 && arrow < to) {
        // "정부안677.4 → 최종673.3조원으로 △4.1조원": the stage after the arrow is the figure's,
        // the one before it the base of the change.
        Optional<StageWord> before =
            stages.stream()
                .filter(w -> w.start() < arrow && w.stage().equals(Stage.PROPOSAL))
                .findFirst();
        Optional<StageWord> after = stages.stream().filter(w -> w.start() > arrow).findFirst();
        if (before.isPresent() && after.isPresent()) {
          levelStageWord = after;
          arrowBase = before.map(w -> new StageWord(w.start(), w.text(), w.stage(), true));
        }
      }
      if (levelStageWord.isPresent()
          && levelStageWord.get().stage().equals(Stage.PROPOSAL)
          && ScopeRules.billAsPassed(sentence, levelStageWord.get().text())) {
        // "2017년도 예산안을 의결했다": the bill as the Assembly passed it.
        Optional<StageWord> passing =
            stages.stream().filter(w -> !w.base() && w.stage().equals(Stage.ENACTED)).findFirst();
        if (passing.isPresent()) {
          StageWord bill = levelStageWord.get();
          levelStageWord =
              Optional.of(
                  new StageWord(
                      bill.start(),
                      bill.text() + "\" with \"" + passing.get().text(),
                      Stage.ENACTED,
                      false));
        }
      }
      Optional<StageWord> baseStageWord = stages.stream().filter(StageWord::base).findFirst();
      if (baseStageWord.isEmpty()) {
        baseStageWord = arrowBase;
      }
      if (baseStageWord.isEmpty()) {
        // "정부안 X → 최종 Y, △Z": a change in such a sentence is from the proposal.
        baseStageWord =
            ownStages.values().stream()
                .filter(w -> w.stage().equals(Stage.PROPOSAL))
                .findFirst()
                .map(w -> new StageWord(w.start(), w.text(), w.stage(), true));
      }
      sentenceBaseStage = baseStageWord.map(StageWord::stage);

      // Second pass: claims.
      List<Integer> ids = new ArrayList<>();
      for (Draft d : drafts) {
        ids.add(claims.size() + 1 + drafts.indexOf(d));
      }
      for (Draft d : drafts) {
        int id = ids.get(drafts.indexOf(d));
        Optional<FiscalYear> year = levelYear;
        String yearReason = levelReason;
        if (d.ownYear.isPresent()) {
          year = d.ownYear.get().year().map(FiscalYear::of);
          yearReason = "\"" + d.ownYear.get().text() + "\" next to the figure";
        } else if (d.base) {
          if (d.year.isPresent()) {
            year = resolve(d.year.get(), levelYear);
            yearReason =
                "\""
                    + d.year.get().text()
                    + "\" next to the base amount"
                    + relativeNote(d.year.get());
          } else {
            year = baseYear(baseYearWord, levelYear);
            yearReason = baseReason(baseYearWord, levelYear);
          }
        }
        StageChoice stage =
            ownStages.containsKey(d)
                ? levelStage(Optional.of(ownStages.get(d)), year)
                : d.base ? baseStage(baseStageWord, year) : levelStage(levelStageWord, year);
        Optional<Comparison> comparison = Optional.empty();
        Optional<StageWord> changeBase = baseStageWord;
        if (d.kind == ClaimKind.CHANGE_AMOUNT
            && baseYearWord.isEmpty()
            && changeBase.isEmpty()
            && stage.stage.filter(Stage.ENACTED::equals).isPresent()
            && drafts.stream().noneMatch(o -> o.base)
            && ScopeRules.assemblyChange(
                text.substring(
                    Math.max(from, d.mention.start() - 20), Math.min(to, d.mention.end() + 15)))) {
          // "보건·복지·고용 1조5000억 삭감" in a text on the passed budget: the Assembly's change
          // to the government's proposal.
          changeBase =
              Optional.of(new StageWord(d.mention.start(), "정부안 (implied)", Stage.PROPOSAL, true));
          sentenceBaseStage = Optional.of(Stage.PROPOSAL);
        }
        if (d.kind == ClaimKind.GROWTH_RATE || d.kind == ClaimKind.CHANGE_AMOUNT) {
          comparison = comparison(d, drafts, ids, baseYearWord, year, changeBase, from, to);
        }
        claims.add(
            new Claim(
                id,
                d.mention.start(),
                d.mention.end(),
                d.mention,
                d.kind,
                d.subject.map(Glossary.Match::subject),
                d.subject.map(Glossary.Match::phrase).orElse(""),
                year,
                yearReason,
                stage.stage,
                stage.stated,
                stage.reason,
                comparison,
                sentence));
        if (d.subject.isPresent()) {
          lastSubject = Optional.of(d.subject.get().subject());
        }
      }
      // Ratios in words and records belong to the sentence's amount of the current year.
      final Optional<YearWord> sentenceBaseYear = baseYearWord;
      final Optional<StageWord> sentenceBaseStageWord = baseStageWord;
      final Optional<FiscalYear> sentenceYear = levelYear;
      Optional<Draft> current =
          drafts.stream().filter(d -> d.kind == ClaimKind.AMOUNT && !d.base).reduce((a, b) -> b);
      Optional<Draft> base = drafts.stream().filter(d -> d.base).findFirst();
      for (MultipleWord w : multiples) {
        Optional<Glossary.Match> subject =
            current.flatMap(c -> c.subject).or(() -> subjectOf(w.start, w.end, subjects, asides));
        NumberMention figure =
            new NumberMention(
                w.start,
                w.end,
                w.text,
                MentionKind.MULTIPLE,
                w.ratio,
                BigDecimal.ONE.movePointLeft(w.ratio.scale()),
                Optional.empty(),
                Optional.empty(),
                w.approximation);
        StageChoice stage = levelStage(levelStageWord, levelYear);
        claims.add(
            new Claim(
                claims.size() + 1,
                w.start,
                w.end,
                figure,
                ClaimKind.MULTIPLE,
                subject.map(Glossary.Match::subject),
                subject.map(Glossary.Match::phrase).orElse(""),
                levelYear,
                levelReason,
                stage.stage,
                stage.stated,
                stage.reason,
                levelYear.map(
                    y ->
                        new Comparison(
                            baseYear(sentenceBaseYear, sentenceYear).orElse(y.previous()),
                            basisOf(sentenceBaseStageWord),
                            true,
                            baseReason(sentenceBaseYear, sentenceYear),
                            current.map(c -> ids.get(drafts.indexOf(c))),
                            base.map(b -> ids.get(drafts.indexOf(b))))),
                sentence));
      }
      for (int[] r : records) {
        Optional<Draft> amount = nearestAmount(drafts, r[0]);
        if (amount.isEmpty()) {
          continue;
        }
        Draft a = amount.get();
        StageChoice stage = levelStage(levelStageWord, levelYear);
        claims.add(
            new Claim(
                claims.size() + 1,
                r[0],
                r[1],
                a.mention,
                ClaimKind.RECORD,
                a.subject.map(Glossary.Match::subject),
                a.subject.map(Glossary.Match::phrase).orElse(""),
                levelYear,
                levelReason,
                stage.stage,
                stage.stated,
                stage.reason,
                levelYear.map(
                    y ->
                        new Comparison(
                            y.previous(),
                            Comparison.Basis.ENACTED,
                            true,
                            "every earlier year",
                            Optional.of(ids.get(drafts.indexOf(a))),
                            Optional.empty())),
                sentence));
      }
      boolean recent =
          date.isEmpty()
              || levelYear
                  .map(
                      y ->
                          y.value() >= date.get().date().getYear() - 2
                              && y.value() <= date.get().date().getYear() + 1)
                  .orElse(false);
      if (ownYear && recent) {
        // A year named in passing ("the largest since 2009") does not become the text's year, nor
        // does a projection's year ("2024년에는 국가채무비율이 60%에 육박") in a text of 2020.
        contextYear = levelYear;
        contextYearReason = levelYear.orElseThrow() + " (" + levelReason + ")";
      }
    }

    /** "2020년 9.1%", "3.1%(2023년)": a year right next to a figure is that figure's own. */
    private void ownYear(Draft d, List<YearWord> years, Set<YearWord> consumed) {
      NumberMention n = d.mention;
      for (YearWord y : years) {
        if (consumed.contains(y) || y.year().isEmpty() || y.base()) {
          continue;
        }
        boolean before =
            y.end() <= n.start() && ScopeRules.yearOwnsNext(text.substring(y.end(), n.start()));
        boolean after =
            y.start() >= n.end()
                && ScopeRules.BRACKETED_YEAR.matcher(text.substring(n.end())).find()
                && y.start() - n.end() <= 3;
        if (before || after) {
          d.ownYear = Optional.of(y);
          consumed.add(y);
          return;
        }
      }
    }

    private Optional<Draft> nearestAmount(List<Draft> drafts, int at) {
      Optional<Draft> best = Optional.empty();
      int distance = Integer.MAX_VALUE;
      for (Draft d : drafts) {
        if (d.kind != ClaimKind.AMOUNT || d.base) {
          continue;
        }
        int dist = Math.abs(d.mention.start() - at);
        if (dist < distance) {
          distance = dist;
          best = Optional.of(d);
        }
      }
      return best;
    }

    private Optional<Comparison> comparison(
        Draft d,
        List<Draft> drafts,
        List<Integer> ids,
        Optional<YearWord> baseYearWord,
        Optional<FiscalYear> levelYear,
        Optional<StageWord> baseStageWord,
        int from,
        int to) {
      if (levelYear.isEmpty()) {
        return Optional.empty();
      }
      String subjectId = d.subject.map(m -> m.subject().id()).orElse("");
      Optional<Integer> current = Optional.empty();
      Optional<Integer> base = Optional.empty();
      for (Draft o : drafts) {
        if (o == d || o.kind != ClaimKind.AMOUNT) {
          continue;
        }
        String other = o.subject.map(m -> m.subject().id()).orElse("");
        if (!other.equals(subjectId)) {
          continue;
        }
        if (o.base && base.isEmpty() && !anotherComparisonBetween(o, d)) {
          base = Optional.of(ids.get(drafts.indexOf(o)));
        } else if (!o.base && current.isEmpty()) {
          current = Optional.of(ids.get(drafts.indexOf(o)));
        }
      }
      String window =
          text.substring(
              Math.max(from, d.mention.start() - 40), Math.min(to, d.mention.end() + 30));
      boolean down = DOWN.matcher(window).find() && !UP.matcher(window).find();
      return Optional.of(
          new Comparison(
              baseYear(baseYearWord, levelYear).orElseThrow(),
              basisOf(baseStageWord),
              !down,
              baseReason(baseYearWord, levelYear)
                  + baseStageWord
                      .map(s -> ", basis \"" + s.text() + "\"")
                      .orElse(", basis: enacted main budget (본예산), the usual base"),
              current,
              base));
    }

    /**
     * "예산안(400조)보다 1,505억원 줄었지만 올해보다는 3.7% 늘었다": a base amount with another comparison word between
     * it and the rate is the base of an earlier change, not of this one.
     */
    private boolean anotherComparisonBetween(Draft base, Draft claim) {
      if (base.mention.end() > claim.mention.start()) {
        return false;
      }
      String between = text.substring(base.mention.end(), claim.mention.start());
      Matcher own = BASE_AMOUNT_AFTER.matcher(between);
      if (own.find()) {
        between = between.substring(own.end());
      }
      return COMPARED.matcher(between).find();
    }

    private Comparison.Basis basisOf(Optional<StageWord> baseStageWord) {
      if (baseStageWord.isEmpty()) {
        return Comparison.Basis.ENACTED;
      }
      Stage s = baseStageWord.get().stage();
      if (s.isSupplementary()) {
        return Comparison.Basis.LATEST_SUPPLEMENTARY;
      }
      return s.equals(Stage.PROPOSAL) ? Comparison.Basis.PROPOSAL : Comparison.Basis.ENACTED;
    }

    private Optional<FiscalYear> baseYear(Optional<YearWord> word, Optional<FiscalYear> level) {
      if (word.isEmpty() && sentenceBaseStage.filter(Stage.PROPOSAL::equals).isPresent()) {
        // "정부안보다 0.1조원 줄었다": against the proposal of the same budget, not last year's.
        return level;
      }
      if (word.isPresent()) {
        Optional<FiscalYear> y = resolve(word.get(), level);
        if (y.isPresent()) {
          return y;
        }
      }
      return level.map(FiscalYear::previous);
    }

    private String baseReason(Optional<YearWord> word, Optional<FiscalYear> level) {
      if (word.isEmpty() && sentenceBaseStage.filter(Stage.PROPOSAL::equals).isPresent()) {
        return level
            .map(l -> "base: the " + l + " proposal of the same budget")
            .orElse("no base year");
      }
      return word.map(w -> "base \"" + w.text() + "\"" + relativeNote(w))
          .orElse(
              level
                  .map(l -> "base year " + l.previous() + ", the year before")
                  .orElse("no base year"));
    }

    private String relativeNote(YearWord w) {
      if (w.year().isPresent()) {
        return "";
      }
      return w.offset() == Integer.MIN_VALUE
          ? ""
          : date.map(d -> " in a text dated " + d.date()).orElse("");
    }

    /**
     * A year word's year; "the previous year" counts from {@code level}, "this year" from the date.
     */
    private Optional<FiscalYear> resolve(YearWord w, Optional<FiscalYear> level) {
      if (w.year().isPresent()) {
        return w.year().map(FiscalYear::of);
      }
      if (w.offset() == Integer.MIN_VALUE) {
        return level.map(FiscalYear::previous);
      }
      return date.map(d -> FiscalYear.of(d.date().getYear() + w.offset()));
    }

    private Optional<FiscalYear> defaultYear() {
      return date.map(
          d ->
              FiscalYear.of(
                  d.date().getMonthValue() >= 8 ? d.date().getYear() + 1 : d.date().getYear()));
    }

    private StageChoice levelStage(Optional<StageWord> word, Optional<FiscalYear> year) {
      if (word.isPresent()) {
        return new StageChoice(
            Optional.of(word.get().stage()), true, "\"" + word.get().text() + "\"");
      }
      return defaultStage(year);
    }

    private StageChoice baseStage(Optional<StageWord> word, Optional<FiscalYear> year) {
      if (word.isPresent()) {
        return new StageChoice(
            Optional.of(word.get().stage()), true, "\"" + word.get().text() + "\"");
      }
      return new StageChoice(
          Optional.of(Stage.ENACTED),
          false,
          "a base year's figure is its enacted main budget unless the text says otherwise");
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

    private List<int[]> asides(int from, int to) {
      List<int[]> out = new ArrayList<>();
      String s = text.substring(from, to);
      Matcher m = Pattern.compile("—[^—]*—|\\([^)]*\\)|–[^–]*–").matcher(s);
      while (m.find()) {
        out.add(new int[] {from + m.start(), from + m.end()});
      }
      return out;
    }

    private Optional<Glossary.Match> subjectOf(
        int start, int end, List<Glossary.Match> subjects, List<int[]> asides) {
      int[] own =
          asides.stream().filter(a -> a[0] <= start && end <= a[1]).findFirst().orElse(null);
      List<Glossary.Match> usable = new ArrayList<>();
      for (Glossary.Match g : subjects) {
        boolean hidden = false;
        for (int[] a : asides) {
          if (a != own && a[0] <= g.start() && g.end() <= a[1]) {
            hidden = true;
          }
        }
        if (!hidden) {
          usable.add(g);
        }
      }
      // The noun right after a figure is what it counts: "150 trillion won public-private fund".
      for (Glossary.Match g : usable) {
        if (g.start() >= end && g.start() - end <= 3 && text.substring(end, g.start()).isBlank()) {
          return Optional.of(g);
        }
      }
      if (ScopeRules.korean(text.substring(Math.max(0, start - 40), start))) {
        // "보건에 30조1000억원, 교육 분야에 …": a subject before an earlier list item is not this one's.
        usable.removeIf(
            g -> g.end() <= start && ScopeRules.crossesListItem(text.substring(g.end(), start)));
      }
      Optional<Glossary.Match> generic = Optional.empty();
      Optional<Glossary.Match> specific = Optional.empty();
      for (Glossary.Match g : usable) {
        if (g.end() <= start) {
          if (g.subject().isGeneric()) {
            generic = Optional.of(g);
          } else {
            specific = Optional.of(g);
          }
        }
      }
      if (specific.isPresent()) {
        return specific;
      }
      // "The 2026 budget sets aside 873.3 trillion won for R&D": a specific subject later in the
      // same clause beats the generic word before the figure.
      for (Glossary.Match g : usable) {
        if (g.start() >= end
            && g.start() - end <= 30
            && !g.subject().isGeneric()
            && !text.substring(end, g.start()).matches("(?s).*(?:[,;:…]|\\.\\.\\.).*")) {
          return Optional.of(g);
        }
      }
      if (generic.isPresent()) {
        return generic;
      }
      return usable.stream().filter(g -> g.start() >= end).findFirst();
    }

    private ClaimKind kindOf(NumberMention n, Draft d, List<NumberMention> mentions) {
      String before = text.substring(Math.max(0, n.start() - 30), n.start());
      String after = text.substring(n.end(), Math.min(text.length(), n.end() + 30));
      switch (n.kind()) {
        case COUNT:
          return ClaimKind.COUNT;
        case UNITLESS:
          return ClaimKind.NO_UNIT;
        case PERCENTAGE_POINTS:
          return ClaimKind.PERCENTAGE_POINTS;
        case PERCENT:
          if (GDP_RATIO.matcher(before).find()
              || GDP_RATIO.matcher(after).find()
              || RATE_FROM.matcher(after).find()
              || RATE_TO.matcher(before).find()) {
            return ClaimKind.OTHER_PERCENT;
          }
          if (SHARE_AFTER.matcher(after).find() || SHARE_BEFORE.matcher(before).find()) {
            return ClaimKind.SHARE;
          }
          String window =
              text.substring(Math.max(0, n.start() - 40), Math.min(text.length(), n.end() + 25));
          if (UP.matcher(window).find()
              || DOWN.matcher(window).find()
              || COMPARED.matcher(window).find()) {
            return ClaimKind.GROWTH_RATE;
          }
          return ClaimKind.OTHER_PERCENT;
        case MULTIPLE:
          return ClaimKind.MULTIPLE;
        case AMOUNT:
        default:
          break;
      }
      if (!n.isMoneyIn("KRW")) {
        // "$52.3 billion", "430 billion U.S. dollars": a restatement of a won figure, or a figure
        // in
        // dollars; either way not won, and the store holds no exchange rates.
        return ClaimKind.CONVERSION;
      }
      if (d.subject.isPresent() && d.subject.get().subject().kind() == Subject.Kind.NOT_BUDGET) {
        return ClaimKind.NOT_BUDGET;
      }
      if (CHANGE_AMOUNT_BEFORE.matcher(before).find()
          || CHANGE_AMOUNT_AFTER.matcher(after).find()) {
        return ClaimKind.CHANGE_AMOUNT;
      }
      return ClaimKind.AMOUNT;
    }

    private boolean isBaseAmount(NumberMention n) {
      String before = text.substring(Math.max(0, n.start() - 40), n.start());
      String after = text.substring(n.end(), Math.min(text.length(), n.end() + 10));
      return BASE_BEFORE.matcher(before).find() || BASE_AMOUNT_AFTER.matcher(after).find();
    }

    private static int distance(YearWord y, NumberMention n) {
      return y.start() >= n.end() ? y.start() - n.end() : n.start() - y.end();
    }

    private boolean near(YearWord y, NumberMention n) {
      return (y.start() >= n.end() && y.start() - n.end() <= 12)
          || (y.end() <= n.start() && n.start() - y.end() <= 12);
    }

    private List<YearWord> years(int from, int to) {
      List<YearWord> out = new ArrayList<>();
      String s = text.substring(from, to);
      Matcher a = YEAR_ABSOLUTE.matcher(s);
      while (a.find()) {
        out.add(
            yearWord(
                from + a.start(), from + a.end(), Optional.of(Integer.parseInt(a.group(1))), 0));
      }
      Matcher r = YEAR_RELATIVE.matcher(s);
      while (r.find()) {
        String w = r.group().toLowerCase(Locale.ROOT);
        int offset =
            switch (w) {
              case "next year", "내년" -> 1;
              case "내후년" -> 2;
              case "this year", "the current year", "올해", "금년" -> 0;
              case "last year", "작년", "지난해", "a year ago" -> -1;
              case "the following year" -> 1;
              default -> Integer.MIN_VALUE;
            };
        out.add(yearWord(from + r.start(), from + r.end(), Optional.empty(), offset));
      }
      out.sort((x, y) -> Integer.compare(x.start(), y.start()));
      return out;
    }

    private YearWord yearWord(int start, int end, Optional<Integer> year, int offset) {
      String before = text.substring(Math.max(0, start - 40), start);
      String after = text.substring(end, Math.min(text.length(), end + 30));
      boolean base = YEAR_BASE_BEFORE.matcher(before).find() || BASE_AFTER.matcher(after).find();
      return new YearWord(start, end, text.substring(start, end), year, offset, base);
    }

    private List<StageWord> stages(int from, int to) {
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
            stage = round == 0 ? LATEST_SUPPLEMENTARY : Stage.supplementary(round);
          } else {
            stage = p == PROPOSAL_WORD ? Stage.PROPOSAL : Stage.ENACTED;
          }
          int start = from + m.start();
          int end = from + m.end();
          String before = text.substring(Math.max(0, start - 30), start);
          String after = text.substring(end, Math.min(text.length(), end + 12));
          boolean base =
              BASE_BEFORE.matcher(before).find()
                  || BASE_AFTER.matcher(after).find()
                  || after.matches("(?s)^\\s?(?:포함|including).*")
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

    private List<MultipleWord> multiples(int from, int to) {
      List<MultipleWord> out = new ArrayList<>();
      Matcher m = MULTIPLE.matcher(text.substring(from, to));
      while (m.find()) {
        BigDecimal ratio;
        if (m.group(3) != null) {
          ratio = new BigDecimal(m.group(3));
        } else {
          String w = m.group(2).toLowerCase(Locale.ROOT);
          ratio =
              w.startsWith("doub") || w.equals("twice")
                  ? BigDecimal.valueOf(2)
                  : w.startsWith("trip") || w.startsWith("three")
                      ? BigDecimal.valueOf(3)
                      : w.startsWith("five") ? BigDecimal.valueOf(5) : BigDecimal.valueOf(4);
        }
        String q = m.group(1) == null ? "" : m.group(1).strip().toLowerCase(Locale.ROOT);
        Approximation a =
            switch (q) {
              case "more than" -> Approximation.OVER;
              case "nearly", "almost" -> Approximation.NEARLY;
              default -> Approximation.ABOUT;
            };
        out.add(new MultipleWord(from + m.start(), from + m.end(), m.group(), ratio, a));
      }
      return out;
    }

    private List<int[]> records(int from, int to) {
      List<int[]> out = new ArrayList<>();
      Matcher m = RECORD.matcher(text.substring(from, to));
      while (m.find()) {
        out.add(new int[] {from + m.start(), from + m.end()});
      }
      return out;
    }
  }

  private record StageChoice(Optional<Stage> stage, boolean stated, String reason) {}

  private record MultipleWord(
      int start, int end, String text, BigDecimal ratio, Approximation approximation) {}

  /** A claim being read: its mention, subject, role and year word. */
  private static final class Draft {
    final NumberMention mention;
    Optional<Glossary.Match> subject = Optional.empty();
    ClaimKind kind = ClaimKind.AMOUNT;
    boolean base;
    Optional<YearWord> year = Optional.empty();
    Optional<YearWord> ownYear = Optional.empty();

    Draft(NumberMention mention) {
      this.mention = mention;
    }
  }
}
