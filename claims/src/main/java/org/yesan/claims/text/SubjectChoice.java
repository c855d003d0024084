package org.yesan.claims.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which subject of the glossary a figure is about: the noun right after it, else the nearest
 * specific phrase before it outside asides, else a specific phrase later in its clause, else a
 * generic word.
 */
final class SubjectChoice {

  /** Between a figure and the noun it counts: nothing, or 규모(의). */
  private static final Pattern ELLIPSIS = Pattern.compile("\\.{3}|…");

  private static final Pattern SIZE_OF = Pattern.compile("\\s{0,2}|\\s?규모(?:의)?\\s?|대\\s?");

  /**
   * "24.3 trillion won for public safety", "27.2 trillion won on industry": what it is spent on.
   */
  private static final Pattern SPENT_ON = Pattern.compile("\\s(?i:for|on)\\s(?:(?i:the)\\s)?");

  /** Between a supplementary budget and the figure of its size: "worth", "of". */
  private static final Pattern WORTH =
      Pattern.compile("\\s(?i:worth|of|totall?ing)\\s(?:(?i:about|nearly|some)\\s)?");

  /** Phrases that name the whole budget outright, not just "budget". */
  private static final Pattern WHOLE =
      Pattern.compile("총지출|전체 예산|(?i:total (?:spending|expenditures?))");

  /** Between such a phrase and its figure: a rate word, a particle, an opening bracket. */
  private static final Pattern WHOLE_GAP =
      Pattern.compile("\\s?(?:증가율|규모|(?i:growth))?\\s?(?:은|는|이|가)?\\s?\\(?\\s?");

  /**
   * A change verb after a figure ends what the figure says: "올해보다 7.1% 증액, 정부안 대비 복지 …" — the
   * subject after the verb is the next statement's.
   */
  private static final Pattern CHANGE_VERB =
      Pattern.compile(
          "증액|증가|감액|감소|늘어|늘었|줄어|줄었|삭감|확정|(?i:\\b(?:rose|fell|grew|increased|decreased)\\b)");

  private final String text;

  SubjectChoice(String text) {
    this.text = text;
  }

  /** The size of a supplementary budget, if the sentence names one (as a stage or as a noun). */
  static Optional<Subject> supplementaryNamed(
      List<Glossary.Match> subjects, List<StageWord> stages) {
    if (stages.stream().noneMatch(w -> w.stage().isSupplementary())) {
      return Optional.empty();
    }
    return subjects.stream()
        .map(Glossary.Match::subject)
        .filter(x -> x.id().equals("theme:supplementary_size"))
        .findFirst();
  }

  /**
   * Whether a subject counts only as the noun right after its figure: a supplementary's size, a
   * band of growth ("0%대 저성장").
   */
  static boolean onlyRightAfter(Subject subject) {
    return subject.id().equals("theme:supplementary_size")
        || subject.id().equals("not_budget:growth_band");
  }

  /**
   * "국방비 증가율은 … 전체 예산 증가율(3.7%)보다": the whole budget named right before its figure is as specific
   * as a sector named there, so it is not passed over for one named earlier.
   */
  private boolean namesWholeRightBefore(Glossary.Match g, int start) {
    return WHOLE.matcher(g.phrase()).matches()
        && start - g.end() <= 8
        && WHOLE_GAP.matcher(text.substring(g.end(), start)).matches();
  }

  List<int[]> asides(int from, int to) {
    List<int[]> out = new ArrayList<>();
    String s = text.substring(from, to);
    Matcher m = Pattern.compile("—[^—]*—|\\([^)]*\\)|–[^–]*–").matcher(s);
    while (m.find()) {
      out.add(new int[] {from + m.start(), from + m.end()});
    }
    return out;
  }

  Optional<Glossary.Match> subjectOf(
      int start, int end, List<Glossary.Match> subjects, List<int[]> asides) {
    int[] own = asides.stream().filter(a -> a[0] <= start && end <= a[1]).findFirst().orElse(null);
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
    // The noun right after a figure is what it counts: "150 trillion won public-private fund",
    // "a 13.8 trillion won extra budget", "35조원 규모의 추경".
    for (Glossary.Match g : usable) {
      if (g.start() >= end
          && g.start() - end <= 9
          && (SIZE_OF.matcher(text.substring(end, g.start())).matches()
              || SPENT_ON.matcher(text.substring(end, g.start())).matches())) {
        return Optional.of(g);
      }
    }
    // A supplementary budget names its size only as the noun right after the figure; anywhere else
    // the word is the figure's stage, not its subject.
    for (Glossary.Match g : usable) {
      if (onlyRightAfter(g.subject())
          && g.end() <= start
          && WORTH.matcher(text.substring(g.end(), start)).matches()) {
        // "an extra budget worth 13.8 trillion won".
        return Optional.of(g);
      }
    }
    usable.removeIf(g -> onlyRightAfter(g.subject()));
    if (ScopeRules.korean(text.substring(Math.max(0, start - 40), start))) {
      // "보건에 30조1000억원, 교육 분야에 …": a subject before an earlier list item is not this one's.
      usable.removeIf(
          g -> g.end() <= start && ScopeRules.crossesListItem(text.substring(g.end(), start)));
    }
    // "나라빚 1068조...예산 604.4조": in a headline an ellipsis ends a clause, so a subject before
    // it is not the figure's when another is named after it.
    List<Glossary.Match> named = List.copyOf(usable);
    usable.removeIf(
        g ->
            g.end() <= start
                && named.stream()
                    .anyMatch(
                        o ->
                            o.start() > g.end()
                                && o.end() <= start
                                && ELLIPSIS.matcher(text.substring(g.end(), o.start())).find()));
    Optional<Glossary.Match> generic = Optional.empty();
    Optional<Glossary.Match> specific = Optional.empty();
    for (Glossary.Match g : usable) {
      if (g.end() <= start) {
        if (g.subject().isGeneric() && !namesWholeRightBefore(g, start)) {
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
          && !text.substring(end, g.start()).matches("(?s).*(?:[,;:…]|\\.\\.\\.).*")
          && !CHANGE_VERB.matcher(text.substring(end, g.start())).find()) {
        return Optional.of(g);
      }
    }
    if (generic.isPresent()) {
      return generic;
    }
    return usable.stream().filter(g -> g.start() >= end).findFirst();
  }
}
