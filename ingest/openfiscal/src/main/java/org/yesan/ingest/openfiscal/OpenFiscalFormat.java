package org.yesan.ingest.openfiscal;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.yesan.ingest.BatchDescription;
import org.yesan.ingest.BulkCsv;
import org.yesan.ingest.CsvTable;
import org.yesan.ingest.FactSink;
import org.yesan.ingest.ImportOptions;
import org.yesan.ingest.SourceBatch;
import org.yesan.ingest.SourceFormat;
import org.yesan.ingest.TextEncoding;

/**
 * Reads Korea's Open Fiscal Data (열린재정) CSV exports — 세출/세입, 총계/순계 — and the 2019 program-level
 * budget files, recognising each by its header.
 */
public final class OpenFiscalFormat implements SourceFormat {

  /** The format id, shared by every layout this module reads. */
  public static final String ID = "openfiscal";

  private static final int EXACT = 95;
  private static final int CLOSE = 30;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public int detect(Path file, byte[] head) {
    Optional<List<String>> header = headerLine(head);
    if (header.isEmpty()) {
      return 0;
    }
    if (OpenFiscalTable.recognise(file, 1, header.get()).isPresent()) {
      return EXACT;
    }
    // A near miss still comes here, so that the user hears which column is wrong.
    return OpenFiscalTable.closest(header.get()).isPresent() ? CLOSE : 0;
  }

  @Override
  public SourceBatch open(Path file, ImportOptions options) {
    TextEncoding.Detected encoding =
        options
            .encoding()
            .map(c -> new TextEncoding.Detected(c, false))
            .orElseGet(() -> TextEncoding.detect(file));
    List<String> header;
    try (CsvTable table = CsvTable.open(file, encoding, ',')) {
      header = table.header();
    }
    OpenFiscalTable table = OpenFiscalTable.of(file, 1, header);
    CsvRows rows = new CsvRows(file, encoding);
    return new SourceBatch() {
      @Override
      public BatchDescription description() {
        return table.description();
      }

      @Override
      public void forEach(FactSink sink) {
        table.read(rows, options, sink);
      }

      @Override
      public Optional<BulkCsv> bulkCsv() {
        return table.bulkCsv(encoding, options);
      }
    };
  }

  /** The first line of the head decoded as UTF-8 or CP949 and split as CSV, if it decodes. */
  private static Optional<List<String>> headerLine(byte[] head) {
    byte[] line = TextEncoding.firstLine(head);
    for (Charset cs : List.of(StandardCharsets.UTF_8, TextEncoding.CP949)) {
      Optional<String> text = decode(line, cs);
      if (text.isPresent()) {
        if (text.get().indexOf('\0') >= 0) {
          return Optional.empty();
        }
        return firstRecord(text.get());
      }
    }
    return Optional.empty();
  }

  private static Optional<String> decode(byte[] bytes, Charset cs) {
    try {
      return Optional.of(
          cs.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static Optional<List<String>> firstRecord(String line) {
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(line)) {
      return reader.stream()
          .findFirst()
          .map(r -> r.getFields().stream().map(String::strip).toList());
    } catch (java.io.IOException | RuntimeException e) {
      // A head that is not CSV is simply not ours.
      return Optional.empty();
    }
  }
}
