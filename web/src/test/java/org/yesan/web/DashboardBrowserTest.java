package org.yesan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.yesan.money.KoreanWonFormat;

/**
 * The dashboard in a real browser (Debian's headless Chromium driven by Selenium) against the real
 * server over real data: every figure on screen is compared with the API's answer to the same
 * query. Skipped when Chromium is not installed. With {@code -Dyesan.screenshots=DIR} it saves a
 * PNG of each view there and the paint timings to {@code DIR/timings.txt}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private DashboardFixture fx;
  private ChromeDriver driver;
  private Path profile;
  private final List<String> timings = new ArrayList<>();

  @BeforeAll
  void startBrowser() throws IOException {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "skipped: no headless Chromium at /usr/bin/chromium with /usr/bin/chromedriver"
            + " (apt-get install chromium chromium-driver fonts-nanum)");
    fx = DashboardFixture.shared();
    profile = Files.createTempDirectory("yesan-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--disable-dev-shm-usage",
        "--lang=ko-KR",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(1280, 1000));
  }

  @AfterAll
  void stopBrowser() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    screenshotDir()
        .ifPresent(
            dir -> {
              try {
                Files.write(dir.resolve("timings.txt"), timings, StandardCharsets.UTF_8);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  private void open(String hash) {
    driver.get(fx.url("/#/" + hash));
    driver.navigate().refresh();
  }

  private void goHash(String hash) {
    ((JavascriptExecutor) driver).executeScript("location.hash = arguments[0]", "#/" + hash);
  }

  private WebElement await(String css) {
    return new WebDriverWait(driver, Duration.ofSeconds(60))
        .until(d -> d.findElements(By.cssSelector(css)).stream().findFirst().orElse(null));
  }

  private static Optional<Path> screenshotDir() {
    String d = System.getProperty("yesan.screenshots", "");
    return d.isBlank() || d.startsWith("${") ? Optional.empty() : Optional.of(Path.of(d));
  }

  private void shoot(String name) {
    screenshotDir()
        .ifPresent(
            dir -> {
              try {
                Files.createDirectories(dir);
                Files.write(
                    dir.resolve(name + ".png"),
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  private static String won(String amount) {
    return KoreanWonFormat.compact(RoundingMode.HALF_UP).format(new BigDecimal(amount));
  }

  private JsonNode api(String pathAndQuery) {
    return fx.json(pathAndQuery);
  }

  private static final String OF = "/api/v1/datasets/kr-openfiscal";

  /** The drill-down path in the address: members joined by '|'. */
  private List<String> pathInAddress() {
    String url = java.net.URLDecoder.decode(driver.getCurrentUrl(), StandardCharsets.UTF_8);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("[?&]path=([^&]*)").matcher(url);
    return m.find() ? List.of(m.group(1).split("\\|")) : List.of();
  }

  /**
   * Every piece of text ECharts drew in a chart, read from its scene (zrender's display list): the
   * text, its box in canvas pixels, and the canvas size; for a treemap also the leaf tiles.
   */
  @SuppressWarnings("unchecked")
  private Map<String, Object> drawnText(String chartId) {
    return (Map<String, Object>)
        ((JavascriptExecutor) driver)
            .executeScript(
                "const chart = document.getElementById(arguments[0]).yesanChart;"
                    + "const zr = chart.getZr();"
                    + "const texts = [];"
                    + "zr.storage.getDisplayList(true).forEach((el) => {"
                    + "  if (el.type !== 'tspan' || el.invisible || !el.style.text) return;"
                    + "  const r = el.getBoundingRect().clone();"
                    + "  if (el.transform) r.applyTransform(el.transform);"
                    + "  texts.push({ text: el.style.text, x: r.x, y: r.y, w: r.width, h: r.height });"
                    + "});"
                    + "const tiles = [];"
                    + "const s = chart.getModel().getSeriesByIndex(0);"
                    + "if (s.subType === 'treemap') { const d = s.getData();"
                    + "  for (let i = 0; i < d.count(); i++) { const l = d.getItemLayout(i);"
                    + "    const raw = d.getRawDataItem(i);"
                    + "    if (l && raw && raw.row) tiles.push({ x: l.x, y: l.y, w: l.width, h: l.height }); } }"
                    + "return { width: zr.getWidth(), height: zr.getHeight(), texts, tiles };",
                chartId);
  }

  /**
   * Asserts that no drawn text leaves the canvas, overlaps another, or was cut short with "…", and
   * for a treemap that each text lies inside one tile.
   */
  @SuppressWarnings("unchecked")
  private List<String> assertLabelsFit(String chartId) {
    Map<String, Object> scene = drawnText(chartId);
    double w = ((Number) scene.get("width")).doubleValue();
    double h = ((Number) scene.get("height")).doubleValue();
    List<Map<String, Object>> texts = (List<Map<String, Object>>) scene.get("texts");
    List<Map<String, Object>> tiles = (List<Map<String, Object>>) scene.get("tiles");
    assertThat(texts).isNotEmpty();
    List<String> shown = new ArrayList<>();
    double slack = 0.5;
    for (int i = 0; i < texts.size(); i++) {
      Map<String, Object> a = texts.get(i);
      String text = (String) a.get("text");
      shown.add(text);
      double x = num(a, "x"), y = num(a, "y"), tw = num(a, "w"), th = num(a, "h");
      assertThat(text).as("text drawn in %s", chartId).doesNotContain("…").doesNotContain("...");
      assertThat(x).as("left of '%s'", text).isGreaterThanOrEqualTo(-slack);
      assertThat(y).as("top of '%s'", text).isGreaterThanOrEqualTo(-slack);
      assertThat(x + tw).as("right of '%s' (canvas %s)", text, w).isLessThanOrEqualTo(w + slack);
      assertThat(y + th).as("bottom of '%s' (canvas %s)", text, h).isLessThanOrEqualTo(h + slack);
      for (int j = i + 1; j < texts.size(); j++) {
        Map<String, Object> b = texts.get(j);
        boolean apart =
            x + tw <= num(b, "x") + slack
                || num(b, "x") + num(b, "w") <= x + slack
                || y + th <= num(b, "y") + slack
                || num(b, "y") + num(b, "h") <= y + slack;
        assertThat(apart).as("'%s' overlaps '%s'", text, b.get("text")).isTrue();
      }
      if (!tiles.isEmpty()) {
        boolean inside =
            tiles.stream()
                .anyMatch(
                    t ->
                        x >= num(t, "x") - slack
                            && y >= num(t, "y") - slack
                            && x + tw <= num(t, "x") + num(t, "w") + slack
                            && y + th <= num(t, "y") + num(t, "h") + slack);
        assertThat(inside).as("'%s' lies inside one tile", text).isTrue();
      }
    }
    return shown;
  }

  private static double num(Map<String, Object> m, String k) {
    return ((Number) m.get(k)).doubleValue();
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
      boolean all = empty.stream().allMatch(l -> cell.get("members").get(l).isNull());
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
    assertThat(first.get(0).getText()).isEqualTo(r0.get("members").get("ministry").asText());
    assertThat(first.get(3).getText().replace(",", "")).isEqualTo(r0.get("change").asText());
    // an increase carries "+": in the reading and in the percentage
    String pct = r0.get("change_pct").asText();
    assertThat(first.get(5).getText()).isEqualTo(pct.startsWith("-") ? pct : "+" + pct);
    assertThat(first.get(4).getText())
        .isEqualTo((pct.startsWith("-") ? "" : "+") + won(r0.get("change").asText()));
    // 행정자치부 → 행정안전부 is one row, marked renamed
    assertThat(r0.get("members").get("ministry").asText()).isEqualTo("행정안전부");
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
        expected = r.get("members").get("ministry").asText();
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
  @Order(10)
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
          && sl.get("facts").asInt() > most) {
        most = sl.get("facts").asInt();
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
  @Order(11)
  void aLevelWithOneMemberIsSkipped() {
    // a ministry whose 2018 enacted expenditure sits in one account only, found through the API
    String cut = "fiscal_year:2018|stage:enacted|measure:expenditure";
    JsonNode cells =
        api(OF
                + "/aggregate?drilldown=ministry,account&pagesize=500&cut="
                + DashboardFixture.q(cut))
            .get("cells");
    Map<String, Integer> accounts = new java.util.TreeMap<>();
    cells.forEach(c -> accounts.merge(c.get("members").get("ministry").asText(), 1, Integer::sum));
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
  @Order(12)
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
  @Order(13)
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
  @Order(14)
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
    assertThat(cells.get(3).getText()).isEqualTo(m0.get("latest").get("fiscal_year").asText());
    assertThat(cells.get(5).getText()).isEqualTo(won(m0.get("latest").get("amount").asText()));
    shoot("search");

    goHash("claims?lang=ko");
    WebElement area = await("#claim-text");
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].value = arguments[1]", area, "정부는 2026년 예산안을 728조원으로 편성했다.");
    driver.findElement(By.id("claim-run")).click();
    await("#claim-marked button.claim").click();
    String why = driver.findElement(By.id("claim-explanation")).getText();
    assertThat(why).contains("728.0조원과 허용 범위 안에서 맞습니다");
  }

  @Test
  @Order(15)
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
