package org.yesan.app.compare;

import java.util.Locale;
import java.util.Optional;
import org.yesan.compare.Movers;
import org.yesan.query.QueryException;

/**
 * The movers asked for: a comparison, what to rank by (amount, the default, or percent) and how
 * many of each direction (10 by default, 1 to 1000).
 */
public record MoversRequest(ComparisonRequest comparison, Movers.By by, int limit) {

  /** The parameter naming the ranking, {@code by}. */
  public static final String BY = "by";

  /** The parameter naming how many of each, {@code limit}. */
  public static final String LIMIT = "limit";

  public static final int DEFAULT_LIMIT = 10;
  public static final int MAX_LIMIT = 1000;

  public MoversRequest {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new QueryException(
          LIMIT, 0, "expected a whole number from 1 to " + MAX_LIMIT + ", found " + limit);
    }
  }

  /** From the texts both edges take; absent ones take the defaults. */
  public static MoversRequest of(
      ComparisonRequest comparison, Optional<String> by, Optional<String> limit) {
    Movers.By ranking = Movers.By.AMOUNT;
    if (by.isPresent()) {
      String b = by.get().strip().toLowerCase(Locale.ROOT);
      ranking =
          switch (b) {
            case "amount" -> Movers.By.AMOUNT;
            case "percent" -> Movers.By.PERCENT;
            default ->
                throw new QueryException(
                    BY, 0, "expected amount or percent, found '" + by.get() + "'");
          };
    }
    int n = DEFAULT_LIMIT;
    if (limit.isPresent()) {
      String t = limit.get().strip();
      if (!t.matches("-?\\d{1,9}")) {
        throw new QueryException(LIMIT, 0, "expected a whole number, found '" + limit.get() + "'");
      }
      n = Integer.parseInt(t);
    }
    return new MoversRequest(comparison, ranking, n);
  }
}
