package org.yesan.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class ArticleCheckTest {

  static String article() throws IOException {
    return Files.readString(
        SharedStores.shared().resolve("samples/articles/2026-budget-address.en.txt"));
  }

  @Test
  void printsTheArticleChecks() throws IOException {
    CheckReport r =
        ClaimChecker.over(SharedStores.headline()).check(article(), CheckOptions.defaults());
    System.out.println(r.documentDate() + " " + r.dateReason());
    for (CheckedClaim c : r.claims()) {
      System.out.println(
          c.id()
              + " ["
              + c.text()
              + "] "
              + c.kind()
              + " "
              + c.subject()
              + " "
              + c.fiscalYear()
              + " "
              + c.stage()
              + " -> "
              + c.verdict()
              + ": "
              + c.explanation());
      System.out.println("     " + c.reading());
      System.out.println("     " + c.formula() + " | " + c.tolerance());
    }
    assertThat(r.claims()).isNotEmpty();
  }
}
