package org.yesan.claims.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yesan.model.FiscalYear;
import org.yesan.model.Stage;

/**
 * The cells of a table row in a release that states its unit above the table ({@code (단위 : 조원,
 * %)}): each cell takes the unit, the year and the stage of its column header and the subject of
 * its row label. A row whose cells do not line up one to one with the header's columns is not read
 * this way.
 */
final class TableCells {

  /** The unit line above a table; the first unit is that of its amounts. */
  private static final Pattern UNIT_LINE =
      Pattern.compile("\\(\\s*단위\\s*[:：]\\s*(조\\s?원|억\\s?원|백만\\s?원|천\\s?원)[^)\\n]*\\)");

  /** The column headers read: stages, the two kinds of change, and the growth rate. */
  private static final Pattern COLUMN = Pattern.compile("본예산|정부안|최종|확정|국회\\s?증감|전년\\s?대비|\\(%\\)");

  private static final Pattern YEAR = Pattern.compile("['’‘](\\d\\d)년|((?:19|20)\\d\\d)년");

  private static final Pattern DECIMAL_CELL = Pattern.compile("\\|\\s*[△+\\-]?\\d[\\d,]*\\.\\d");

  private final String text;
  private final Glossary glossary;

  TableCells(String text, Glossary glossary) {
    this.text = text;
    this.glossary = glossary;
  }

  /** A table's unit in won, its columns and its years, as read from the lines above a row. */
  private record Header(BigDecimal won, List<String> columns, int firstYear, int lastYear) {}

  /**
   * The claims of the row {@code text[from, to)}, numbered from {@code firstId}, or empty when it
   * is not a row of such a table.
   */
  Optional<List<Claim>> row(int from, int to, List<NumberMention> mentions, int firstId) {
    String line = text.substring(from, to);
    if (line.indexOf('|') < 0 || mentions.isEmpty()) {
      return Optional.empty();
    }
    Optional<Header> header = header(from);
    if (header.isEmpty()) {
      return Optional.empty();
    }
    Header h = header.get();
    String[] parts = line.split("\\|", -1);
    String label = parts[0].replaceAll("[\\s◇◆□■○●ㅇ·]", "");
    List<int[]> cells = new ArrayList<>();
    int at = from + parts[0].length() + 1;
    for (int i = 1; i < parts.length; i++) {
      if (!parts[i].isBlank()) {
        cells.add(new int[] {at, at + parts[i].length()});
      }
      at += parts[i].length() + 1;
    }
    boolean bracketed =
        cells.stream().anyMatch(c -> text.substring(c[0], c[1]).strip().startsWith("("));
    if (label.isEmpty() || label.contains("%") || bracketed || cells.size() != h.columns().size()) {
      return Optional.empty();
    }
    Optional<Glossary.Match> subject =
        glossary.matches(label).stream()
            .filter(g -> !SubjectChoice.onlyRightAfter(g.subject()))
            .findFirst()
            .map(g -> new Glossary.Match(from, from + parts[0].length(), label, g.subject()));
    Map<String, Integer> ids = new HashMap<>();
    List<Object[]> read = new ArrayList<>();
    int id = firstId;
    for (int i = 0; i < cells.size(); i++) {
      int[] cell = cells.get(i);
      Optional<NumberMention> m =
          mentions.stream()
              .filter(n -> n.start() >= cell[0] && n.end() <= cell[1])
              .filter(n -> n.kind() == MentionKind.UNITLESS)
              .findFirst();
      if (m.isPresent()) {
        String column = h.columns().get(i).replaceAll("\\s", "");
        ids.put(column, id++);
        read.add(new Object[] {column, m.get(), text.substring(cell[0], m.get().start())});
      }
    }
    List<Claim> out = new ArrayList<>();
    for (Object[] r : read) {
      String column = (String) r[0];
      NumberMention n = (NumberMention) r[1];
      boolean down = ((String) r[2]).matches("(?s).*[△\\-]\\s*$");
      boolean base = column.equals("본예산");
      FiscalYear year = FiscalYear.of(base ? h.firstYear() : h.lastYear());
      String why = "table column \"" + column + "\" under " + year.value();
      Stage stage = column.equals("정부안") ? Stage.PROPOSAL : Stage.ENACTED;
      boolean rate = column.equals("(%)");
      boolean fromProposal = column.startsWith("국회");
      boolean fromYearBefore = rate || column.startsWith("전년");
      NumberMention figure =
          rate
              ? as(n, MentionKind.PERCENT, BigDecimal.ONE, Optional.empty())
              : as(n, MentionKind.AMOUNT, h.won(), Optional.of("KRW"));
      ClaimKind kind =
          rate
              ? ClaimKind.GROWTH_RATE
              : fromProposal || fromYearBefore ? ClaimKind.CHANGE_AMOUNT : ClaimKind.AMOUNT;
      Optional<Comparison> comparison = Optional.empty();
      if (fromProposal || fromYearBefore) {
        comparison =
            Optional.of(
                new Comparison(
                    fromProposal ? year : year.previous(),
                    fromProposal ? Comparison.Basis.PROPOSAL : Comparison.Basis.ENACTED,
                    !down,
                    why,
                    Optional.ofNullable(ids.get("최종")),
                    Optional.ofNullable(ids.get(fromProposal ? "정부안" : "본예산"))));
      }
      out.add(
          Claim.read(
              firstId + out.size(),
              n.start(),
              n.end(),
              figure,
              kind,
              subject,
              Optional.of(year),
              why,
              new StageChoice(Optional.of(stage), true, why),
              comparison,
              line.strip()));
    }
    return Optional.of(out);
  }

