package org.yesan.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yesan.compare.Comparison;

/**
 * The columns of a compared row, shared by compare and movers: members, both sides (empty where a
 * side has no figure), the change with its reading and percentage, and a note saying why a figure
 * is missing or that the row was renamed.
 */
final class ComparedRows {

  private final Comparison comparison;
  private final Amounts amounts;

  ComparedRows(Comparison comparison, Amounts amounts) {
    this.comparison = comparison;
    this.amounts = amounts;
  }

  /** The member columns; a comparison without drilldown has one, naming its selection. */
  void memberColumns(Listing l) {
    if (comparison.dimensions().isEmpty()) {
      l.column("selection", Listing.Kind.TEXT);
    }
    for (String d : comparison.dimensions()) {
      l.column(d, Listing.Kind.TEXT);
    }
  }

  void figureColumns(Listing l) {
    l.column(comparison.baseLabel(), Listing.Kind.AMOUNT)
        .column(comparison.targetLabel(), Listing.Kind.AMOUNT)
        .column("change", Listing.Kind.AMOUNT)
        .column("change_readable", Listing.Kind.READABLE)
        .column("change_pct", Listing.Kind.PERCENT);
  }

  List<Object> members(Comparison.Row r) {
    List<Object> out = new ArrayList<>();
    if (comparison.dimensions().isEmpty()) {
      out.add(comparison.selectionText());
    }
    for (int i = 0; i < comparison.dimensions().size(); i++) {
      String m = r.members().isEmpty() ? (i == 0 ? "(total)" : "") : r.members().get(i);
      out.add(m.isEmpty() ? null : m);
    }
    return out;
  }

  List<Object> figures(Comparison.Row r) {
    List<Object> out = new ArrayList<>();
    out.add(r.base().orElse(null));
    out.add(r.target().orElse(null));
    out.add(r.change().orElse(null));
    out.add(r.change().map(ComparedRows.this::signed).orElse(null));
    out.add(r.percentChange().orElse(null));
    return out;
  }

  /** What the row's status means, in the listing's language: renamed from what, new, gone. */
  Optional<String> note(Comparison.Row r) {
    boolean ko = amounts.korean();
    return switch (r.status()) {
      case BOTH -> Optional.empty();
      case RENAMED ->
          Optional.of(
              (ko ? "명칭 변경: " : "renamed from ")
                  + String.join(" > ", r.baseMembers().orElseThrow()));
      case NEW ->
          Optional.of(
              ko ? comparison.baseLabel() + "에 없음" : "new: not in " + comparison.baseLabel());
      case GONE ->
          Optional.of(
              ko ? comparison.targetLabel() + "에 없음" : "gone: not in " + comparison.targetLabel());
      case NO_BASE_DATA, NO_TARGET_DATA ->
          Optional.of(
              (ko ? "자료 없음: " : "no data: ")
                  + (r.status() == Comparison.Status.NO_BASE_DATA
                      ? comparison.baseLabel()
                      : comparison.targetLabel()));
    };
  }

  /** A change's reading, with "+" on an increase. */
  String signed(BigDecimal change) {
    String readable = amounts.readable(change);
    return change.signum() > 0 ? "+" + readable : readable;
  }
}
