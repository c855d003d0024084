package org.yesan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yesan.model.Stage;

class PlainCsvFileTest {

  @TempDir Path dir;

  private BulkCsv cp949File() throws IOException {
    Path file = dir.resolve("out_2018.csv");
    String text = "회계연도,소관명,계정명,금년도예산(천원)\r\n2018,국방부,,1200\r\n2018,교육부,일반회계,-200\r\n";
    Files.write(file, text.getBytes(TextEncoding.CP949));
    return new BulkCsv(
        file,
        new TextEncoding.Detected(TextEncoding.CP949, false),
        4,
        0,
        List.of(new BulkCsv.Member(1, true), new BulkCsv.Member(2, false)),
        List.of(new BulkCsv.Amount(3, 0, Stage.ENACTED)),
        "expenditure",
        BigDecimal.valueOf(1000));
  }

  @Test
  void aCp949FileIsScannedInItsUtf8CopyWhichCloseDeletes() throws IOException {
    Path copies = Files.createDirectory(dir.resolve("copies"));
    PlainCsvFile plain = PlainCsvFile.check(cp949File(), copies).orElseThrow();
    assertThat(plain.rows()).isEqualTo(2);
    assertThat(plain.amounts().get(0).total()).isEqualTo(BigInteger.valueOf(1000));
    assertThat(plain.utf8().getParent()).isEqualTo(copies);
    assertThat(Files.readString(plain.utf8())).contains("국방부");
    plain.close();
    try (var left = Files.list(copies)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void aCp949FileWhoseCopyCannotBeWrittenIsLeftToTheRowByRowReader() throws IOException {
    Optional<PlainCsvFile> plain = PlainCsvFile.check(cp949File(), dir.resolve("no-such-folder"));
    assertThat(plain).isEmpty();
  }
}
