package org.yesan.targets;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yesan.ingest.InputException;
import org.yesan.targets.csv.TargetFiles;

/** Each file in broken/ added to the bundled set is refused with its file, line and column. */
class BrokenTargetFilesTest {

  private static Path broken(String name) throws URISyntaxException {
    return Path.of(BrokenTargetFilesTest.class.getResource("/broken/" + name).toURI());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "cycle-impossible-date.csv|2:4|expected a date as yyyy, yyyy-mm or yyyy-mm-dd, found '2025-12-32'",
        "cycle-unknown-event.csv|2:3|expected cabinet_approval, submission, budget_address or passage, found 'vote'",
        "cycle-duplicate-event.csv|2:4|expected one passage date for the 2026 main budget",
        "cycle-source-not-an-address.csv|2:5|expected an address starting with http:// or https://",
        "cycle-bad-budget.csv|2:2|expected main or supplementary_N, found 'extra_1'",
        "cycle-short-row.csv|2:7|expected 8 fields as in the header, found 7 fields",
        "unknown-header.csv|1:1|expected the header of one of the targets formats",
        "amount-with-unit.csv|2:5|expected an amount in trillion won such as 10.1, found '10.1조'",
        "amount-unknown-envelope.csv|2:1|expected an envelope listed in an envelopes file, found 'no-such-envelope'",
        "amount-fraction-of-a-won.csv|2:5|expected an amount that is a whole number of won",
        "status-unknown.csv|2:3|expected announced, funded, on_track, late, met or dropped, found 'postponed'",
        "status-after-met.csv|2:3|expected no new status after met",
        "point-wrong-unit.csv|2:1|expected a progress of gpu-government in GPUs, not units",
        "amount-duplicate.csv|2:5|expected one proposal appropriation amount of ai-transformation for 2026",
        "rule-overlap.csv|2:2|expected one submission rule per fiscal year",
      })
  void isRefusedAtItsLine(String name, String at, String message) throws URISyntaxException {
    Path file = broken(name);
    assertThatThrownBy(() -> TargetFiles.bundledWith(List.of(file)))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(message)
        .satisfies(
            e -> {
              InputException ie = (InputException) e;
              String where = ie.line() + ":" + ie.column();
              if (!where.equals(at)) {
                throw new AssertionError(ie.getMessage() + " is not at " + at);
              }
            });
  }
}
