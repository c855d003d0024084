package org.yesan.ingest.omb;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.yesan.ingest.ImportOptions;
import org.yesan.ingest.SourceBatch;
import org.yesan.ingest.SourceFormat;

/**
 * The US OMB Public Budget Database ({@code budauth.csv}, {@code outlays.csv}, {@code
 * receipts.csv}), recognised by its header row.
 */
public final class OmbBudgetFormat implements SourceFormat {

  @Override
  public String id() {
    return "omb";
  }

  @Override
  public int detect(Path file, byte[] head) {
    String text = new String(head, StandardCharsets.ISO_8859_1);
    if (text.startsWith("\uFEFF") || text.startsWith("\u00EF\u00BB\u00BF")) {
      text = text.substring(text.charAt(0) == '\uFEFF' ? 1 : 3);
    }
    int end = text.indexOf('\n');
    String first = (end < 0 ? text : text.substring(0, end)).strip();
    List<String> header = Arrays.stream(first.split(",", -1)).map(String::strip).toList();
    return OmbTable.fromHeader(header)
        .filter(t -> header.stream().anyMatch(h -> h.matches("(19|20)\\d\\d")))
        .map(t -> 90)
        .orElse(0);
  }

  @Override
  public SourceBatch open(Path file, ImportOptions options) {
    return OmbBatch.open(file);
  }
}
