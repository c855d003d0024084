package org.yesan.claims.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yesan.model.FiscalYear;
import org.yesan.model.Stage;

/**
 * One pass over one text, sentence by sentence: the claims read so far, and what the text was last
 * talking about (its year, its subject, the base stage of the sentence).
 */
final class TextReading {
  /** Between a figure and a figure in brackets right after it: an opening bracket and words. */
  private static final Pattern BRACKET_AFTER = Pattern.compile("\\s?\\([^()\\d]*");

  /** Between a year word and the stage word it qualifies: "this year's main budget", "올해 본예산". */
  private static final Pattern YEAR_TO_STAGE = Pattern.compile("(?:['’]s)?\\s?|년도?\\s?|의\\s?");

  /**
   * Between a stage word and its own figure: nothing, a space, the word 예산, or an opening bracket
   * ("정부안(314조6000억원)보다").
   */
  private static final Pattern OWN_STAGE_GAP = Pattern.compile("\\s{0,2}|\\s?예산\\s?|\\s?\\(\\s?");

  /** Where one clause of a sentence ends and another begins. */
  private static final Pattern CLAUSE_BREAK =
      Pattern.compile(
          "(?i:(?<!\\d),|,(?!\\d)|;|\\bbut\\b|\\bwhile\\b|\\bwhereas\\b)|는데|지만|으며|이며|었고|였고|했고|됐고");

  private static final Pattern ANAPHORA =
      Pattern.compile("^(?:This|That|It|These|The figure|The amount|이는|이것은|이 예산은|그)\\b");

  final String text;
  final Optional<DocumentDate> date;
  final List<Claim> claims = new ArrayList<>();
  Optional<FiscalYear> contextYear = Optional.empty();
  String contextYearReason = "";
  Optional<Subject> lastSubject = Optional.empty();
  Optional<Stage> sentenceBaseStage = Optional.empty();

  /** The size of a supplementary budget, when the sentence before named one. */
  Optional<Subject> supplementaryBefore = Optional.empty();

  private final YearWords yearWords;
  private final StageWords stageWords;
  private final ClaimKinds kinds;
  private final SubjectChoice subjectChoice;
  private final TableCells tableCells;

