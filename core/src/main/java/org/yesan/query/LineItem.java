package org.yesan.query;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.yesan.model.FiscalYear;
import org.yesan.model.Stage;

/**
 * One stored fact read back with its provenance: its members on every level of the dataset (in
 * model order; empty when the line has no member there), its slice, its amount and the source file
 * and line it came from.
 */
public record LineItem(
    List<Optional<String>> members,
    String measure,
    FiscalYear fiscalYear,
    Stage stage,
    FiscalYear reportedIn,
    BigDecimal amount,
    String sourceFile,
    long sourceLine) {

  public LineItem {
    members = List.copyOf(members);
  }

  /** The member on the level at this model index. */
  public Optional<String> member(int levelIndex) {
    return members.get(levelIndex);
  }

  /** The non-empty members joined with " > ", e.g. 국방부 > 일반회계 > 전력유지. */
  public String path() {
    return String.join(
        " > ", members.stream().filter(Optional::isPresent).map(Optional::get).toList());
  }
}
