package org.yesan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.yesan.money.KoreanWonFormat;

/**
 * The targets, envelopes and cycle views in headless Chromium: the figures on screen equal the
 * API's answers. Skipped without Chromium; {@code -Dyesan.screenshots=DIR} saves a PNG of each.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TargetViewsBrowserTest {

  private DashboardFixture fx;
  private ChromeDriver driver;

  @BeforeAll
  void startBrowser() throws IOException {
    assumeTrue(
        Files.isExecutable(DashboardBrowserTest.CHROMIUM)
            && Files.isExecutable(DashboardBrowserTest.CHROMEDRIVER),
        "skipped: no headless Chromium with chromedriver");
    fx = DashboardFixture.shared();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(DashboardBrowserTest.CHROMIUM.toString());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--lang=ko-KR",
        "--user-data-dir=" + Files.createTempDirectory("yesan-targets-chromium-"));
    driver =
        new ChromeDriver(
            new ChromeDriverService.Builder()
                .usingDriverExecutable(DashboardBrowserTest.CHROMEDRIVER.toFile())
                .build(),
            options);
    driver.manage().window().setSize(new Dimension(1280, 1000));
  }

  @AfterAll
  void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  private WebElement open(String hash, String css) {
    driver.get(fx.url("/#/" + hash));
    driver.navigate().refresh();
    return new WebDriverWait(driver, Duration.ofSeconds(60))
        .until(d -> d.findElements(By.cssSelector(css)).stream().findFirst().orElse(null));
  }

  private void shoot(String name) {
    String dir = System.getProperty("yesan.screenshots", "");
    if (dir.isBlank() || dir.startsWith("${")) {
      return;
    }
    try {
      // let the charts draw before the picture
      Thread.sleep(1500);
      Files.createDirectories(Path.of(dir));
      Files.write(
          Path.of(dir, name + ".png"),
          ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static JsonNode byField(JsonNode array, String field, String value) {
    for (JsonNode n : array) {
      if (n.path(field).asText().equals(value)) {
        return n;
      }
    }
    throw new AssertionError("no " + field + "=" + value);
  }

  @Test
  void theViewsShowTheApisFigures() {
    JsonNode cycle = fx.json("/api/v1/cycle?year=2026").get("cycles").get(0);
    String passed = byField(cycle.get("deadlines"), "event", "passage").get("date").asText();
    WebElement shown = open("cycle", "#cycle-2026-passage");
    assertThat(shown.getText()).isEqualTo(passed);
    assertThat(driver.findElement(By.id("cycle-2026-main-submission")).getText())
        .isEqualTo(byField(cycle.get("deadlines"), "event", "submission").get("date").asText());
    assertThat(driver.findElements(By.cssSelector("#cycle-chart canvas"))).isNotEmpty();
    shoot("cycle");

    JsonNode ai = byField(fx.json("/api/v1/envelopes").get("envelopes"), "id", "ai-transformation");
    String amount = null;
    for (JsonNode a : ai.get("amounts")) {
      if (a.get("fiscal_year").asInt() == 2026 && a.get("stage").asText().equals("proposal")) {
        amount = a.get("amount").asText();
      }
    }
    WebElement aiCell = open("envelopes", "#amount-ai-transformation-2026-proposal-appropriation");
    assertThat(aiCell.getDomAttribute("data-amount")).isEqualTo(amount);
    assertThat(aiCell.getText())
        .isEqualTo(KoreanWonFormat.compact(RoundingMode.HALF_UP).format(new BigDecimal(amount)));
    WebElement fund = driver.findElement(By.id("envelope-national-growth-fund-total"));
    assertThat(fund.getText()).isEqualTo("150.0조원");
    shoot("envelopes");

    JsonNode gpu = byField(fx.json("/api/v1/targets").get("targets"), "id", "gpu-government");
    WebElement goal = open("targets?lang=en", "#target-gpu-government-goal");
    assertThat(goal.getDomAttribute("data-value")).isEqualTo(gpu.get("goal").asText());
    assertThat(goal.getText()).isEqualTo("35,000");
    assertThat(driver.findElement(By.id("target-gpu-government-planned")).getText())
        .isEqualTo("36,000");
    assertThat(driver.findElement(By.id("commitment-opcon-2030-status")).getText())
        .isEqualTo("announced");
    shoot("targets");
  }
}
