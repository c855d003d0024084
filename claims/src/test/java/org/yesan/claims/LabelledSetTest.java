package org.yesan.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression tests on the template-derived labelled set (c001–c229 were generated from the
 * extractor's own sentence templates, h01–h25 written by hand after the checker existed): it
 * measures the templates, not real reporting, which {@link NewsHalvesTest} does. Writes {@code
 * target/claims-eval.md}; run alone with {@code mvn -pl claims test -Dtest=LabelledSetTest}.
 */
class LabelledSetTest {

  @Test
  void precisionAndRecallPerVerdict() throws IOException {
    List<LabelledSet.Item> items =
        LabelledSet.read(Path.of("src/test/resources/labelled/claims.tsv"));
    List<LabelledSet.Outcome> outcomes = LabelledSet.evaluate(SharedStores.all(), items);
    List<LabelledSet.Outcome> handWritten =
        outcomes.stream().filter(o -> o.item().id().startsWith("h")).toList();
    String table =
        "### All items\n\n"
            + LabelledSet.table(outcomes)
            + "\n### Hand-written items only (h01-h25, free phrasing, not tuned against)\n\n"
            + LabelledSet.table(handWritten);
    Files.createDirectories(Path.of("target"));
    Files.writeString(
        Path.of("target/claims-eval.md"),
        table + "\n## Wrong\n\n" + LabelledSet.failures(outcomes));
    System.out.println(table);
    System.out.println(LabelledSet.failures(outcomes));
    assertThat(items).hasSizeGreaterThanOrEqualTo(150);
    // Measured on this set; a change to extraction or checking that loses or gains a verdict shows
    // here.
    // c077 (R&D 23.5조 against the R&D sector's 20.4조) is unverifiable since "R&D budget" usually
    // means the government's R&D budget, on another basis than the sector allocation.
    // h23 (a share, 35.4% of the 2020 budget) is read as a growth rate; it was called false on
    // that misreading until a rate whose year is named past another figure stopped being accused.
    assertThat(outcomes.stream().filter(LabelledSet.Outcome::correct).count()).isEqualTo(252);
    assertThat(handWritten.stream().filter(LabelledSet.Outcome::correct).count()).isEqualTo(24);
  }
}
