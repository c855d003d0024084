package org.yesan.ingest.openfiscal;

import java.util.List;
import java.util.Set;
import org.yesan.model.Level;
import org.yesan.model.Stage;

/**
 * One column of a layout, named by the header texts it is known under (the first is canonical), and
 * what its cells mean.
 */
sealed interface Column {

  /** Header texts this column appears under; exports differ in spelling (부문명 vs 부분명). */
  List<String> names();

  default String canonicalName() {
    return names().get(0);
  }

  /** 회계연도: the fiscal year, which must be the same on every row. */
  record Year(List<String> names) implements Column {}

  /**
   * A classification level; a cell equal to one of {@code absentMarkers} means the row has no
   * member on this level, and when there are no markers the cell must not be empty.
   */
  record Member(List<String> names, Level level, Set<String> absentMarkers) implements Column {}

  /** An amount of one stage, for the file's fiscal year plus {@code yearOffset}. */
  record Amount(List<String> names, StageOf stage, int yearOffset) implements Column {}

  /** 입출분류: a cell that must read {@code required} on every row. */
  record Direction(List<String> names, String required) implements Column {}

  /**
   * A subtotal that is not a fact but is checked: a filled cell must equal the sum of {@code
   * summed} over its row and the following rows with the same {@code groupBy} cells, up to the next
   * filled cell of this column.
   */
  record Subtotal(List<String> names, List<String> groupBy, String summed) implements Column {}

  /** 증감액: must equal {@code to} minus {@code from} on every row; not a fact. */
  record Change(List<String> names, String from, String to) implements Column {}

  /** Which stage an amount column holds; 추경 columns take their round from the import options. */
  enum StageOf {
    PROPOSAL,
    ENACTED,
    SUPPLEMENTARY_PROPOSAL,
    SUPPLEMENTARY;

    Stage stage(int supplementaryRound) {
      return switch (this) {
        case PROPOSAL -> Stage.PROPOSAL;
        case ENACTED -> Stage.ENACTED;
        case SUPPLEMENTARY_PROPOSAL -> Stage.supplementaryProposal(supplementaryRound);
        case SUPPLEMENTARY -> Stage.supplementary(supplementaryRound);
      };
    }
  }
}
