package org.yesan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI beside a real {@code yesan serve} in another process on port 0: a query runs while it
 * serves, an import is seen by it without a restart, and listings write files by extension.
 * Figures: the bundled kr-total-expenditure.csv gives 2026 proposal 728조원 and 2025 enacted 673.3조원;
 * out_net_bud_2018.csv gives 국방부 2017 71 lines (python3 csv, as in the http tests).
 */
class BesideARunningServerTest {

  @TempDir Path dir;
  private Process server;

  @AfterEach
  void stop() throws InterruptedException {
    if (server != null) {
      server.destroy();
      server.waitFor(20, TimeUnit.SECONDS);
    }
  }

  private String serve(Path db) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(List.of("-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path")));
    cmd.addAll(List.of(YesanCli.class.getName(), "serve", "--port", "0", "--db", db.toString()));
    server = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    BufferedReader r =
        new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    String line;
    StringBuilder seen = new StringBuilder();
    while ((line = r.readLine()) != null) {
      if (line.startsWith("dashboard: ")) {
        String url = line.substring("dashboard: ".length()).replaceFirst("/$", "");
        Thread drain = new Thread(() -> r.lines().forEach(l -> {}), "drain");
        drain.setDaemon(true);
        drain.start();
        return url;
      }
      seen.append(line).append('\n');
    }
    throw new IllegalStateException("yesan serve ended:\n" + seen);
  }

  private static JsonNode get(String url) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return new ObjectMapper().readTree(r.body());
  }

  @Test
  void queriesRunBesideAServerAndAnImportReachesItWithoutARestart() throws Exception {
    Path db = dir.resolve("yesan.duckdb");
    Cli cli = new Cli(db);
    assertThat(cli.run("demo", "--brief").exit()).isZero();
    String url = serve(db);

    Cli.Run q =
        cli.run(
            "query",
            "--dataset",
            "kr-headline",
            "--measure",
            "total_expenditure",
            "--year",
            "2026",
            "--stage",
            "proposal",
            "--format",
            "json");
    assertThat(q.exit()).as(q.err()).isZero();
    assertThat(new ObjectMapper().readTree(q.out()).get(0).get("amount").asText())
        .isEqualTo("728000000000000");

    Path file = Cli.shared().resolve("data/kr-openfiscal-2007-2018/out_net_bud_2018.csv");
    Cli.Run imported = cli.run("import", "--quiet", "--dataset", "kr-openfiscal", file.toString());
    assertThat(imported.exit()).as(imported.err()).isZero();

    JsonNode datasets = get(url + "/api/v1/datasets");
    assertThat(datasets.get("datasets").findValuesAsText("name"))
        .containsExactly("kr-headline", "kr-openfiscal");
    JsonNode facts =
        get(
            url
                + "/api/v1/datasets/kr-openfiscal/facts?pagesize=1&cut="
                + java.net.URLEncoder.encode(
                    "ministry:국방부|fiscal_year:2017", StandardCharsets.UTF_8));
    assertThat(facts.get("total_fact_count").asLong()).isEqualTo(71);
  }

  @Test
  void listingsWriteTheFormatTheirFileNames() throws Exception {
    Path db = dir.resolve("yesan.duckdb");
    Cli cli = new Cli(db);
    assertThat(cli.run("demo", "--brief").exit()).isZero();
    Path csv = dir.resolve("out/totals.csv");
    Path xlsx = dir.resolve("out/totals.xlsx");
    for (Path out : List.of(csv, xlsx)) {
      Cli.Run r =
          cli.run(
              "query",
              "--dataset",
              "kr-headline",
              "--measure",
              "total_expenditure",
              "--stage",
              "enacted",
              "--drilldown",
              "fiscal_year",
              "--output",
              out.toString());
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(r.out()).startsWith("wrote ").contains(out.toString());
    }
    byte[] bytes = Files.readAllBytes(csv);
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    List<String> lines =
        new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("2025,673300000000000,"));
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      Row head = wb.getSheetAt(0).getRow(0);
      assertThat(head.getCell(0).getStringCellValue()).isEqualTo("회계연도");
      boolean found = false;
      for (Row row : wb.getSheetAt(0)) {
        if (row.getRowNum() > 0 && row.getCell(0).getNumericCellValue() == 2025) {
          assertThat(BigDecimal.valueOf(row.getCell(1).getNumericCellValue()))
              .isEqualByComparingTo("673300000000000");
          found = true;
        }
      }
      assertThat(found).isTrue();
    }
    Cli.Run bad = cli.run("datasets", "--output", dir.resolve("x.txt").toString());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err())
        .isEqualTo(
            "yesan: --output: expected a file ending in .csv, .json, .xlsx or .parquet, found '"
                + dir.resolve("x.txt")
                + "'\n");
  }
}
