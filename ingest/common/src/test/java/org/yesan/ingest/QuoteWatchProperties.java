package org.yesan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class QuoteWatchProperties {

  /**
   * In text whose every field is quoted, each quote either opens, closes or escapes in pairs, so a
   * prefix ends inside a quoted field exactly when it holds an odd number of quotes.
   */
  @Property(tries = 500)
  void aCutEndsInsideQuotesExactlyWhenItHoldsAnOddNumberOfQuotes(
      @ForAll @Size(min = 1, max = 12)
          List<@StringLength(max = 8) @Chars({'a', '"', ',', ';', '\n', '\r', '1'}) String> fields,
      @ForAll @IntRange(min = 1, max = 4) int perRecord,
      @ForAll @IntRange(min = 0, max = 300) int cutAt)
      throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      text.append(i % perRecord == 0 ? (i == 0 ? "" : "\r\n") : ",");
      text.append('"').append(fields.get(i).replace("\"", "\"\"")).append('"');
    }
    String cut = text.substring(0, Math.min(cutAt, text.length()));
    QuoteWatch watch = new QuoteWatch(new StringReader(cut), ',', '"');
    char[] buffer = new char[7];
    while (watch.read(buffer, 0, buffer.length) >= 0) {
      // reads everything, as a parser would
    }
    long quotes = cut.chars().filter(c -> c == '"').count();
    assertThat(watch.endsInsideQuotes()).isEqualTo(quotes % 2 == 1);
  }

  /** Unquoted fields never open a quote, whatever they hold after their first character. */
  @Property(tries = 200)
  void quotesInsideUnquotedFieldsAreLiteral(
      @ForAll @Size(min = 1, max = 8)
          List<@StringLength(min = 1, max = 6) @Chars({'a', '"', '1'}) String> fields)
      throws IOException {
    StringBuilder text = new StringBuilder();
    for (String f : fields) {
      text.append(text.length() == 0 ? "" : ",").append('x').append(f);
    }
    QuoteWatch watch = new QuoteWatch(new StringReader(text.toString()), ',', '"');
    while (watch.read() >= 0) {
      // reads everything one character at a time
    }
    assertThat(watch.endsInsideQuotes()).isFalse();
  }
}