  private static NumberMention as(
      NumberMention n, MentionKind kind, BigDecimal unit, Optional<String> currency) {
    return new NumberMention(
        n.start(),
        n.end(),
        n.text(),
        kind,
        n.value().multiply(unit),
        n.step().multiply(unit),
        Optional.empty(),
        currency,
        Approximation.EXACT);
  }

  /** The header of the table the row at {@code from} is in: its unit line and the lines after. */
  private Optional<Header> header(int from) {
    int unitAt = text.lastIndexOf("단위", from);
    if (unitAt < 0 || from - unitAt > 800) {
      return Optional.empty();
    }
    int lineStart = text.lastIndexOf('\n', unitAt) + 1;
    int lineEnd = text.indexOf('\n', unitAt);
    if (lineEnd < 0 || lineEnd > from) {
      return Optional.empty();
    }
    Matcher unit = UNIT_LINE.matcher(text.substring(lineStart, lineEnd));
    if (!unit.find()) {
      return Optional.empty();
    }
    String[] lines = text.substring(lineEnd + 1, from).split("\n", -1);
    StringBuilder head = new StringBuilder();
    boolean inHeader = true;
    for (String l : lines) {
      if (l.isBlank()) {
        continue;
      }
      if (l.indexOf('|') < 0) {
        return Optional.empty(); // the table ended before this row
      }
      if (DECIMAL_CELL.matcher(l).find()) {
        inHeader = false;
      }
      if (inHeader) {
        head.append(l).append('\n');
      }
    }
    List<String> columns = new ArrayList<>();
    Matcher c = COLUMN.matcher(head);
    while (c.find()) {
      columns.add(c.group());
    }
    List<Integer> years = new ArrayList<>();
    Matcher y = YEAR.matcher(head);
    while (y.find()) {
      years.add(
          y.group(1) != null ? 2000 + Integer.parseInt(y.group(1)) : Integer.parseInt(y.group(2)));
    }
    if (columns.isEmpty() || years.isEmpty()) {
      return Optional.empty();
    }
    String u = unit.group(1).replaceAll("\\s", "");
    int power =
        switch (u) {
          case "조원" -> 12;
          case "억원" -> 8;
          case "백만원" -> 6;
          default -> 3;
        };
    return Optional.of(
        new Header(
            BigDecimal.ONE.movePointRight(power),
            columns,
            years.get(0),
            years.get(years.size() - 1)));
  }
}
