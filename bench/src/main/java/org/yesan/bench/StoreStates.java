package org.yesan.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.yesan.app.access.StoreAccess;
import org.yesan.app.access.StoreLocation;
import org.yesan.model.DatasetInfo;
import org.yesan.store.FactStore;
import org.yesan.store.Slice;

/**
 * A store's state as crash trials compare it: through Yesan, every dataset with its content hash
 * and every slice with its fact count and exact total as the catalog records them; and, read with
 * plain SQL, the same counts and totals summed from the fact rows themselves, so that facts without
 * their slice (or a slice whose facts are gone) show even where the catalog looks whole.
 */
final class StoreStates {

  private StoreStates() {}

  static String of(TrialStores stores, String name) {
    StringBuilder b = new StringBuilder();
    List<String> tables = new ArrayList<>();
    StoreLocation location = StoreLocation.parse(stores.address(name), System.getenv());
    try (FactStore s =
        new StoreAccess(location, "crash trial check", Duration.ofSeconds(30)).openForReading()) {
      for (DatasetInfo d : s.datasets()) {
        b.append(d.name()).append(' ').append(d.contentHash()).append('\n');
        for (Slice sl : s.slices(d.name())) {
          b.append(sl.measure())
              .append(' ')
              .append(sl.fiscalYear())
              .append(' ')
              .append(sl.stage().id())
              .append(' ')
              .append(sl.reportedIn())
              .append(' ')
              .append(sl.facts())
              .append(' ')
              .append(sl.total().toPlainString())
              .append('\n');
        }
      }
    }
    b.append("summed from the fact rows:\n");
    try (Connection c = stores.read(name);
        Statement st = c.createStatement()) {
      try (ResultSet rs = st.executeQuery("SELECT id, name FROM datasets ORDER BY name")) {
        while (rs.next()) {
          tables.add(rs.getInt(1) + " " + rs.getString(2));
        }
      }
      for (String t : tables) {
        String id = t.substring(0, t.indexOf(' '));
        b.append(t.substring(t.indexOf(' ') + 1)).append('\n');
        // a fact whose slice row is missing groups under empty keys, so it cannot hide
        try (ResultSet rs =
            st.executeQuery(
                "SELECT s.measure, s.fiscal_year, s.stage, s.reported_in, count(*), sum(f.amount)"
                    + " FROM facts_"
                    + id
                    + " f LEFT JOIN slices s ON s.id = f.slice_id"
                    + " GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4")) {
          while (rs.next()) {
            b.append(rs.getString(1))
                .append(' ')
                .append(rs.getString(2))
                .append(' ')
                .append(rs.getString(3))
                .append(' ')
                .append(rs.getString(4))
                .append(' ')
                .append(rs.getLong(5))
                .append(' ')
                .append(rs.getBigDecimal(6).toPlainString())
                .append('\n');
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading " + stores.address(name) + ": " + e.getMessage(), e);
    }
    return b.toString();
  }
}
