package org.yesan.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yesan.ingest.ImportOptions;
import org.yesan.ingest.SourceFormat;
import org.yesan.ingest.SourceFormats;
import org.yesan.model.DatasetInfo;
import org.yesan.model.FiscalYear;
import org.yesan.model.Stage;
import org.yesan.store.duckdb.DuckDbFactStore;
import org.yesan.store.imports.ImportInput;
import org.yesan.store.imports.ImportProgress;

/** The 2017 reorganisation of ministries, read from the real 열린재정 files of 2016–2018. */
class MemberRenamesTest {

  private static DuckDbFactStore store;

  @BeforeAll
  static void importFiles() {
    Path dir = RealPairTest.shared().resolve("data/kr-openfiscal-2007-2018");
    store = DuckDbFactStore.inMemory();
    SourceFormats formats = SourceFormats.installed();
    List<ImportInput> inputs = new ArrayList<>();
    for (String name : List.of("out_2016.csv", "out_2017.csv", "out_2018.csv")) {
      Path f = dir.resolve(name);
      SourceFormat sf = formats.detect(f);
      inputs.add(
          new ImportInput(
              f,
              sf.id(),
              RealPairTest.sha256(f),
              sf.open(f, ImportOptions.defaults()),
              Optional.empty()));
    }
    store.importFiles(inputs, ImportProgress.NONE);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static MemberRenames renames(int from, int to, List<String> dims) {
    DatasetInfo info = store.require("kr-openfiscal");
    return MemberRenames.between(
        store, info, "expenditure", Stage.ENACTED, FiscalYear.of(from), FiscalYear.of(to), dims);
  }

  @Test
  void ministriesRenamedIn2017AreFoundFromTheirLines() {
    // In the raw files, 5 ministries of 2017 are gone in 2018 and 6 are new. Four are renames;
    // 국민안전처 was split (among 행정안전부, 소방청 and 해양경찰청), so it stays one-sided.
    Map<List<String>, List<String>> r = renames(2017, 2018, List.of("ministry")).renames();
    assertThat(r)
        .containsOnly(
            Map.entry(List.of("행정자치부"), List.of("행정안전부")),
            Map.entry(List.of("미래창조과학부"), List.of("과학기술정보통신부")),
            Map.entry(List.of("중소기업청"), List.of("중소벤처기업부")),
            Map.entry(List.of("대통령경호실"), List.of("대통령경호처")));
  }

  @Test
  void renamesAreFollowedOverSeveralYears() {
    assertThat(renames(2016, 2018, List.of("ministry")).renames())
        .containsEntry(List.of("행정자치부"), List.of("행정안전부"))
        .doesNotContainKey(List.of("4·16세월호참사 특별조사위원회"));
  }

  @Test
  void aDimensionThatIsNoLevelGivesNoRenames() {
    assertThat(renames(2017, 2018, List.of("measure")).renames()).isEmpty();
    assertThat(renames(2018, 2017, List.of("ministry")).renames()).isEmpty();
  }
}
