package org.yesan.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Scores the checker on the real news samples against the bundled dataset, each half separately,
 * and writes {@code target/news-eval-<half>.md}; run alone with {@code mvn -pl claims -am test
 * -Dtest=NewsHalvesTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class NewsHalvesTest {

  @Test
  void developmentHalf() throws IOException {
    NewsLabels.Score s = evaluate("dev");
    assertThat(s.labels()).isEqualTo(305);
    // Measured (see docs/claims.md); a change to the reader that loses ground shows here.
    assertThat(s.found()).isGreaterThanOrEqualTo(303);
    // Relabelled against the national aggregates now in the bundled data, with the readings
    // designed on this half (ratios to GDP, the Assembly's gross changes, year-led lists, table
    // cells, sizes of a supplementary named before): 291 right, no accusation.
    assertThat(s.correct()).isGreaterThanOrEqualTo(297);
    assertThat(s.contradicted() - s.contradictedRight()).isLessThanOrEqualTo(0);
  }

  @Test
  void testHalf() throws IOException {
    NewsLabels.Score s = evaluate("test");
    assertThat(s.labels()).isEqualTo(322);
    // No longer held out since 2026-12-02 (see the labels' README): its third look gave 311 found,
    // 249 right and 4 of 6 accusations wrong; the readings designed on its misses since then give
    // the floor below. The held-out result is the fresh set's (FreshNewsEvaluation).
    assertThat(s.found()).isGreaterThanOrEqualTo(321);
    // 285 since a bound far below the data's figure stopped supporting a misread subject: two
    // defence thresholds ("surpass the 60-trillion-won mark") were right only as read against the
    // whole budget's 512.3조.
    assertThat(s.correct()).isGreaterThanOrEqualTo(285);
    assertThat(s.contradicted() - s.contradictedRight()).isLessThanOrEqualTo(0);
  }

  private static NewsLabels.Score evaluate(String half) throws IOException {
    ClaimChecker checker = ClaimChecker.over(SharedStores.headline());
    java.util.List<NewsLabels.Article> articles = NewsLabels.half(half);
    NewsLabels.Score s = NewsLabels.score(checker, articles);
    StringBuilder perLanguage = new StringBuilder();
    for (String lang : java.util.List.of("en", "ko")) {
      NewsLabels.Score l =
          NewsLabels.score(checker, articles.stream().filter(a -> a.lang().equals(lang)).toList());
      perLanguage.append('\n').append(l.summary(half + " (" + lang + ")"));
    }
    String summary = s.summary(half) + perLanguage;
    Files.createDirectories(Path.of("target"));
    Files.writeString(
        Path.of("target/news-eval-" + half + ".md"), summary + "\n\n" + NewsLabels.misses(s));
    System.out.println(summary);
    return s;
  }
}
