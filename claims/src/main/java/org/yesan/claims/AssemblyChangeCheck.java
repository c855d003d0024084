package org.yesan.claims;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yesan.claims.text.Claim;
import org.yesan.claims.text.ClaimKind;
import org.yesan.claims.text.Subject;
import org.yesan.model.Stage;

/**
 * The Assembly's gross cuts and additions to the government's proposal, said in one sentence
 * ({@code 정부안 가운데 4조3천억원이 감액됐고 4조2천억원이 증액됐다}, {@code lawmakers cut 4.3 trillion won and added 4.2
 * trillion won}): each amount is checked against the cuts or the additions the data hold for the
 * budget as passed, never against the total. A figure that differs is not called false: cuts and
 * additions are also reported by program, by account or with the funds.
 */
final class AssemblyChangeCheck extends ClaimCheck {

  private static final String CUT_EN =
      "cut|cuts|trimm?ed|trim|slashed|scal(?:e|ed|ing) back|reduc\\w*";
  private static final String ADD_EN = "add|added|adding|increas\\w*|realloca\\w*|boost\\w*";
  private static final Pattern CUT = Pattern.compile("(?i:\\b(?:" + CUT_EN + ")\\b)|감액|삭감|깎|줄이|줄였");
  private static final Pattern ADD =
      Pattern.compile("(?i:\\b(?:" + ADD_EN + ")\\b)|증액|늘리|늘린|늘려|늘렸");

  /**
   * Who makes gross changes, or what they are made to: the Assembly, or the proposal it revises.
   */
  private static final Pattern CHANGER =
      Pattern.compile(
          "(?i:national assembly|parliament|lawmakers|legislat\\w*|\\bassembly\\b|proposal|\\bbill\\b)"
              + "|국회|본회의|여야|정부안|원안|정부 제출|심사|수정안");

  /**
   * The counterpart given as the same amount: "while reallocating the same amount", "같은 규모를 증액".
   */
  private static final Pattern ADD_SAME =
      Pattern.compile(
          "(?i:\\b(?:"
              + ADD_EN
              + ")(?:\\s+by)?\\s+the\\s+same\\s+amount)|(?:같은|동일한?)\\s?(?:규모|금액)[을를만큼]?\\s?(?:증액|늘)");

  private static final Pattern CUT_SAME =
      Pattern.compile(
          "(?i:\\b(?:"
              + CUT_EN
              + ")(?:\\s+by)?\\s+the\\s+same\\s+amount)|(?:같은|동일한?)\\s?(?:규모|금액)[을를만큼]?\\s?(?:감액|삭감|깎|줄)");

  /**
   * A verb right before the figure, or a Korean noun as its topic: "cut 4.3", "added by 4.2",
   * "scale back 4.3", "증액은 4조2900억원", "감액 규모는 5조원".
   */
  private static final Pattern CUT_BEFORE =
      Pattern.compile(
          "(?i:\\b(?:"
              + CUT_EN
              + ")(?:\\s+by)?\\s+(?:about\\s+|some\\s+)?)$"
              + "|(?:감액|삭감)(?:\\s?(?:규모|액|분))?[은는이가]\\s?(?:약\\s?)?$");

  private static final Pattern ADD_BEFORE =
      Pattern.compile(
          "(?i:\\b(?:"
              + ADD_EN
              + ")(?:\\s+by)?\\s+(?:about\\s+|some\\s+)?)$"
              + "|증액(?:\\s?(?:규모|액|분))?[은는이가]\\s?(?:약\\s?)?$");

  /**
   * A Korean ending right after the figure: "4조원이 감액됐고", "4조원을 증액", "4조원씩 줄이고", and for an addition
   * after a cut, "지출은 7조5000억원 늘어났다".
   */
  private static final Pattern CUT_AFTER =
      Pattern.compile(
          "^\\s?(?:[이가을를씩]\\s?)?(?:감액|삭감|깎|줄이|줄였)"
              + "|(?i:^\\s+(?:was|were|has been|have been|had been)\\s+(?:"
              + CUT_EN
              + ")\\b)");

