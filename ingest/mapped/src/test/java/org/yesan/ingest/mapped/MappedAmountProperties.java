package org.yesan.ingest.mapped;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.yesan.ingest.ImportOptions;
import org.yesan.ingest.SourceBatch;
import org.yesan.model.Fact;

class MappedAmountProperties {

  private static final String MAPPING =
      """
      {
        "dataset": "prop", "title": "t", "currency": "KRW", "unit": "thousand_won",
        "source": "generated", "licence": "CC0-1.0",
        "levels": [{"id": "program", "column": "program"}],
        "measure": "expenditure",
        "fiscal_year": {"value": 2024},
        "amounts": [{"column": "amount", "stage": "enacted"}]
      }
      """;

  @Property(tries = 50)
  void everyAmountArrivesExactlyInWon(
      @ForAll @Size(min = 1, max = 40)
          List<@LongRange(min = -999_999_999_999L, max = 999_999_999_999L) Long> amounts,
      @ForAll boolean grouped)
      throws IOException {
    Path dir = Files.createTempDirectory("mapped-prop");
    try {
      Path csv = dir.resolve("p.csv");
      DecimalFormat commas =
          new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
      StringBuilder text = new StringBuilder("program,amount\n");
      for (int i = 0; i < amounts.size(); i++) {
        long a = amounts.get(i);
        text.append("p")
            .append(i)
            .append(",\"")
            .append(grouped ? commas.format(a) : Long.toString(a))
            .append("\"\n");
      }
      Files.writeString(csv, text, StandardCharsets.UTF_8);
      Path mapping = Files.writeString(dir.resolve("p.mapping.json"), MAPPING);

      List<Fact> facts = new ArrayList<>();
      try (SourceBatch batch =
          new MappedCsvFormat().open(csv, ImportOptions.defaults().withMapping(mapping))) {
        batch.forEach(facts::add);
      }

      boolean allZero = amounts.stream().allMatch(a -> a == 0);
      assertThat(facts).hasSize(allZero ? 0 : amounts.size());
      for (int i = 0; i < facts.size(); i++) {
        assertThat(facts.get(i).amount())
            .isEqualTo(BigDecimal.valueOf(amounts.get(i)).multiply(BigDecimal.valueOf(1000)));
        assertThat(facts.get(i).sourceLine()).isEqualTo(i + 2);
      }
    } finally {
      try (var files = Files.list(dir)) {
        for (Path p : files.toList()) {
          Files.delete(p);
        }
      }
      Files.delete(dir);
    }
  }
}
