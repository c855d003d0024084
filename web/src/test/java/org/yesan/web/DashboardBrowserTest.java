package org.yesan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser (Debian's headless Chromium driven by Selenium) against the real
 * server over real data: every figure on screen is compared with the API's answer to the same
 * query. Skipped when Chromium is not installed. With {@code -Dyesan.screenshots=DIR} it saves a
 * PNG of each view there and the paint timings to {@code DIR/timings.txt}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest extends BrowserTestBase {

  private final List<String> timings = new ArrayList<>();

  @AfterAll
  void writeTimings() {
    screenshotDir()
        .ifPresent(
            dir -> {
              try {
                Files.createDirectories(dir);
                Files.write(dir.resolve("timings.txt"), timings, StandardCharsets.UTF_8);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  @Test
  @Order(1)
  void overviewShowsTheApiTotalAndDrillsThreeLevels() {
    open("overview?dataset=kr-openfiscal&measure=expenditure&year=2018&stage=enacted");
    await("body[data-painted='overview']");
    WebElement total = await("#overview-total");
    String cut = "fiscal_year:2018|stage:enacted|measure:expenditure";
    JsonNode summary = api(OF + "/aggregate?cut=" + DashboardFixture.q(cut)).get("summary");
    assertThat(total.getDomAttribute("data-amount")).isEqualTo(summary.get("amount").asText());
    assertThat(total.getText()).isEqualTo(summary.get("readable").get("ko").asText());
    // change on 2017: the exact difference of the two API totals
    JsonNode prev =
        api(OF + "/aggregate?cut=" + DashboardFixture.q(cut.replace("2018", "2017")))
            .get("summary");
    assertThat(
            new BigDecimal(
                driver.findElement(By.id("overview-change")).getDomAttribute("data-change")))
        .isEqualByComparingTo(
            new BigDecimal(summary.get("amount").asText())
                .subtract(new BigDecimal(prev.get("amount").asText())));
    // an increase on the previous year carries "+", in the amount and in the percentage
    assertThat(new BigDecimal(summary.get("amount").asText()))
        .isGreaterThan(new BigDecimal(prev.get("amount").asText()));
    assertThat(driver.findElement(By.id("overview-change")).getText())
        .contains("): +")
        .contains("(+");
    timings.add(paintTimings("overview (kr-openfiscal 2018 enacted, ministries)"));
    assertLabelsFit("overview-chart");
    shoot("overview-openfiscal");

    // The first row of each level is the largest; drill it three times, by keyboard. A level
    // with one member is skipped, so the path is read back from the address each time.
    List<String> levels = List.of("ministry", "account", "sub_account", "program", "unit_project");
    int depth = 0;
    for (int press = 0; press < 3 && depth < 3; press++) {
      WebElement first = await("button.drill");
      String shownName = first.getText();
      int before = depth;
      first.sendKeys(Keys.ENTER);
      new WebDriverWait(driver, Duration.ofSeconds(30))
          .until(
              d ->
                  pathInAddress().size() > before
                      && !d.findElements(By.id("overview-total")).isEmpty());
      List<String> path = pathInAddress();
      depth = path.size();
      await("body[data-painted='overview']");
      WebElement t = await("#overview-total");
      String c = cut;
      for (int i = 0; i < path.size(); i++) {
        if (!path.get(i).equals("∅")) {
          c += "|" + levels.get(i) + ":" + path.get(i);
        }
      }
      BigDecimal expectedAmount;
      if (path.contains("∅")) {
        expectedAmount = nodeWithEmpty(c, levels.subList(0, path.size()), path);
      } else {
        expectedAmount =
            new BigDecimal(
                api(OF + "/aggregate?cut=" + DashboardFixture.q(c))
                    .get("summary")
                    .get("amount")
                    .asText());
      }
      assertThat(new BigDecimal(t.getDomAttribute("data-amount")))
          .as("total after drilling into %s", shownName)
          .isEqualByComparingTo(expectedAmount);
      assertThat(t.getText()).isEqualTo(won(expectedAmount.toPlainString()));
      // every level passed through on the way has more than one member, or was skipped
      assertThat(driver.findElements(By.cssSelector(".crumbs a"))).hasSize(path.size());
    }
    shoot("overview-drilled");
  }

  /** The amount of a node one of whose members is empty: the API cell with every such one empty. */
  private BigDecimal nodeWithEmpty(String cut, List<String> levels, List<String> path) {
    List<String> empty = new ArrayList<>();
    for (int i = 0; i < levels.size(); i++) {
      if (path.get(i).equals("∅")) {
        empty.add(levels.get(i));
      }
    }
    JsonNode cells =
        api(OF
                + "/aggregate?cut="
                + DashboardFixture.q(cut)
                + "&drilldown="
                + String.join(",", empty))
            .get("cells");
    for (JsonNode cell : cells) {
      boolean all = empty.stream().allMatch(l -> cell.get(l).isNull());
      if (all) {
        return new BigDecimal(cell.get("amount").asText());
      }
    }
    throw new AssertionError("no cell with empty " + empty);
  }

  private String paintTimings(String what) {
    @SuppressWarnings("unchecked")
    Map<String, Object> t =
        (Map<String, Object>)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "const m = performance.getEntriesByName('yesan:overview-painted')[0];"
                        + "const nav = performance.getEntriesByType('navigation')[0];"
                        + "const api = performance.getEntriesByType('resource')"
                        + "  .filter(r => r.name.includes('/api/'));"
                        + "const fcp = performance.getEntriesByName('first-contentful-paint')[0];"
                        + "return { painted: m ? m.startTime : -1,"
                        + "  fcp: fcp ? fcp.startTime : -1,"
                        + "  domContentLoaded: nav ? nav.domContentLoadedEventEnd : -1,"
                        + "  apiCalls: api.length,"
                        + "  apiFirstStart: api.length ? Math.min(...api.map(r => r.startTime)) : -1,"
                        + "  apiLastEnd: api.length ? Math.max(...api.map(r => r.responseEnd)) : -1,"
                        + "  apiSum: api.reduce((s, r) => s + r.duration, 0),"
                        + "  apiEach: api.map(r => r.name.replace(location.origin, '').split('?')[0]"
                        + "    + ' ' + r.duration.toFixed(1)).join('; ') };");
    assertThat(((Number) t.get("painted")).doubleValue()).isPositive();
    return String.format(
        java.util.Locale.ROOT,
        "%s: meaningful paint %.0f ms after navigation start (first contentful paint %.0f ms,"
            + " DOMContentLoaded %.0f ms); %s API calls from %.0f to %.0f ms, %.0f ms in all: %s",
        what,
        ((Number) t.get("painted")).doubleValue(),
        ((Number) t.get("fcp")).doubleValue(),
        ((Number) t.get("domContentLoaded")).doubleValue(),
        t.get("apiCalls"),
        ((Number) t.get("apiFirstStart")).doubleValue(),
        ((Number) t.get("apiLastEnd")).doubleValue(),
        ((Number) t.get("apiSum")).doubleValue(),
        t.get("apiEach"));
  }

  @Test
  @Order(2)
  void headlineOverviewInEnglishShowsTheApiFigure() {
    open("overview?dataset=kr-headline&measure=total_expenditure&year=2026&stage=proposal&lang=en");
    await("body[data-painted='overview']");
    JsonNode s =
        api("/api/v1/datasets/kr-headline/aggregate?cut="
                + DashboardFixture.q("fiscal_year:2026|stage:proposal|measure:total_expenditure"))
            .get("summary");
    WebElement total = await("#overview-total");
    assertThat(total.getDomAttribute("data-amount")).isEqualTo(s.get("amount").asText());
    assertThat(total.getText()).isEqualTo(s.get("readable").get("en").asText());
    // Total expenditure has no sector members: no "(none)" tile, a note that the figure is whole.
    assertThat(await("#overview-no-breakdown").getText()).contains("not broken down");
    assertThat(driver.findElements(By.cssSelector("#overview-chart"))).isEmpty();
    timings.add(paintTimings("overview (kr-headline 2026 proposal)"));
    shoot("overview-headline-en");
  }

  @Test
  @Order(3)
  void compareShowsTheApiChangesWithMoversInBold() {
    goHash(
        "compare?dataset=kr-openfiscal&measure=expenditure&axis=years&a=2017&b=2018&stage=enacted&level=ministry&lang=ko");
    WebElement total = await("#compare-total");
    JsonNode c =
        api(
            OF
                + "/compare?years=2017,2018&drilldown=ministry&cut="
                + DashboardFixture.q("measure:expenditure|stage:enacted"));
    assertThat(total.getDomAttribute("data-change"))
        .isEqualTo(c.get("total").get("change").asText());
    List<WebElement> rows = driver.findElements(By.cssSelector("table.data tbody tr"));
    assertThat(rows).hasSize(c.get("rows").size());
    List<WebElement> first = rows.get(0).findElements(By.cssSelector("th, td"));
    JsonNode r0 = c.get("rows").get(0);
    assertThat(first.get(0).getText()).isEqualTo(r0.get("ministry").asText());
    assertThat(first.get(3).getText().replace(",", "")).isEqualTo(r0.get("change").asText());
    // an increase carries "+": in the reading and in the percentage
    String pct = r0.get("change_pct").asText();
    assertThat(first.get(5).getText()).isEqualTo(pct.startsWith("-") ? pct : "+" + pct);
    assertThat(first.get(4).getText())
        .isEqualTo((pct.startsWith("-") ? "" : "+") + won(r0.get("change").asText()));
    // 행정자치부 → 행정안전부 is one row, marked renamed
    assertThat(r0.get("ministry").asText()).isEqualTo("행정안전부");
    assertThat(r0.get("status").asText()).isEqualTo("renamed");
    assertThat(first.get(6).getText()).isEqualTo("명칭 변경, 이전 이름 행정자치부");
    // the bar readings: one per bar, each with its sign, none cut, none outside the chart
    List<String> drawn = assertLabelsFit("compare-chart");
    assertThat(drawn).contains("+" + won(r0.get("change").asText()));
    assertThat(driver.findElements(By.cssSelector("tr.mover"))).hasSize(5);
    shoot("compare");

    // Sorting by the header puts the largest cut first.
    driver.findElement(By.cssSelector("button.sort[data-key='change']")).sendKeys(Keys.ENTER);
    driver.findElement(By.cssSelector("button.sort[data-key='change']")).sendKeys(Keys.ENTER);
    String top = driver.findElement(By.cssSelector("table.data tbody tr th")).getText();
    String expected = null;
    BigDecimal min = null;
    for (JsonNode r : c.get("rows")) {
      if (r.get("change").isNull()) {
        continue; // new or gone: no change, sorted last
      }
      BigDecimal ch = new BigDecimal(r.get("change").asText());
      if (min == null || ch.compareTo(min) < 0) {
        min = ch;
        expected = r.get("ministry").asText();
      }
    }
    // ascending after two presses of an amount column (descending first)
    assertThat(top).isEqualTo(expected);
  }

  @Test
  @Order(4)
  void assemblyViewComparesProposalWithEnacted() {
    goHash(
        "assembly?dataset=kr-openfiscal&measure=expenditure_net&year=2018&level=ministry&lang=ko");
    WebElement total = await("#compare-total");
    JsonNode c =
        api(
            OF
                + "/compare?stages=proposal,enacted&drilldown=ministry&cut="
                + DashboardFixture.q("measure:expenditure_net|fiscal_year:2018"));
    assertThat(total.getDomAttribute("data-change"))
        .isEqualTo(c.get("total").get("change").asText());
    shoot("assembly");
  }

  @Test
  @Order(5)
  void seriesListsEveryYearAndStageOfTheApi() {
    goHash("series?dataset=kr-headline&measure=total_expenditure&lang=ko");
    await("#series-chart canvas");
    JsonNode s = api("/api/v1/datasets/kr-headline/series?measure=total_expenditure");
    List<WebElement> rows = driver.findElements(By.cssSelector("table.data tbody tr"));
    assertThat(rows).hasSize(s.get("points").size());
    List<WebElement> cells = rows.get(0).findElements(By.cssSelector("th, td"));
    JsonNode p0 = s.get("points").get(0);
    assertThat(cells.get(0).getText()).isEqualTo(p0.get("fiscal_year").asText());
    assertThat(cells.get(2).getText()).isEqualTo(p0.get("readable").get("ko").asText());
    assertThat(cells.get(3).getText().replace(",", "")).isEqualTo(p0.get("amount").asText());
    shoot("series");
  }

  @Test
  @Order(6)
  void themesShowTheApiTotalAndTheRuleOfEachLine() {
    goHash(
        "themes?dataset=kr-openfiscal&measure=expenditure&year=2018&stage=enacted&theme=defence&lang=ko");
    WebElement total = await("#theme-total");
    JsonNode r =
        api(
            OF
                + "/themes/defence?pagesize=500&cut="
                + DashboardFixture.q("measure:expenditure|fiscal_year:2018|stage:enacted"));
    assertThat(total.getDomAttribute("data-amount"))
        .isEqualTo(r.get("totals").get(0).get("amount").asText());
    List<WebElement> rows = driver.findElements(By.cssSelector("table.data tbody tr"));
    assertThat(rows).hasSize(r.get("lines").size());
    assertThat(rows.get(0).findElements(By.cssSelector("td")).get(2).getText())
        .isEqualTo(r.get("lines").get(0).get("evidence").get("rule").asText());
    shoot("themes");
  }

  @Test
  @Order(7)
  void claimCheckHighlightsEveryNumberWithTheApiVerdict() throws IOException {
    String article =
        Files.readString(
            DashboardFixture.data()
                .getParent()
                .resolve("samples/articles/2026-budget-address.en.txt"));
    goHash("claims?lang=en");
    WebElement area = await("#claim-text");
    ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", area, article);
    driver.findElement(By.id("claim-run")).click();
    await("#claim-counts");
    JsonNode report =
        DashboardFixture.parse(
            fx.post(
                "/api/v1/claims/check",
                "text/plain; charset=utf-8",
                article.getBytes(StandardCharsets.UTF_8)));
    List<WebElement> marks = driver.findElements(By.cssSelector("#claim-marked button.claim"));
    assertThat(marks).hasSize(report.get("claims").size());
    Map<String, JsonNode> byId = new java.util.HashMap<>();
    report.get("claims").forEach(c -> byId.put(c.get("id").asText(), c));
    for (WebElement mark : marks) {
      JsonNode c = byId.get(mark.getDomAttribute("data-claim"));
      assertThat(mark.getText()).isEqualTo(c.get("text").asText());
      assertThat(mark.getDomAttribute("data-verdict")).isEqualTo(c.get("verdict").asText());
    }
    report
        .get("verdicts")
        .properties()
        .forEach(
            v ->
                assertThat(
                        driver
                            .findElement(
                                By.cssSelector("#claim-counts [data-verdict='" + v.getKey() + "']"))
                            .getDomAttribute("data-count"))
                    .isEqualTo(v.getValue().asText()));
    WebElement supported =
        marks.stream()
            .filter(m -> "supported".equals(m.getDomAttribute("data-verdict")))
            .findFirst()
            .orElse(marks.get(0));
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", supported);
    supported.click();
    assertThat(driver.findElement(By.id("claim-detail")).getText())
        .contains(byId.get(supported.getDomAttribute("data-claim")).get("explanation").asText());
    shoot("claims");
  }

  @Test
  @Order(8)
  void searchFindsProgramsByName() {
    goHash(
        "search?dataset=kr-openfiscal&q=" + DashboardFixture.q("전력") + "&levels=program&lang=ko");
    await("table.data");
    JsonNode r = api(OF + "/search?levels=program&pagesize=200&q=" + DashboardFixture.q("전력"));
    assertThat(driver.findElements(By.cssSelector("table.data tbody tr")))
        .hasSize(r.get("matches").size());
    shoot("search");
  }

  @Test
  @Order(9)
  void phoneWidthHasNoSidewaysScroll() {
    driver.manage().window().setSize(new Dimension(360, 800));
    try {
      open("overview?dataset=kr-headline&measure=sector_allocation&year=2026&stage=proposal");
      await("body[data-painted='overview']");
      // sector allocations overlap: no sum of them is shown as a total
      assertThat(driver.findElements(By.id("overview-total"))).isEmpty();
      assertThat(driver.findElement(By.id("overview-overlap")).getText()).contains("겹치므로");
      Number width =
          (Number)
              ((JavascriptExecutor) driver)
                  .executeScript("return document.documentElement.scrollWidth");
      Number viewport =
          (Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth");
      assertThat(width.intValue()).isLessThanOrEqualTo(viewport.intValue());
      shoot("overview-phone");
    } finally {
      driver.manage().window().setSize(new Dimension(1280, 1000));
    }
  }
}