  private static final Pattern ADD_AFTER =
      Pattern.compile(
          "^\\s?(?:[이가을를씩]\\s?)?(?:증액|늘리|늘린|늘려|늘렸|늘어났|늘었)"
              + "|(?i:^\\s+(?:was|were|has been|have been|had been)\\s+(?:"
              + ADD_EN
              + ")\\b)");

  /** A supplementary budget named in the text before the figure. */
  private static final Pattern SUPPLEMENTARY =
      Pattern.compile("(?i:supplementary|extra budget)|추경|추가경정");

  private final Subject change;

  private AssemblyChangeCheck(Context c, Subject change) {
    super(c);
    this.change = change;
  }

  /** The check of a gross cut or addition, if the claim's figure is one. */
  static Optional<ClaimCheck> ifGross(Context c) {
    Claim claim = c.claim();
    if ((claim.kind() != ClaimKind.AMOUNT && claim.kind() != ClaimKind.CHANGE_AMOUNT)
        || !claim.figure().isMoneyIn("KRW")
        || !(CUT.matcher(claim.sentence()).find() || ADD.matcher(claim.sentence()).find())
        || !CHANGER.matcher(lead(c.text(), claim)).find()
        || partNamedBefore(claim)) {
      return Optional.empty();
    }
    Optional<Boolean> own = attachment(c.text(), claim);
    if (own.isEmpty()) {
      return Optional.empty();
    }
    // Both amounts have to be the Assembly's change: a cut amount and an added one, each next to
    // its word. A sentence that only mentions cutting somewhere ("despite cuts, spending rose by
    // 5 trillion won") gives no gross change.
    boolean cut = own.get();
    boolean counterpart =
        c.byId().values().stream()
                .filter(o -> o.id() != claim.id() && nearby(c.text(), o, claim))
                .filter(o -> o.figure().isMoneyIn("KRW"))
                .anyMatch(o -> attachment(c.text(), o).filter(x -> x != cut).isPresent())
            || (cut ? ADD_SAME : CUT_SAME).matcher(claim.sentence()).find();
    if (!counterpart) {
      return Optional.empty();
    }
    Subject change = cut ? CUTS : ADDITIONS;
    Claim read = withSubject(claim, change);
    Optional<Stage> supplementary = supplementaryNamedBefore(c, read, change);
    if (supplementary.isPresent()) {
      read =
          read.withReading(
              read.subject(),
              read.subjectPhrase(),
              read.fiscalYear(),
              read.yearReason(),
              supplementary,
              false,
              "an extra budget is named before the figure, and the data hold the Assembly's"
                  + " changes to that year's "
                  + supplementary.get().labelEn()
                  + ", not to its main budget");
    }
    return Optional.of(new AssemblyChangeCheck(c.withClaim(read), change));
  }

  /**
   * "During the review, 2.4 trillion won was increased" after sentences about an extra budget: with
   * no stage named and no change to the year's main budget in the data, the changes are to the
   * year's latest supplementary that has them.
   */
  private static Optional<Stage> supplementaryNamedBefore(Context c, Claim read, Subject change) {
    if (read.stage().map(Stage::isSupplementary).orElse(false)
        || read.stageStated()
        || read.fiscalYear().isEmpty()
        || !SUPPLEMENTARY.matcher(lead(c.text(), read)).find()) {
      return Optional.empty();
    }
    int year = read.fiscalYear().get().value();
    for (StoreFigures.Series s : c.figures().series(change)) {
      if (s.at(year, Stage.ENACTED).isPresent()) {
        return Optional.empty();
      }
      Optional<Stage> latest = s.latestSupplementary(year);
      if (latest.isPresent()) {
        return latest;
      }
    }
    return Optional.empty();
  }

  /** True for an amount next to a cut word, false next to an addition word, empty otherwise. */
  private static Optional<Boolean> attachment(String text, Claim claim) {
    String before =
        text.substring(Math.max(0, claim.figure().start() - 30), claim.figure().start());
    String after =
        text.substring(claim.figure().end(), Math.min(text.length(), claim.figure().end() + 24));
    boolean cut = CUT_BEFORE.matcher(before).find() || CUT_AFTER.matcher(after).find();
    boolean add = ADD_BEFORE.matcher(before).find() || ADD_AFTER.matcher(after).find();
    return cut == add ? Optional.empty() : Optional.of(cut);
  }

