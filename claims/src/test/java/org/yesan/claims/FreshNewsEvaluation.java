package org.yesan.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scores the checker on the fresh held-out news set, whose texts are not in the repository; not
 * part of {@code mvn verify} (its name does not end in Test), run with {@code mvn -pl claims -am
 * test -Dtest=FreshNewsEvaluation -Dsurefire.failIfNoSpecifiedTests=false -Dyesan.freshNews=DIR},
 * where DIR holds the texts as {@code NN.txt}; {@code -Dyesan.freshSet=fresh2} picks another set's
 * index and labels, and {@code -Dyesan.freshPartial=true} scores a partly restored set (a missing
 * text is left out; a label whose token moved is found by its occurrence). It writes {@code
 * target/news-eval-SET.md}.
 */
class FreshNewsEvaluation {

  @Test
  void freshSet() throws IOException {
    String dir = System.getProperty("yesan.freshNews", "");
    assertThat(dir).as("-Dyesan.freshNews=DIR, the directory of the fresh texts").isNotBlank();
    String set = System.getProperty("yesan.freshSet", "fresh");
    boolean partial = Boolean.getBoolean("yesan.freshPartial");
    List<String> dropped = new java.util.ArrayList<>();
    List<NewsLabels.Article> articles = NewsLabels.fresh(set, Path.of(dir), partial, dropped);
    ClaimChecker checker = ClaimChecker.over(SharedStores.headline());
    NewsLabels.Score s = NewsLabels.score(checker, articles);
    StringBuilder summary = new StringBuilder(s.summary(set));
    if (partial) {
      summary.append(
          String.format(
              java.util.Locale.ROOT,
              "%npartial run (development only): %d texts present; %d labels left out, their"
                  + " token absent from the restored text: %s",
              articles.size(),
              dropped.size(),
              dropped));
    }
    for (String lang : List.of("en", "ko")) {
      NewsLabels.Score l =
          NewsLabels.score(checker, articles.stream().filter(a -> a.lang().equals(lang)).toList());
      summary.append('\n').append(l.summary(set + " (" + lang + ")"));
    }
    Files.createDirectories(Path.of("target"));
    Files.writeString(
        Path.of("target/news-eval-" + set + ".md"), summary + "\n\n" + NewsLabels.misses(s));
    System.out.println(summary);
    if (set.equals("fresh") && !partial) {
      assertThat(s.labels()).isEqualTo(318);
    }
  }
}
