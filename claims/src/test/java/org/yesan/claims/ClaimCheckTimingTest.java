package org.yesan.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A 1,000-word article (the 2026 budget address, 1,047 words) checked end to end (extraction and
 * store queries) against in-memory stores; writes {@code target/claims-benchmark.md}. The time per
 * claim and the time of the queries alone come from the same runs.
 */
class ClaimCheckTimingTest {

  private static final int WARM_UP = 3;
  private static final int RUNS = 10;

  /** The budget address followed by English labelled sentences, up to 1,000 words. */
  static String thousandWords() throws IOException {
    StringBuilder b =
        new StringBuilder(
            Files.readString(
                SharedStores.shared().resolve("samples/articles/2026-budget-address.en.txt")));
    for (LabelledSet.Item item :
        LabelledSet.read(Path.of("src/test/resources/labelled/claims.tsv"))) {
      if (words(b.toString()) >= 1000) {
        break;
      }
      if (item.lang().equals("en")) {
        b.append("\n\n").append(item.text());
      }
    }
    return b.toString();
  }

  static int words(String text) {
    return text.strip().split("\\s+").length;
  }

  @Test
  void checksAThousandWordArticle() throws IOException {
    String text = thousandWords();
    StringBuilder table = new StringBuilder();
    table.append(
        String.format(
            Locale.ROOT,
            "Text: the 2026 budget address (%d words). %d warm-up runs, then the mean of %d runs.%n%n",
            words(text),
            WARM_UP,
            RUNS));
    table.append(
        "| store | claims | queries per check | end to end ms (per claim) | extraction ms (per claim) | checking ms (per claim) | store queries alone ms (per claim) |\n");
    table.append("|---|---:|---:|---:|---:|---:|---:|\n");
    int claims = 0;
    for (String name :
        List.of("kr-headline only", "kr-headline + kr-openfiscal + kr-budget-2019")) {
      ClaimChecker checker =
          ClaimChecker.over(name.endsWith("only") ? SharedStores.headline() : SharedStores.all());
      for (int i = 0; i < WARM_UP; i++) {
        checker.check(text, CheckOptions.defaults());
      }
      List<CheckReport> runs = new ArrayList<>();
      for (int i = 0; i < RUNS; i++) {
        runs.add(checker.check(text, CheckOptions.defaults()));
      }
      claims = runs.get(0).claims().size();
      double extraction =
          runs.stream().mapToLong(r -> r.timing().extractionNanos()).average().orElseThrow() / 1e6;
      double verification =
          runs.stream().mapToLong(r -> r.timing().verificationNanos()).average().orElseThrow()
              / 1e6;
      double queries =
          runs.stream().mapToLong(r -> r.timing().queryNanos()).average().orElseThrow() / 1e6;
      table.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %d | %.2f (%.3f) | %.2f (%.3f) | %.2f (%.3f) | %.2f (%.3f) |%n",
              name,
              claims,
              runs.get(0).timing().queries(),
              extraction + verification,
              (extraction + verification) / claims,
              extraction,
              extraction / claims,
              verification,
              verification / claims,
              queries,
              queries / claims));
    }
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/claims-benchmark.md"), table.toString());
    System.out.println(table);
    assertThat(words(text)).isEqualTo(1047);
    assertThat(claims).isEqualTo(18);
  }

  @Test
  void checksTheRealNewsSamplesPerThousandWords() throws IOException {
    List<NewsLabels.Article> articles = new ArrayList<>(NewsLabels.half("dev"));
    articles.addAll(NewsLabels.half("test"));
    ClaimChecker checker = ClaimChecker.over(SharedStores.headline());
    int words = articles.stream().mapToInt(a -> words(a.text())).sum();
    for (int i = 0; i < WARM_UP; i++) {
      articles.forEach(a -> checker.check(a.text(), CheckOptions.defaults().withDate(a.date())));
    }
    java.lang.management.ThreadMXBean cpu =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long cpuStarted = cpu.getCurrentThreadCpuTime();
    long started = System.nanoTime();
    int claims = 0;
    for (int i = 0; i < RUNS; i++) {
      for (NewsLabels.Article a : articles) {
        claims +=
            checker.check(a.text(), CheckOptions.defaults().withDate(a.date())).claims().size();
      }
    }
    double msPerRun = (System.nanoTime() - started) / 1e6 / RUNS;
    // CPU time of this thread: what the check costs, whatever else the machine is running.
    double cpuPerRun = (cpu.getCurrentThreadCpuTime() - cpuStarted) / 1e6 / RUNS;
    String line =
        String.format(
            Locale.ROOT,
            "News samples: %d articles, %d words, %d claims per run; %.1f ms per run, %.1f ms per"
                + " 1,000 words elapsed, %.1f ms per 1,000 words of CPU time (mean of %d runs after"
                + " %d warm-up runs, kr-headline only)%n",
            articles.size(),
            words,
            claims / RUNS,
            msPerRun,
            msPerRun * 1000 / words,
            cpuPerRun * 1000 / words,
            RUNS,
            WARM_UP);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/claims-benchmark-news.md"), line);
    System.out.println(line);
    assertThat(articles).hasSize(40);
  }
}