  /**
   * The sentence and the few before it: "The Assembly approved the plan. … The parties decided to
   * scale back 4.3 trillion won …" names who made the change in an earlier sentence.
   */
  private static String lead(String text, Claim claim) {
    int at = claim.figure().start();
    return text.substring(Math.max(0, at - 600), at) + claim.sentence();
  }

  /**
   * The same sentence, or the next or the one before in the same paragraph: "… 5조3000억 원을 감액했다. 그러나
   * … 7조5000억 원 늘렸다." gives the cut and the addition in two sentences.
   */
  private static boolean nearby(String text, Claim a, Claim b) {
    if (a.sentence().equals(b.sentence())
        && Math.abs(a.start() - b.start()) <= a.sentence().length()) {
      return true;
    }
    int from = Math.min(a.figure().end(), b.figure().end());
    int to = Math.max(a.figure().start(), b.figure().start());
    if (to - from > NEIGHBOUR || from > to) {
      return false;
    }
    String between = text.substring(from, to);
    return !between.contains("\n\n") && sentenceBreaks(between) <= 1;
  }

  /** How far apart, in characters, the cut and the addition of two neighbouring sentences are. */
  private static final int NEIGHBOUR = 160;

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?。](?:\\s|$)|다\\.");

  private static int sentenceBreaks(String between) {
    int n = 0;
    java.util.regex.Matcher m = SENTENCE_END.matcher(between);
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static final Subject CUTS =
      aggregate("theme:assembly_cut", "the Assembly's gross cuts", "국회 감액", "assembly_cut");

  private static final Subject ADDITIONS =
      aggregate(
          "theme:assembly_addition",
          "the Assembly's gross additions",
          "국회 증액",
          "assembly_addition");

  /** A sector or program named right before the figure makes it that item's change. */
  private static boolean partNamedBefore(Claim claim) {
    return claim.subject().map(s -> s.kind() == Subject.Kind.PART && !s.isGeneric()).orElse(false)
        && ReadingDoubts.adjacent(claim)
        && claim.sentence().indexOf(claim.subjectPhrase())
            < claim.sentence().indexOf(claim.figure().text());
  }

  @Override
  CheckedClaim checkKind() {
    if (claim.fiscalYear().isEmpty()) {
      return unverifiable("no fiscal year: " + claim.yearReason(), "", "");
    }
    if (figures.series(change).isEmpty()) {
      return unverifiable(missingSubject(change), "", "");
    }
    int year = claim.fiscalYear().get().value();
    // The Assembly changes a budget when it passes it: the main budget, or the supplementary the
    // sentence names.
    Stage stage = claim.stage().filter(Stage::isSupplementary).orElse(Stage.ENACTED);
    Optional<Found> found = find(change, year, stage);
    if (found.isEmpty()) {
      return unverifiable(missing(change, year, stage), "", "");
    }
    Found f = found.get();
    rows.add(f.row());
    Interval stated = statedInterval(claim.figure());
    BigDecimal amount = f.amount();
    String formula = amountFormula(f);
    String tolerance = toleranceOf(claim.figure(), stated) + "; data " + f.row().precision();
    String what =
        change.labelEn() + " to the " + year + " " + stageLabel(stage).toLowerCase(Locale.ROOT);
    if (stated.overlaps(f.interval())) {
      return verdict(
          Verdict.SUPPORTED,
          "the sentence gives "
              + what
              + " (the cut and added words name gross changes, not the net one); the data give "
              + WonText.of(amount)
              + ".",
          formula,
          tolerance,
          Optional.of(amount));
    }
    return verdict(
        Verdict.UNVERIFIABLE,
        "the sentence gives "
            + what
            + "; the data give "
            + WonText.of(amount)
            + ", not "
            + WonText.of(claim.figure().value())
            + ". Not called false, because the Assembly's changes are also reported by program,"
            + " by account or with the funds, and the sentence may use another of these.",
        formula,
        tolerance,
        Optional.of(amount));
  }
}
