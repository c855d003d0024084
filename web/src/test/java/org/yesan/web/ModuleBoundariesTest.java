package org.yesan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layout issue 9 asks for, read from the source tree: dependencies point inward (no module
 * depends on one further out), no module but {@code web} holds static assets, and {@code web} holds
 * no API routes.
 */
class ModuleBoundariesTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** How far out each module sits: a module may depend only on modules at its distance or less. */
  private static final Map<String, Integer> RING =
      Map.ofEntries(
          Map.entry("core", 0),
          Map.entry("ingest-common", 1),
          Map.entry("ingest-openfiscal", 2),
          Map.entry("ingest-xlsx", 2),
          Map.entry("ingest-fdp", 2),
          Map.entry("ingest-omb", 2),
          Map.entry("ingest-mapped", 2),
          Map.entry("ingest-headline", 2),
          Map.entry("store-common", 3),
          Map.entry("store-duckdb", 4),
          Map.entry("store-postgresql", 4),
          Map.entry("store-contract", 4),
          Map.entry("linking", 4),
          Map.entry("themes", 4),
          Map.entry("realterms", 4),
          Map.entry("targets", 4),
          Map.entry("claims", 4),
          Map.entry("app", 5),
          Map.entry("http", 6),
          Map.entry("web", 7),
          Map.entry("cli", 8),
          Map.entry("bench", 9));

  private static List<Path> poms() throws IOException {
    try (Stream<Path> s = Files.walk(ROOT, 3)) {
      return s.filter(p -> p.getFileName().toString().equals("pom.xml"))
          .filter(p -> !p.getParent().equals(ROOT))
          .filter(p -> !p.toString().contains("/target/"))
          .sorted()
          .toList();
    }
  }

  @Test
  void everyDependencyPointsInward() throws IOException {
    Map<String, List<String>> deps = new LinkedHashMap<>();
    for (Path pom : poms()) {
      String xml =
          Files.readString(pom, StandardCharsets.UTF_8).replaceAll("(?s)<parent>.*?</parent>", "");
      Matcher a = Pattern.compile("<artifactId>yesan-([^<]+)</artifactId>").matcher(xml);
      assertThat(a.find()).as(pom.toString()).isTrue();
      List<String> main = new ArrayList<>();
      Matcher d = Pattern.compile("(?s)<dependency>(.*?)</dependency>").matcher(xml);
      while (d.find()) {
        Matcher id = Pattern.compile("<artifactId>yesan-([^<]+)</artifactId>").matcher(d.group(1));
        if (id.find() && !d.group(1).contains("<scope>test</scope>")) {
          main.add(id.group(1));
        }
      }
      deps.put(a.group(1), main);
    }
    assertThat(deps.keySet()).containsExactlyInAnyOrderElementsOf(RING.keySet());
    assertThat(deps.get("core")).isEmpty();
    assertThat(deps.get("web")).containsExactly("http");
    deps.forEach(
        (module, on) ->
            assertThat(on)
                .as(module + " depends on")
                .allSatisfy(
                    dep ->
                        assertThat(RING.get(dep))
                            .as(module + " → " + dep)
                            .isLessThanOrEqualTo(RING.get(module))));
  }

  @Test
  void onlyWebHoldsStaticAssetsAndWebHoldsNoRoutes() throws IOException {
    List<Path> assets = new ArrayList<>();
    try (Stream<Path> s = Files.walk(ROOT)) {
      s.filter(Files::isRegularFile)
          .filter(p -> p.toString().contains("/src/main/resources/"))
          .filter(p -> p.getFileName().toString().matches(".*\\.(js|css|html|svg|png|woff2?)"))
          .forEach(assets::add);
    }
    assertThat(assets)
        .isNotEmpty()
        .allSatisfy(p -> assertThat(ROOT.relativize(p).toString()).startsWith("web/"));

    List<String> webSources = new ArrayList<>();
    try (Stream<Path> s = Files.walk(ROOT.resolve("web/src/main/java"))) {
      for (Path p : s.filter(x -> x.toString().endsWith(".java")).toList()) {
        webSources.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    assertThat(webSources)
        .isNotEmpty()
        .noneMatch(src -> src.contains("implements Routes") || src.contains("Endpoint."));
  }
}
