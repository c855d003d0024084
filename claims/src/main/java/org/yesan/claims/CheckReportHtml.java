package org.yesan.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A check report as one self-contained HTML page: the text with every claim highlighted by verdict,
 * hover for the verdict, click for the arithmetic, rows and tolerance, and a table of all claims.
 * No external scripts, styles, fonts or images.
 */
public final class CheckReportHtml {

  private CheckReportHtml() {}

  /** The page for {@code report}, titled {@code title}. */
  public static String render(CheckReport report, String title) {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"ko\"><head><meta charset=\"utf-8\">")
        .append("<title>")
        .append(escape(title))
        .append("</title>\n<style>\n")
        .append(
            "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.6}\n")
        .append(
            ".text{white-space:pre-wrap;border:1px solid #ccc;padding:1rem;border-radius:4px}\n")
        .append("mark{cursor:pointer;border-radius:3px;padding:0 2px}\n")
        .append(
            ".supported{background:#c8f0c8}.contradicted{background:#f7b8b8}.inconsistent{background:#f9d59b}")
        .append(".implausible{background:#e0b8f0}.unverifiable{background:#dde3ea}\n")
        .append(
            "#detail{position:sticky;top:0;background:#fffbe6;border:1px solid #e5d38a;padding:.5rem 1rem;min-height:3rem}\n")
        .append(
            "table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border:1px solid #ddd;padding:4px;vertical-align:top}\n")
        .append("</style></head><body>\n<h1>")
        .append(escape(title))
        .append("</h1>\n<p>")
        .append("Date: ")
        .append(escape(report.documentDate().orElse("unknown")))
        .append(" (")
        .append(escape(report.dateReason()))
        .append("). Datasets: ")
        .append(escape(String.join(", ", report.datasets())))
        .append(". Verdicts: ");
    List<String> counts = new ArrayList<>();
    report
        .verdicts()
        .forEach((k, v) -> counts.add("<span class=\"" + k + "\">" + k + " " + v + "</span>"));
    b.append(String.join(", ", counts)).append(".</p>\n");
    b.append(
        "<div id=\"detail\">Click a highlighted figure to see its check.</div>\n<div class=\"text\">");
    String text = report.text();
    List<CheckedClaim> spans = new ArrayList<>(report.claims());
    spans.sort(Comparator.comparingInt(CheckedClaim::start));
    int at = 0;
    for (CheckedClaim c : spans) {
      if (c.start() < at) {
        continue;
      }
      b.append(escape(text.substring(at, c.start())));
      b.append("<mark class=\"")
          .append(c.verdict().id())
          .append("\" data-id=\"")
          .append(c.id())
          .append("\" title=\"")
          .append(escape("#" + c.id() + " " + c.verdict().id() + ": " + c.explanation()))
          .append("\">")
          .append(escape(text.substring(c.start(), c.end())))
          .append("</mark>");
      at = c.end();
    }
    b.append(escape(text.substring(at))).append("</div>\n");
    b.append(
        "<h2>Claims</h2>\n<table><tr><th>#</th><th>claim</th><th>verdict</th><th>read as</th><th>why</th></tr>\n");
    for (CheckedClaim c : report.claims()) {
      b.append("<tr id=\"c")
          .append(c.id())
          .append("\"><td>")
          .append(c.id())
          .append("</td><td>")
          .append(escape(c.text()))
          .append("</td><td class=\"")
          .append(c.verdict().id())
          .append("\">")
          .append(c.verdict().id())
          .append("</td><td>")
          .append(escape(c.reading()))
          .append("</td><td>")
          .append(escape(c.explanation()))
          .append("<br><span lang=\"ko\">")
          .append(escape(c.explanationKo()))
          .append("</span>")
          .append(detail("formula", c.formula()))
          .append(detail("tolerance", c.tolerance()));
      for (DataRow r : c.rows()) {
        b.append("<br><small>row: ")
            .append(
                escape(
                    r.dataset()
                        + " "
                        + r.measure()
                        + (r.member().isEmpty() ? "" : " " + r.member())
                        + " "
                        + r.fiscalYear()
                        + " "
                        + r.stage()
                        + " = "
                        + r.shown()
                        + " ("
                        + r.precision()
                        + ")"))
            .append("</small>");
      }
      for (String q : c.queries()) {
        b.append("<br><small>query: <code>").append(escape(q)).append("</code></small>");
      }
      b.append("</td></tr>\n");
    }
    b.append("</table>\n<script>\n")
        .append(
            "document.querySelectorAll('mark').forEach(function(m){m.addEventListener('click',function(){")
        .append("var row=document.getElementById('c'+m.dataset.id);")
        .append(
            "document.getElementById('detail').innerHTML=row.cells[2].outerHTML.replace('<td','<b').replace('</td>','</b>')+' '+row.cells[4].innerHTML;")
        .append("});});\n</script>\n</body></html>\n");
    return b.toString();
  }

  private static String detail(String label, String value) {
    return value.isEmpty() ? "" : "<br><small>" + label + ": " + escape(value) + "</small>";
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
