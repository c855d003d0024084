package org.yesan.http.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/** Whatever name a client sends, the saved file stays in its folder and names stay unique. */
class UploadNameProperties {

  private static final Path FOLDER = Path.of("/tmp/yesan-upload-x/files");

  @Property(tries = 2000)
  void aSentNameNeverLeavesTheFolderAndNeverHidesOrRepeats(
      @ForAll @Size(min = 1, max = 8) List<String> sent) {
    Set<String> taken = new HashSet<>();
    Set<String> made = new HashSet<>();
    for (int i = 0; i < sent.size(); i++) {
      String name = UploadNames.safe(sent.get(i), i, taken);
      assertThat(name).isNotEmpty().doesNotContain("/", "\\").doesNotStartWith(".");
      assertThat(name.length()).isLessThanOrEqualTo(UploadNames.MAX_LENGTH + 4);
      assertThat(FOLDER.resolve(name).normalize().getParent()).isEqualTo(FOLDER);
      assertThat(made.add(name)).as(name).isTrue();
    }
  }

  @Example
  void pathsAreCutToTheirLastSegment() {
    assertThat(UploadNames.safe("../../etc/passwd", 0, new HashSet<>())).isEqualTo("passwd");
    assertThat(UploadNames.safe("C:\\budget\\2026.csv", 0, new HashSet<>())).isEqualTo("2026.csv");
    assertThat(UploadNames.safe("..", 2, new HashSet<>())).isEqualTo("upload-3");
    assertThat(UploadNames.safe("예산 2026.csv", 0, new HashSet<>())).isEqualTo("예산_2026.csv");
  }
}
