package org.yesan.themes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yesan.model.DatasetInfo;
import org.yesan.model.FiscalYear;
import org.yesan.model.Level;
import org.yesan.model.Measure;
import org.yesan.model.SourceUnit;
import org.yesan.model.Stage;
import org.yesan.query.LineItem;

/** Line items and a dataset model written in tests: ministry > sector > program > unit_project. */
final class Lines {

  static final List<Level> LEVELS =
      List.of(Level.MINISTRY, Level.SECTOR, Level.PROGRAM, Level.UNIT_PROJECT);

  static final DatasetInfo DATASET =
      new DatasetInfo(
          "t",
          "test",
          Optional.empty(),
          "KRW",
          SourceUnit.WON,
          "written in a test",
          "CC0",
          LEVELS,
          List.of(),
          List.of(Measure.EXPENDITURE, Measure.EXPENDITURE_NET, Measure.REVENUE),
          Optional.empty(),
          Optional.empty());

  private Lines() {}

  /** A 2018 enacted gross expenditure line; "" for an absent member. */
  static LineItem line(long won, String... members) {
    return line(Measure.EXPENDITURE.id(), 2018, Stage.ENACTED, won, 1, members);
  }

  static LineItem line(
      String measure, int year, Stage stage, long won, long sourceLine, String... members) {
    List<Optional<String>> ms = new ArrayList<>();
    for (String m : members) {
      ms.add(m.isEmpty() ? Optional.empty() : Optional.of(m));
    }
    return new LineItem(
        ms,
        measure,
        FiscalYear.of(year),
        stage,
        FiscalYear.of(year),
        BigDecimal.valueOf(won),
        "test.csv",
        sourceLine);
  }
}
