package org.yesan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard as people use it, in headless Chromium on the real server over real data: where it
 * lands, levels with one member, labels that fit, missing figures, English names, search figures,
 * Korean explanations, saving and embedding a chart. Figures are checked against the API's answer
 * to the same query; label geometry against the scene the chart drew.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardInUseBrowserTest extends BrowserTestBase {

  @Test
  @Order(1)
  void landsOnTheLatestYearsSectorsWithLabelsThatFit() {
    driver.get(fx.url("/"));
    driver.navigate().refresh();
    await("body[data-painted='overview']");
    await("#overview-chart canvas");
    // the bundled dataset's latest year, and in it the stage with the most sector figures
    JsonNode model = api("/api/v1/datasets/kr-headline");
    int latest = 0;
    for (JsonNode sl : model.get("slices")) {
      if (sl.get("measure").asText().equals("sector_allocation")) {
        latest = Math.max(latest, sl.get("fiscal_year").asInt());
      }
    }
    String stage = null;
    int most = 0;
    for (JsonNode sl : model.get("slices")) {
      if (sl.get("measure").asText().equals("sector_allocation")
          && sl.get("fiscal_year").asInt() == latest
          && sl.get("count").asInt() > most) {
        most = sl.get("count").asInt();
        stage = sl.get("stage").asText();
      }
    }
    JsonNode cells =
        api("/api/v1/datasets/kr-headline/aggregate?drilldown=sector&cut="
                + DashboardFixture.q(
                    "measure:sector_allocation|fiscal_year:" + latest + "|stage:" + stage))
            .get("cells");
    assertThat(cells.size()).isEqualTo(12);
    List<WebElement> rows = driver.findElements(By.cssSelector("table.data tbody tr"));
    assertThat(rows).hasSize(12);
    assertThat(driver.findElement(By.id("view")).getText()).doesNotContain("(없음)");
    List<String> drawn = assertLabelsFit("overview-chart");
    assertThat(drawn).contains("보건·복지·고용");
    assertThat(
            Integer.parseInt(
                driver.findElement(By.id("overview-chart")).getDomAttribute("data-labelled")))
        .isGreaterThanOrEqualTo(6);
    shoot("overview");

    goHash("overview?lang=en");
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d -> d.findElement(By.id("view")).getText().contains("health, welfare & employment"));
    await("#overview-chart canvas");
    assertLabelsFit("overview-chart");
    shoot("overview-en");
  }

  @Test
  @Order(2)
  void aLevelWithOneMemberIsSkipped() {
    // a ministry whose 2018 enacted expenditure sits in one account only, found through the API
    String cut = "fiscal_year:2018|stage:enacted|measure:expenditure";
    JsonNode cells =
        api(OF
                + "/aggregate?drilldown=ministry,account&pagesize=500&cut="
                + DashboardFixture.q(cut))
            .get("cells");
    Map<String, Integer> accounts = new java.util.TreeMap<>();
    cells.forEach(c -> accounts.merge(c.get("ministry").asText(), 1, Integer::sum));
    String single =
        accounts.entrySet().stream()
            .filter(e -> e.getValue() == 1)
            .map(Map.Entry::getKey)
            .findFirst()
            .orElseThrow();
    open(
        "overview?dataset=kr-openfiscal&measure=expenditure&year=2018&stage=enacted&path="
            + DashboardFixture.q(single));
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> pathInAddress().size() >= 2);
    await("body[data-painted='overview']");
    // the one account is in the path, and the view lists the level below it
    assertThat(pathInAddress().get(0)).isEqualTo(single);
    assertThat(driver.findElement(By.cssSelector("section.overview h2")).getText())
        .doesNotStartWith("회계");
  }

  @Test
  @Order(3)
  void aSideWithoutFiguresShowsNoChangeAndSaysWhy() {
    // drilled into 행정안전부 (named so from 2018), "compare →" asks for 2017 → 2018 by program
    goHash(
        "compare?dataset=kr-openfiscal&measure=expenditure&axis=years&a=2017&b=2018&stage=enacted&level=program&path="
            + DashboardFixture.q("행정안전부")
            + "&lang=ko");
    WebElement total = await("#compare-total");
    JsonNode c =
        api(
            OF
                + "/compare?years=2017,2018&drilldown=program&cut="
                + DashboardFixture.q("measure:expenditure|stage:enacted|ministry:행정안전부"));
    assertThat(c.get("total").get("base").isNull()).isTrue();
    assertThat(c.get("total").get("change").isNull()).isTrue();
    assertThat(total.getText()).isEqualTo("—");
    assertThat(driver.findElement(By.id("compare-missing")).getText()).contains("2017 자료가 없어");
    List<WebElement> first =
        driver
            .findElements(By.cssSelector("table.data tbody tr"))
            .get(0)
            .findElements(By.cssSelector("th, td"));
    assertThat(first.get(1).getText()).isEqualTo("—");
    assertThat(first.get(2).getText().replace(",", ""))
        .isEqualTo(c.get("rows").get(0).get("target").asText());
    assertThat(first.get(3).getText()).isEqualTo("—");
    assertThat(driver.findElements(By.cssSelector("tr.mover"))).isEmpty();
    shoot("compare-missing");
  }

  @Test
  @Order(4)
  void aMeasureWithoutTheLevelIsOneRowNamedAsItsWhole() {
    // total expenditure has no sectors: the level is not offered, the comparison is its whole
    goHash(
        "compare?dataset=kr-headline&measure=total_expenditure&axis=years&a=2025&b=2026&stage=enacted&level=sector&lang=ko");
    WebElement total = await("#compare-total");
    String cut = DashboardFixture.q("measure:total_expenditure|stage:enacted");
    assertThat(
            api("/api/v1/datasets/kr-headline/compare/levels?measure=total_expenditure")
                .get("rows"))
        .isEmpty();
    assertThat(
            fx.get(
                    "/api/v1/datasets/kr-headline/compare?years=2025,2026&drilldown=sector&cut="
                        + cut)
                .statusCode())
        .isEqualTo(400);
    JsonNode c = api("/api/v1/datasets/kr-headline/compare?years=2025,2026&cut=" + cut);
    assertThat(c.get("rows")).hasSize(1);
    assertThat(total.getDomAttribute("data-change"))
        .isEqualTo(c.get("total").get("change").asText());
    assertThat(driver.findElements(By.id("ctl-level"))).isEmpty();
    List<WebElement> rows = driver.findElements(By.cssSelector("table.data tbody tr"));
    assertThat(rows).hasSize(1);
    String name = rows.get(0).findElements(By.cssSelector("th, td")).get(0).getText();
    assertThat(name).isEqualTo("총지출 (합계)").doesNotContain("없음");
    assertThat(driver.findElement(By.id("compare-unlevelled")).getText())
        .isEqualTo("총지출에는 분야 구분이 없어 전체 한 줄만 보입니다.");

    // the sector allocation has sectors: the level list offers sector, and only its levels
    goHash(
        "compare?dataset=kr-headline&measure=sector_allocation&axis=years&a=2025&b=2026&stage=enacted&lang=ko");
    await("#compare-total");
    List<String> offered =
        api("/api/v1/datasets/kr-headline/compare/levels?measure=sector_allocation")
            .get("rows")
            .findValuesAsText("level");
    assertThat(offered).contains("sector");
    List<String> options =
        driver.findElements(By.cssSelector("#ctl-level option")).stream()
            .map(o -> o.getDomAttribute("value"))
            .toList();
    assertThat(options).isEqualTo(offered);
  }

  @Test
  @Order(7)
  void aNodeWithoutFiguresThatYearIsNoZero() {
    // 행정안전부 has its name from 2018: in 2017 nothing is stored under it
    JsonNode summary =
        api(OF
                + "/aggregate?cut="
                + DashboardFixture.q(
                    "fiscal_year:2017|stage:enacted|measure:expenditure|ministry:행정안전부"))
            .get("summary");
    assertThat(summary.get("cells").asInt()).isZero();
    open(
        "overview?dataset=kr-openfiscal&measure=expenditure&year=2017&stage=enacted&path="
            + DashboardFixture.q("행정안전부"));
    WebElement total = await("#overview-missing");
    assertThat(driver.findElement(By.id("overview-total")).getText()).isEqualTo("—");
    assertThat(total.getText()).contains("0으로 보지 않습니다");
    assertThat(driver.findElement(By.id("view")).getText()).doesNotContain("0원");
  }

  @Test
  @Order(4)
  @SuppressWarnings("unchecked")
  void theSeriesLeavesAnUnfilledColumnOutInsteadOfPlottingZero() {
    goHash(
        "series?dataset=kr-openfiscal&measure=expenditure&node="
            + DashboardFixture.q("ministry:보건복지부")
            + "&lang=ko");
    await("#series-chart canvas");
    JsonNode s =
        api(OF + "/series?measure=expenditure&cut=" + DashboardFixture.q("ministry:보건복지부"));
    JsonNode unfilled = null;
    for (JsonNode p : s.get("points")) {
      if (p.get("amount").isNull()) {
        unfilled = p;
      }
    }
    // out_2018.csv leaves 추경정부안 at 0 on every line
    assertThat(unfilled).isNotNull();
    assertThat(unfilled.get("fiscal_year").asInt()).isEqualTo(2018);
    assertThat(unfilled.get("stage").asText()).isEqualTo("supplementary_1_proposal");
    List<Object> values =
        (List<Object>)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "return document.getElementById('series-chart').yesanChart.getOption().series"
                        + ".flatMap((x) => x.data).filter((d) => d !== null && d !== undefined)"
                        + ".map((d) => d.value);");
    assertThat(values)
        .isNotEmpty()
        .allSatisfy(v -> assertThat(((Number) v).doubleValue()).isPositive());
    String table = driver.findElement(By.cssSelector("table.data")).getText();
    assertThat(table).doesNotContain(" 0원").contains("원자료의 이 열이 모두 0이라");
    shoot("series-gap");
  }

  @Test
  @Order(5)
  void englishNamesSearchFiguresAndKoreanExplanations() throws IOException {
    goHash(
        "compare?dataset=kr-openfiscal&measure=expenditure&axis=years&a=2017&b=2018&stage=enacted&level=ministry&lang=en");
    await("#compare-total");
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d ->
                d.findElement(By.cssSelector("table.data"))
                    .getText()
                    .contains("Ministry of National Defense"));
    assertThat(driver.findElement(By.cssSelector("table.data")).getText())
        .contains("Ministry of the Interior and Safety")
        .contains("renamed, formerly Ministry of Government Administration and Home Affairs");
    List<String> drawn = assertLabelsFit("compare-chart");
    assertThat(drawn).anyMatch(x -> x.startsWith("+") && x.endsWith("trillion won"));
    shoot("compare-en");

    // the 분야 have no official English names: Yesan's translations, and the page says so
    goHash(
        "compare?dataset=kr-openfiscal&measure=expenditure&axis=years&a=2017&b=2018&stage=enacted&level=sector&lang=en");
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d -> d.findElement(By.cssSelector("table.data")).getText().contains("Social welfare"));
    assertThat(driver.findElement(By.cssSelector("table.data")).getText())
        .contains("Public order and safety")
        .contains("Land and regional development")
        .doesNotContain("사회복지");
    WebElement note = driver.findElement(By.id("glossary-note"));
    assertThat(note.isDisplayed()).isTrue();
    assertThat(note.getText()).contains("Yesan's own translations, not official names");
    assertLabelsFit("compare-chart");
    shoot("compare-sectors-en");

    goHash(
        "search?dataset=kr-openfiscal&q=" + DashboardFixture.q("전력") + "&levels=program&lang=ko");
    await("table.data");
    JsonNode r = api(OF + "/search?levels=program&pagesize=200&q=" + DashboardFixture.q("전력"));
    JsonNode m0 = r.get("matches").get(0);
    List<WebElement> cells =
        driver
            .findElements(By.cssSelector("table.data tbody tr"))
            .get(0)
            .findElements(By.cssSelector("th, td"));
    assertThat(cells.get(0).getText()).isEqualTo(m0.get("member").asText());
    assertThat(cells.get(3).getText()).isEqualTo(m0.get("latest_fiscal_year").asText());
    assertThat(cells.get(5).getText()).isEqualTo(won(m0.get("latest_amount").asText()));
    shoot("search");

    goHash("claims?lang=ko");
    assertThat(driver.findElement(By.id("glossary-note")).isDisplayed()).isFalse();
    WebElement area = await("#claim-text");
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].value = arguments[1]", area, "정부는 2026년 예산안을 728조원으로 편성했다.");
    driver.findElement(By.id("claim-run")).click();
    await("#claim-marked button.claim").click();
    String why = driver.findElement(By.id("claim-explanation")).getText();
    // The checker's own Korean explanation, not one composed again in the page.
    assertThat(why).contains("2026년 정부안 총지출: 자료의 728조원과 맞습니다.");
    shoot("claims-ko");
  }

  @Test
  @Order(6)
  void aChartIsSavedAsAnImageAndEmbeddedByItsAddress() {
    goHash("series?dataset=kr-headline&measure=total_expenditure&lang=ko");
    await("#series-chart canvas");
    String png =
        (String)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "return document.getElementById('series-chart').yesanChart"
                        + ".getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });");
    assertThat(png).startsWith("data:image/png;base64,");
    byte[] bytes = java.util.Base64.getDecoder().decode(png.substring(png.indexOf(',') + 1));
    assertThat(bytes).hasSizeGreaterThan(5_000);
    assertThat(driver.findElement(By.cssSelector(".chart-actions button.save-image")).getText())
        .isEqualTo("그림으로 저장");
    String embed =
        driver.findElement(By.cssSelector(".chart-actions .embed-url")).getDomProperty("value");
    assertThat(embed).contains("embed=1").contains("#/series?");
    driver.get(embed);
    driver.navigate().refresh();
    await("#series-chart canvas");
    assertThat(driver.findElement(By.cssSelector("header.top")).isDisplayed()).isFalse();
    assertThat(driver.findElement(By.cssSelector(".table-wrap")).isDisplayed()).isFalse();
    assertThat(driver.findElement(By.id("series-chart")).isDisplayed()).isTrue();
    shoot("embed");
  }
}
