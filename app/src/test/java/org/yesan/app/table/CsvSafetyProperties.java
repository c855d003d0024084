package org.yesan.app.table;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/** Laws of the CSV writer, over any text: it reads back, and never as a formula. */
class CsvSafetyProperties {

  @Property
  void aTextCellReadsBackAsItselfOrQuotedWithAnApostrophe(
      @ForAll @StringLength(min = 1) String text) throws IOException {
    ResultTable t = new ResultTable(new Column("name", Column.Kind.TEXT)).row(text);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    t.writeTo(ExportFormat.CSV.writer(t.columns(), out));
    String csv = new String(out.toByteArray(), 3, out.size() - 3, StandardCharsets.UTF_8);
    List<CsvRecord> records = CsvReader.builder().ofCsvRecord(csv).stream().toList();
    String back = records.get(1).getField(0);
    boolean trigger = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    assertThat(back).isEqualTo(trigger ? "'" + text : text);
    assertThat(back).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
  }
}
