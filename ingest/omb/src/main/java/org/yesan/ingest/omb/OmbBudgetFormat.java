package org.yesan.ingest.omb;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.yesan.ingest.ImportOptions;
import org.yesan.ingest.SourceBatch;
import org.yesan.ingest.SourceFormat;
import org.yesan.ingest.TextEncoding;

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
    String first = new String(TextEncoding.firstLine(head), StandardCharsets.ISO_8859_1).strip();
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