  TextReading(String text, Optional<DocumentDate> date, Glossary glossary) {
    this.text = text;
    this.tableCells = new TableCells(text, glossary);
    this.date = date;
    this.yearWords = new YearWords(text, date);
    this.stageWords = new StageWords(text, date);
    this.kinds = new ClaimKinds(text);
    this.subjectChoice = new SubjectChoice(text);
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
    Optional<List<Claim>> row = tableCells.row(from, to, mentions, claims.size() + 1);
    if (row.isPresent()) {
      claims.addAll(row.get());
      return;
    }
    String sentence = text.substring(from, to).strip();
    List<int[]> asides = subjectChoice.asides(from, to);
    // "2조2000억 원": a year-shaped run of digits inside an amount is part of the amount.
    List<YearWord> years =
        yearWords.years(from, to).stream()
            .filter(
                y -> mentions.stream().noneMatch(m -> m.start() <= y.start() && y.end() <= m.end()))
            .toList();
    List<StageWord> stages = stageWords.stages(from, to);
    List<MultipleWord> multiples = kinds.multiples(from, to);
    List<int[]> records = kinds.records(from, to);
    Optional<Subject> supplementary = SubjectChoice.supplementaryNamed(subjects, stages);
    Optional<Subject> sizeSubject = supplementary.or(() -> supplementaryBefore);
    supplementaryBefore = supplementary;
    if (mentions.isEmpty() && multiples.isEmpty()) {
      if (!subjects.isEmpty()) {
        subjects.stream()
            .map(Glossary.Match::subject)
            .filter(x -> !SubjectChoice.onlyRightAfter(x))
            .reduce((x, y) -> y)
            .ifPresent(x -> lastSubject = Optional.of(x));
      }
      return;
    }
    // A sentence that names no subject at all continues the one before ("… 470조5천억원에서 9천300억원
    // 순감됐다" after a sentence about the budget bill): its figures are read as that subject's, marked
    // as carried over, so they may be supported but never called false.
    boolean anaphoric = ANAPHORA.matcher(sentence).find() || subjects.isEmpty();

    // First pass: roles. Base amounts take the year word next to them.
    Set<YearWord> consumed = new HashSet<>();
    List<Draft> drafts = new ArrayList<>();
    for (NumberMention n : mentions) {
      Draft d = new Draft(n);
      d.subject = subjectChoice.subjectOf(n.start(), n.end(), subjects, asides);
      if (d.subject.isEmpty() && anaphoric) {
        d.subject = lastSubject.map(s -> new Glossary.Match(-1, -1, "(previous sentence)", s));
      }
      // "3차 추경은 … 정부안인 35조3000억원보다": the proposal named there is the supplementary's.
      boolean proposalOfSupplementary =
          supplementary.isPresent() && d.subject.map(g -> g.phrase().equals("정부안")).orElse(false);
      if ((d.subject.isEmpty() || proposalOfSupplementary) && n.isMoneyIn("KRW")) {
        // "The extra budget bill passed. … add 1.6 trillion won to the 12.2 trillion won proposed":
        // a won amount of no other subject, where a supplementary was just named, is its size.
        d.subject = sizeSubject.map(s -> new Glossary.Match(-1, -1, "(supplementary named)", s));
      }
      d.kind = kinds.kindOf(n, d, mentions);
      boolean baseAmount = d.kind == ClaimKind.AMOUNT && kinds.isBaseAmount(n);
      boolean rateFrom = n.kind() == MentionKind.PERCENT && kinds.isRateFrom(n);
      if (baseAmount || rateFrom) {
        Optional<YearWord> nearest =
            years.stream()
                .filter(y -> !consumed.contains(y) && YearWords.near(y, n))
                .min(java.util.Comparator.comparingInt(y -> YearWords.distance(y, n)));
        // "up from 47.4 percent this year": the level a ratio moved from is of the year named next
        // to it; without one it stays the sentence's figure.
        if (baseAmount || nearest.isPresent()) {
          d.base = true;
          nearest.ifPresent(
              y -> {
                d.year = Optional.of(y);
                consumed.add(y);
              });
        }
      }
      if (!d.base) {
        yearWords.ownYear(d, years, consumed);
      }
      if (d.ownYear.isEmpty() && !d.base && !drafts.isEmpty()) {
        // "올해 1273조3000억 원(추경예산 1301조9000억 원)": a figure in brackets right after another
        // restates or qualifies it, in the same year.
        Draft previous = drafts.get(drafts.size() - 1);
        if (previous.ownYear.isPresent()
            && BRACKET_AFTER.matcher(text.substring(previous.mention.end(), n.start())).matches()) {
          d.ownYear = previous.ownYear;
        }
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
    if (levelYearWord.isPresent()
        && yearWords.resolve(levelYearWord.get(), Optional.empty()).isPresent()) {
      levelYear = yearWords.resolve(levelYearWord.get(), Optional.empty());
      levelReason =
          "\"" + levelYearWord.get().text() + "\"" + yearWords.relativeNote(levelYearWord.get());
    } else if (contextYear.isPresent()) {
      levelYear = contextYear;
      levelReason = "no year in the sentence; the text was about " + contextYearReason;
    } else {
      levelYear = yearWords.defaultYear();
      levelReason =
          levelYear.isPresent()
              ? "no year named; the budget year of a text dated " + date.orElseThrow().date()
              : levelYearWord
                  .map(y -> "\"" + y.text() + "\" but the text gives no date (pass --date)")
                  .orElse("no year named and the text gives no date (pass --date)");
    }
    boolean ownYear = levelYearWord.isPresent() && levelYear.isPresent();
    // The year a figure takes when the sentence's year word is another figure's.
    Optional<FiscalYear> fallbackYear = yearWords.defaultYear();
    String fallbackReason =
        "no year named for it; the budget year of a text dated "
            + date.map(x -> x.date().toString()).orElse("?");

    Map<Draft, StageWord> ownStages = new HashMap<>();
    Map<Draft, StageWord> clauseStages = new HashMap<>();
    for (Draft d : drafts) {
      for (StageWord w : stages) {
        int gap = d.mention.start() - (w.start() + w.text().length());
        if (gap >= 0
            && gap <= 5
            && OWN_STAGE_GAP
                .matcher(text.substring(d.mention.start() - gap, d.mention.start()))
                .matches()) {
          // "정부안 22.3조원에서 … 23.2조원으로", "정부안677.4 → 최종673.3조원", "추경예산 1301조9000억 원".
          ownStages.put(d, w);
        } else if (ScopeRules.stageRightAfter(text, d.mention.end(), w)) {
          // "the 12.2 trillion won proposed by the government", "a 33-trillion won extra budget".
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
    List<StageWord> free =
        stages.stream()
            .filter(w -> !ownStages.containsValue(w))
            .filter(w -> ownStages.values().stream().noneMatch(own -> ScopeRules.passingOf(own, w)))
            .toList();
    Optional<StageWord> levelStageWord = free.stream().filter(s -> !s.base()).findFirst();
    final Optional<StageWord> firstStageWord = levelStageWord;
    for (Draft d : drafts) {
      if (ownStages.containsKey(d) || firstStageWord.isEmpty()) {
        continue;
      }
      // "정부안은 483조 원이었는데 국회에서 확정된 … 482조6000억 원": a stage word in the figure's own
      // clause, before it, is the figure's rather than the sentence's first.
      free.stream()
          .filter(w -> !w.base() && w.start() > firstStageWord.get().start())
          .filter(w -> w.start() + w.text().length() <= d.mention.start())
          .filter(
              w ->
                  CLAUSE_BREAK
                      .matcher(text.substring(firstStageWord.get().start(), w.start()))
                      .find())
          .reduce((a, b) -> b)
          .filter(
              w ->
                  !w.stage().equals(firstStageWord.get().stage())
                      && !CLAUSE_BREAK.matcher(text.substring(w.start(), d.mention.start())).find())
          .ifPresent(w -> clauseStages.put(d, w));
    }
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
    boolean twoBases =
        baseYearWord.isPresent()
            && baseStageWord.isPresent()
            && !sameClause(baseYearWord.get().start(), baseStageWord.get().start());
    Optional<Stage> sentenceBase = sentenceBaseStage;
    for (Draft d : drafts) {
      int id = ids.get(drafts.indexOf(d));
      Optional<YearWord> ownBaseYear = baseYearWord;
      Optional<StageWord> ownBaseStage = baseStageWord;
      if (twoBases) {
        // "정부가 제출한 예산안보다 … 줄었지만 올해 예산보다는 3.7% 늘었다": two comparisons in two
        // clauses; each figure takes the base named in its own clause.
        boolean yearHere = sameClause(baseYearWord.get().start(), d.mention.start());
        boolean stageHere = sameClause(baseStageWord.get().start(), d.mention.start());
        if (stageHere && !yearHere) {
          ownBaseYear = Optional.empty();
        } else if (yearHere && !stageHere) {
          ownBaseStage = Optional.empty();
        }
        sentenceBaseStage = ownBaseStage.map(StageWord::stage);
      }
      Optional<FiscalYear> year = levelYear;
      String yearReason = levelReason;
      if (ownYear && yearNamedPastAnother(d, levelYearWord.get(), mentions)) {
        Optional<NumberMention> nearer = figureRightBefore(levelYearWord.get(), mentions);
        if (nearer.isPresent() && fallbackYear.isPresent()) {
          // "18.5 trillion won set aside, compared to 19 trillion won allocated for this year":
          // the year word qualifies the figure right before it, not the one further back.
          year = fallbackYear;
          yearReason =
              fallbackReason
                  + "; \""
                  + levelYearWord.get().text()
                  + "\" qualifies "
                  + nearer.get().text()
                  + ", named right before it";
        } else {
          // "정부 전체 예산(513조5000억원)의 16.1%에 해당하는 규모로 올해 …": the year word serves a
          // figure nearer to it.
          yearReason += ", named after the figure and past another figure";
        }
      }
      if (d.ownYear.isPresent()) {
        year = yearWords.resolve(d.ownYear.get(), levelYear);
        yearReason = yearWords.named(d.ownYear.get(), "the figure");
      } else if (d.base) {
        if (d.year.isPresent()) {
          year = yearWords.resolve(d.year.get(), levelYear);
          yearReason = yearWords.named(d.year.get(), "the base amount");
        } else {
          year = baseYear(ownBaseYear, levelYear);
          yearReason = baseReason(ownBaseYear, levelYear);
        }
      } else if (ownStages.containsKey(d)) {
        // "this year's main budget (607.7 trillion won)": the year word that qualifies the figure's
        // own stage word is the figure's year.
        Optional<YearWord> qualifying = yearBefore(ownStages.get(d), years);
        if (qualifying.isPresent()) {
          year = yearWords.resolve(qualifying.get(), levelYear);
          yearReason = yearWords.named(qualifying.get(), "the figure's stage word");
        }
      }
      StageChoice stage =
          ownStages.containsKey(d)
              ? stageWords.levelStage(Optional.of(ownStages.get(d)), year)
              : clauseStages.containsKey(d) && !d.base
                  ? stageWords.levelStage(Optional.of(clauseStages.get(d)), year)
                  : d.base
                      ? stageWords.baseStage(ownBaseStage, year)
                      : stageWords.levelStage(
                          ofAnotherYear(levelStageWord, years, year)
                              ? Optional.empty()
                              : levelStageWord,
                          year);
      Optional<Comparison> comparison = Optional.empty();
      Optional<StageWord> changeBase = ownBaseStage;
      if (d.kind == ClaimKind.CHANGE_AMOUNT
          && ownBaseYear.isEmpty()
          && changeBase.isEmpty()
          && stage.stage().filter(Stage.ENACTED::equals).isPresent()
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
        comparison = comparison(d, drafts, ids, ownBaseYear, year, changeBase, from, to);
        stage = afterOwnBase(stage, comparison, year, ownStages.containsKey(d));
      }
      claims.add(
          Claim.read(
              id,
              d.mention.start(),
              d.mention.end(),
              d.mention,
              d.kind,
              d.subject,
              year,
              yearReason,
              stage,
              comparison,
              sentence));
      if (d.subject.isPresent()) {
        lastSubject = Optional.of(d.subject.get().subject());
      }
    }
    if (twoBases) {
      sentenceBaseStage = sentenceBase;
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
          current
              .flatMap(c -> c.subject)
              .or(() -> subjectChoice.subjectOf(w.start(), w.end(), subjects, asides));
      NumberMention figure =
          new NumberMention(
              w.start(),
              w.end(),
              w.text(),
              MentionKind.MULTIPLE,
              w.ratio(),
              BigDecimal.ONE.movePointLeft(w.ratio().scale()),
              Optional.empty(),
              Optional.empty(),
              w.approximation());
      StageChoice stage = stageWords.levelStage(levelStageWord, levelYear);
      claims.add(
          Claim.read(
              claims.size() + 1,
              w.start(),
              w.end(),
              figure,
              ClaimKind.MULTIPLE,
              subject,
              levelYear,
              levelReason,
              stage,
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
      Optional<Draft> amount = Draft.nearestAmount(drafts, r[0]);
      if (amount.isEmpty()) {
        continue;
      }
      Draft a = amount.get();
      StageChoice stage = stageWords.levelStage(levelStageWord, levelYear);
      claims.add(
          Claim.read(
              claims.size() + 1,
              r[0],
              r[1],
              a.mention,
              ClaimKind.RECORD,
              a.subject,
              levelYear,
              levelReason,
              stage,
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
    for (GrowthRecordWord g : GrowthRecordWord.find(text, from, to)) {
      growthRecord(g, drafts, levelYear, levelReason, levelStageWord, sentence)
          .ifPresent(claims::add);
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

  /**
   * "the steepest annual rise in nine years": a claim about the growth rate of the sentence's
   * budget, read with the sentence's rate (or amount) for its subject; the comparison's base year
   * is where the span of years begins, and {@code increase} says whether the rate is the highest.
   */
  private Optional<Claim> growthRecord(
      GrowthRecordWord g,
      List<Draft> drafts,
      Optional<FiscalYear> levelYear,
      String levelReason,
      Optional<StageWord> levelStageWord,
      String sentence) {
    Optional<Draft> rate =
        drafts.stream()
            .filter(d -> d.kind == ClaimKind.GROWTH_RATE && !d.base)
            .min(java.util.Comparator.comparingInt(d -> Math.abs(d.mention.start() - g.start())));
    Optional<Draft> figure = rate.or(() -> Draft.nearestAmount(drafts, g.start()));
    if (g.since().isPresent()
        && levelYear.map(y -> y.value() == g.since().get()).orElse(false)
        && contextYear.filter(y -> y.value() > g.since().get()).isPresent()) {
      // "the lowest increase since the 3.7 percent of 2017": the year named is where the span
      // begins, and the record is the year the text is about.
      levelReason =
          "the sentence's year "
              + g.since().get()
              + " begins the span; the text was about "
              + contextYearReason;
      levelYear = contextYear;
    }
    if (figure.isEmpty() || levelYear.isEmpty()) {
      return Optional.empty();
    }
    int year = levelYear.get().value();
    int from =
        g.since()
            .or(() -> g.span().map(n -> year - n))
            .filter(y -> y >= FiscalYear.MIN && y < year)
            .orElse(FiscalYear.MIN);
    String reason =
        g.span()
            .map(n -> "the growth of " + n + " years back to " + from)
            .or(() -> g.since().map(y -> "the growth of every year since " + y))
            .orElse("the growth of every earlier year the data hold");
    return Optional.of(
        Claim.read(
            claims.size() + 1,
            g.start(),
            g.end(),
            figure.get().mention,
            ClaimKind.GROWTH_RECORD,
            figure.get().subject,
            levelYear,
            levelReason,
            stageWords.levelStage(levelStageWord, levelYear),
            Optional.of(
                new Comparison(
                    FiscalYear.of(from),
                    Comparison.Basis.ENACTED,
                    g.highest(),
                    reason,
                    Optional.empty(),
                    Optional.empty())),
            sentence));
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
        text.substring(Math.max(from, d.mention.start() - 40), Math.min(to, d.mention.end() + 30));
    // "+3.8조원 개선": a plus sign on the figure says up, whatever △ the sentence's levels carry.
    boolean plus =
        text.substring(Math.max(from, d.mention.start() - 2), d.mention.start())
            .strip()
            .endsWith("+");
    String after =
        text.substring(d.mention.end(), Math.min(to, d.mention.end() + 6)).replaceFirst("^\\)", "");
    boolean down = !plus && ClaimKinds.downward(window, after);
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
   * "up from 24.8 trillion won in this year's main budget", "올해 본예산 24조8000억원": a stage word
   * qualified by a year word right before it is that year's stage, not the stage of a figure of
   * another year in the sentence.
   */
  private boolean ofAnotherYear(
      Optional<StageWord> word, List<YearWord> years, Optional<FiscalYear> year) {
    if (year.isEmpty() || word.isEmpty()) {
      return false;
    }
    Optional<FiscalYear> named =
        yearBefore(word.get(), years).flatMap(y -> yearWords.resolve(y, year));
    return named.isPresent() && !named.equals(year);
  }

  /** The year word right before a stage word that it qualifies: "this year's main budget". */
  private Optional<YearWord> yearBefore(StageWord w, List<YearWord> years) {
    for (YearWord y : years) {
      int gap = w.start() - y.end();
      if (gap >= 0
          && gap <= 3
          && YEAR_TO_STAGE.matcher(text.substring(y.end(), w.start())).matches()) {
        return Optional.of(y);
      }
    }
    return Optional.empty();
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
    Matcher own = ScopeRules.BASE_AMOUNT_AFTER.matcher(between);
    if (own.find()) {
      between = between.substring(own.end());
    }
    return ScopeRules.COMPARED.matcher(between).find();
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

  private boolean sameClause(int a, int b) {
    return !CLAUSE_BREAK.matcher(text.substring(Math.min(a, b), Math.max(a, b))).find();
  }

  /**
   * The figure a year word follows closely ("19 trillion won allocated for this year", "the 600
   * trillion won mark in 2022"), with no clause break between them.
   */
  private Optional<NumberMention> figureRightBefore(YearWord year, List<NumberMention> mentions) {
    return mentions.stream()
        .filter(m -> m.end() <= year.start())
        .reduce((a, b) -> b)
        .filter(m -> year.start() - m.end() <= 30)
        .filter(m -> !CLAUSE_BREAK.matcher(text.substring(m.end(), year.start())).find());
  }

  private static boolean yearNamedPastAnother(
      Draft d, YearWord year, List<NumberMention> mentions) {
    return year.start() >= d.mention.end()
        && mentions.stream().anyMatch(m -> m.start() >= d.mention.end() && m.end() <= year.start());
  }

  /**
   * "정부가 제출한 예산안보다 0.4% 증가": a change from this year's proposal is a change of the budget as
   * passed, even where the sentence's only stage word is that proposal; the proposal compared with
   * itself would give nothing. Not stated, so the reading stays open to doubt.
   */
  private static StageChoice afterOwnBase(
      StageChoice stage,
      Optional<Comparison> comparison,
      Optional<FiscalYear> year,
      boolean ownStage) {
    boolean againstItself =
        comparison.isPresent()
            && comparison.get().basis() == Comparison.Basis.PROPOSAL
            && year.equals(Optional.of(comparison.get().baseYear()))
            && stage.stage().equals(Optional.of(Stage.PROPOSAL));
    if (!againstItself || ownStage) {
      return stage;
    }
    return new StageChoice(
        Optional.of(Stage.ENACTED),
        false,
        "a change from the "
            + year.orElseThrow().value()
            + " proposal: the budget as passed (the proposal word names the base)");
  }

  private Optional<FiscalYear> baseYear(Optional<YearWord> word, Optional<FiscalYear> level) {
    if (word.isEmpty() && sentenceBaseStage.filter(Stage.PROPOSAL::equals).isPresent()) {
      // "정부안보다 0.1조원 줄었다": against the proposal of the same budget, not last year's.
      return level;
    }
    if (word.isPresent()) {
      Optional<FiscalYear> y = yearWords.resolveBase(word.get(), level);
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
    return word.map(
            w ->
                "base \""
                    + w.text()
                    + "\""
                    + (yearWords.resolveBase(w, level).equals(yearWords.resolve(w, level))
                        ? yearWords.relativeNote(w)
                        : ": the year before the "
                            + level.orElseThrow()
                            + " budget, as English reports render 전년"))
        .orElse(
            level
                .map(l -> "base year " + l.previous() + ", the year before")
                .orElse("no base year"));
  }
}
