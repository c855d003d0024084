package org.yesan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The overview drills by the levels the measure has members at, the same model compare uses (GET
 * …/compare/levels): on the bundled dataset, every money measure offers only such levels (none for
 * the headline total); on a shared Korean year, the walk down to the line items never shows an
 * empty level or a level with one member. The expected levels are asked of the aggregate API level
 * by level, not of the route the page calls.
 */
class OverviewLevelsBrowserTest extends BrowserTestBase {

  private static final String HEADLINE = "/api/v1/datasets/kr-headline";

  /** The model's levels, in order, at which {@code measure} has a non-empty member. */
  private List<String> levelsWithMembers(String dataset, String measure) {
    List<String> out = new ArrayList<>();
    for (JsonNode l : api(dataset).get("levels")) {
      String id = l.get("id").asText();
      JsonNode cells =
          api(dataset
                  + "/aggregate?pagesize=10000&drilldown="
                  + id
                  + ",stage&cut="
                  + DashboardFixture.q("measure:" + measure))
              .get("cells");
      boolean named = false;
      for (JsonNode c : cells) {
        named |= !c.path(id).isNull() && !c.path(id).asText().isEmpty();
      }
      if (named) {
        out.add(id);
      }
    }
    return out;
  }

  private WebElement overviewAtDepth(int depth) {
    // The overview is re-rendered as each level's figures arrive: a section found may be
    // replaced before its depth is read, which is a reason to look again, not a failure.
    return new WebDriverWait(driver, Duration.ofSeconds(60))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            d ->
                d.findElements(By.cssSelector("section.overview[data-depth]")).stream()
                    .filter(s -> Integer.parseInt(s.getDomAttribute("data-depth")) >= depth)
                    .findFirst()
                    .orElse(null));
  }

  private static List<String> split(String levels) {
    return levels.isEmpty() ? List.of() : Arrays.asList(levels.split(","));
  }

  @Test
  void everyMeasureOfTheDefaultDatasetOffersOnlyItsOwnLevels() {
    int measures = 0;
    for (JsonNode m : api(HEADLINE).get("measures")) {
      String id = m.get("id").asText();
      if (m.path("quantity").asText().equals("percent")) {
        continue; // ratios to GDP are not money; the money views do not offer them
      }
      measures++;
      List<String> expected = levelsWithMembers(HEADLINE, id);
      open("overview?dataset=kr-headline&measure=" + id);
      WebElement view = overviewAtDepth(0);
      assertThat(split(view.getDomAttribute("data-levels"))).as(id).isEqualTo(expected);
      if (expected.isEmpty()) {
        assertThat(await("#overview-no-breakdown").getText()).as(id).contains("나뉘지 않습니다");
        assertThat(driver.findElements(By.id("overview-chart"))).as(id).isEmpty();
        assertThat(driver.findElements(By.cssSelector("table.data"))).as(id).isEmpty();
      } else {
        assertThat(expected).as(id).contains(view.getDomAttribute("data-level"));
        assertThat(driver.findElements(By.cssSelector("table.data tbody tr")).size())
            .as(id)
            .isGreaterThan(1);
      }
      assertThat(driver.findElement(By.id("view")).getText()).as(id).doesNotContain("(없음)");
    }
    // total expenditure without levels, the sector allocation with its sectors, and more
    assertThat(measures).isGreaterThan(5);
    assertThat(levelsWithMembers(HEADLINE, "total_expenditure")).isEmpty();
    assertThat(levelsWithMembers(HEADLINE, "sector_allocation")).containsExactly("sector");
  }

  @Test
  void aSharedKoreanYearIsWalkedDownWithoutAnEmptyOrSingleMemberLevel() {
    JsonNode model = api(OF);
    List<String> filled = levelsWithMembers(OF, "expenditure");
    List<String> expected = new ArrayList<>();
    model.get("hierarchies").get(0).get("levels").forEach(l -> expected.add(l.asText()));
    expected.retainAll(filled);
    assertThat(expected).startsWith("ministry").contains("program", "unit_project");

    open("overview?dataset=kr-openfiscal&measure=expenditure&year=2018&stage=enacted");
    WebElement view = overviewAtDepth(0);
    assertThat(split(view.getDomAttribute("data-levels"))).isEqualTo(expected);
    List<String> visited = new ArrayList<>();
    int depth = 0;
    while (!view.getDomAttribute("data-level").isEmpty()) {
      String level = view.getDomAttribute("data-level");
      visited.add(level);
      assertThat(expected).contains(level);
      List<WebElement> rows = driver.findElements(By.cssSelector("table.data tbody tr"));
      // a level with one member is skipped, so every level shown has at least two
      assertThat(rows).as(level + " at " + pathInAddress()).hasSizeGreaterThan(1);
      List<String> names =
          rows.stream().map(r -> r.findElement(By.cssSelector("th, td")).getText()).toList();
      assertThat(names).as(level).isNotEqualTo(List.of("(없음)"));
      depth = Integer.parseInt(view.getDomAttribute("data-depth"));
      driver.findElement(By.cssSelector("table.data tbody tr button.drill")).click();
      view = overviewAtDepth(depth + 1);
    }
    // down to the line items, through levels in the model's order
    assertThat(driver.findElement(By.cssSelector("section.overview h2")).getText())
        .isEqualTo("세부 항목(원자료 행)");
    assertThat(expected).containsSubsequence(visited);
    assertThat(visited).hasSizeGreaterThanOrEqualTo(2);
    assertThat(pathInAddress()).hasSize(expected.size());
  }
}
