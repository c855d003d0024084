package org.yesan.ingest.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The first sheet of a workbook, streamed row by row from its XML so that memory stays bounded; a
 * cell's value is its stored text (a number exactly as written in the file, never via a double).
 */
final class FirstSheet {

  private final Path file;

  FirstSheet(Path file) {
    this.file = file;
  }

  /** One non-blank row: its Excel row number and its cell texts from column A, blanks as "". */
  record Row(long number, List<String> cells) {}

  /**
   * Passes rows to {@code each} in order until it returns false or the sheet ends.
   *
   * @return the name of the sheet
   */
  String forEachRow(Predicate<Row> each) {
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      Iterator<InputStream> sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw new org.yesan.ingest.InputException(
            file, 0, 0, "a workbook with at least one sheet", "none");
      }
      try (InputStream sheet = sheets.next()) {
        String name = ((XSSFReader.SheetIterator) sheets).getSheetName();
        XMLReader xml = XMLHelper.newXMLReader();
        SheetHandler handler = new SheetHandler(strings, each);
        xml.setContentHandler(handler);
        try {
          xml.parse(new InputSource(sheet));
        } catch (Stop stop) {
          // The consumer has seen enough.
        }
        return name;
      }
    } catch (NotOfficeXmlFileException | InvalidFormatException e) {
      throw new org.yesan.ingest.InputException(
          file, 0, 0, "an Excel .xlsx workbook", "a file that is not one", e);
    } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException e) {
      throw new org.yesan.ingest.InputException(
          file, 0, 0, "a readable .xlsx workbook", "one that cannot be read: " + e.getMessage(), e);
    }
  }

  /** Thrown from the handler to end parsing early; carries no stack trace. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  private static final class SheetHandler extends DefaultHandler {
    private final ReadOnlySharedStringsTable strings;
    private final Predicate<Row> each;
    private long rowNumber;
    private List<String> cells = new ArrayList<>();
    private int column;
    private String type = "n";
    private final StringBuilder text = new StringBuilder();
    private boolean collecting;

    SheetHandler(ReadOnlySharedStringsTable strings, Predicate<Row> each) {
      this.strings = strings;
      this.each = each;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      switch (localName) {
        case "row" -> {
          String r = attributes.getValue("r");
          rowNumber = r == null ? rowNumber + 1 : Long.parseLong(r);
          cells = new ArrayList<>();
        }
        case "c" -> {
          String ref = attributes.getValue("r");
          column = ref == null ? cells.size() : new CellReference(ref).getCol();
          String t = attributes.getValue("t");
          type = t == null ? "n" : t;
          text.setLength(0);
        }
        case "v", "t" -> collecting = true;
        default -> {}
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (collecting) {
        text.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      switch (localName) {
        case "v", "t" -> collecting = false;
        case "c" -> {
          while (cells.size() < column) {
            cells.add("");
          }
          cells.add(value());
        }
        case "row" -> {
          if (cells.stream().anyMatch(c -> !c.isBlank()) && !each.test(new Row(rowNumber, cells))) {
            throw new Stop();
          }
        }
        default -> {}
      }
    }

    private String value() {
      String raw = text.toString();
      return switch (type) {
        case "s" -> raw.isEmpty() ? "" : strings.getItemAt(Integer.parseInt(raw)).getString();
        case "n" -> raw.isEmpty() ? "" : plain(raw);
        case "b" -> "1".equals(raw) ? "TRUE" : "FALSE";
        default -> raw; // inlineStr, str (formula text), e (error such as #DIV/0!)
      };
    }

    // Numbers are stored as shortest round-trip decimals, possibly with an exponent (3.7606155E7).
    private static String plain(String raw) {
      try {
        return new BigDecimal(raw).toPlainString();
      } catch (NumberFormatException e) {
        return raw;
      }
    }
  }
}
