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
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.yesan.money.KoreanWonFormat;

/**
 * A headless Chromium (Debian's, driven by Selenium) on the dashboard of {@link DashboardFixture},
 * with what the browser tests share: opening a view, waiting for an element, screenshots, and the
 * geometry of the text a chart drew. Skipped when Chromium is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestBase {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  DashboardFixture fx;
  ChromeDriver driver;
  private Path profile;

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
  void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  void open(String hash) {
    driver.get(fx.url("/#/" + hash));
    driver.navigate().refresh();
  }

  void goHash(String hash) {
    ((JavascriptExecutor) driver).executeScript("location.hash = arguments[0]", "#/" + hash);
  }

  WebElement await(String css) {
    return new WebDriverWait(driver, Duration.ofSeconds(60))
        .until(d -> d.findElements(By.cssSelector(css)).stream().findFirst().orElse(null));
  }

  static Optional<Path> screenshotDir() {
    String d = System.getProperty("yesan.screenshots", "");
    return d.isBlank() || d.startsWith("${") ? Optional.empty() : Optional.of(Path.of(d));
  }

  void shoot(String name) {
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

  static String won(String amount) {
    return KoreanWonFormat.compact(RoundingMode.HALF_UP).format(new BigDecimal(amount));
  }

  JsonNode api(String pathAndQuery) {
    return fx.json(pathAndQuery);
  }

  static final String OF = "/api/v1/datasets/kr-openfiscal";

  /** The drill-down path in the address: members joined by '|'. */
  List<String> pathInAddress() {
    String url = java.net.URLDecoder.decode(driver.getCurrentUrl(), StandardCharsets.UTF_8);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("[?&]path=([^&]*)").matcher(url);
    return m.find() ? List.of(m.group(1).split("\\|")) : List.of();
  }

  /**
   * Every piece of text ECharts drew in a chart, read from its scene (zrender's display list): the
   * text, its box in canvas pixels, and the canvas size; for a treemap also the leaf tiles.
   */
  @SuppressWarnings("unchecked")
  Map<String, Object> drawnText(String chartId) {
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
  List<String> assertLabelsFit(String chartId) {
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
}
