package org.yesan.app.themes;

import java.util.Optional;
import org.yesan.query.Cuts;
import org.yesan.query.FactsQuery;
import org.yesan.query.Page;
import org.yesan.query.QueryException;
import org.yesan.themes.Theme;
import org.yesan.themes.ThemeCatalog;

/**
 * A theme to apply to a dataset's lines that pass the cuts; whether to keep the tagged lines (to
 * list them, not only their totals) and which page of them to list (all when no page is given).
 */
public record ThemeRequest(
    String dataset, Theme theme, Cuts cuts, boolean keepLines, Optional<Page> page) {

  /** The parameter (or path segment) naming a built-in theme, {@code theme}. */
  public static final String THEME = "theme";

  public ThemeRequest {
    if (dataset.isBlank()) {
      throw new IllegalArgumentException("a theme is applied to a dataset");
    }
  }

  /**
   * The theme of {@code catalog} called {@code id}, or a query error that lists the built-in ones.
   */
  public static Theme theme(ThemeCatalog catalog, String id) {
    return catalog
        .theme(id)
        .orElseThrow(
            () ->
                new QueryException(
                    THEME,
                    0,
                    "unknown theme '"
                        + id
                        + "'; built in: "
                        + String.join(", ", ThemeCatalog.BUILT_IN)));
  }

  /** The lines read. */
  public FactsQuery query() {
    return FactsQuery.of(dataset).withCuts(cuts);
  }
}
