package org.yesan.claims.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /**
   * Stands for "the latest supplementary budget of that year" when the text says 추경 or
   * "supplementary budget" without a number; the checker looks up which round that is.
   */
  public static final Stage LATEST_SUPPLEMENTARY = Stage.supplementary(99);

  private static final Pattern SENTENCE_END =
      Pattern.compile(
          "(?<=[.!?。])(?<!(?:^|\\n)\\d\\.)(?<!(?:^|\\n)\\d\\d\\.)(?<!\\bNo\\.)(?<!\\bU\\.S\\.)\\s+|(?<=[다음됨함]\\.)(?=[가-힣])|(?<=[a-z]{2}\\.)(?=[A-Z][a-z])|\\n\\s*\\n|\\n(?=\\s*[^a-z\\s])");

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
    TextReading reading = new TextReading(text, documentDate, glossary);
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
}
