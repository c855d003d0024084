package org.yesan.app.check;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.yesan.claims.CheckReport;
import org.yesan.claims.ClaimChecker;
import org.yesan.claims.text.Glossary;
import org.yesan.store.FactStore;

/**
 * Checks the numeric claims of a text against a store: the one way {@code yesan check} and {@code
 * POST /api/v1/claims/check} answer, with one checker per store (it learns the store's program
 * names once).
 */
public final class ClaimChecks {

  private final Glossary glossary;
  private final Map<FactStore, ClaimChecker> checkers = new ConcurrentHashMap<>();

  /** With the bundled glossary. */
  public ClaimChecks() {
    this(Glossary.bundled());
  }

  public ClaimChecks(Glossary glossary) {
    this.glossary = glossary;
  }

  /** The report; a dataset named that the store lacks is a not-found error, on every edge. */
  public CheckReport check(FactStore store, CheckRequest request) {
    request.options().dataset().ifPresent(store::require);
    return checkers
        .computeIfAbsent(store, s -> ClaimChecker.over(s, glossary))
        .check(request.text(), request.options());
  }
}
