package org.yesan.app.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yesan.model.DatasetInfo;
import org.yesan.model.Level;
import org.yesan.query.Cuts;
import org.yesan.query.Page;
import org.yesan.query.QueryException;

/**
 * A search of a dataset's member names: the text (Korean or English; case and spaces ignored), the
 * levels searched (every level by default), the facts searched among, and the page of matches (all
 * when none is given).
 */
public record SearchRequest(
    String dataset, String text, List<String> levels, Cuts cuts, Optional<Page> page) {

  public static final String Q = "q";
  public static final String LEVELS = "levels";

  public SearchRequest {
    if (MemberNames.folded(text).isEmpty()) {
      throw new QueryException(Q, 0, "expected text to search for, found nothing");
    }
    levels = List.copyOf(levels);
  }

  /** From the texts both edges take. */
  public static SearchRequest of(
      DatasetInfo d, String text, Optional<String> levels, Cuts cuts, Optional<Page> page) {
    List<String> all = d.levels().stream().map(Level::id).toList();
    List<String> out = new ArrayList<>();
    if (levels.isEmpty()) {
      out.addAll(all);
    } else {
      int pos = 1;
      for (String p : levels.get().split(",", -1)) {
        String id = p.strip();
        if (!all.contains(id)) {
          throw new QueryException(
              LEVELS,
              pos,
              "unknown level '" + id + "'; " + d.name() + " has " + String.join(", ", all));
        }
        out.add(id);
        pos += p.length() + 1;
      }
    }
    return new SearchRequest(d.name(), text, out, cuts, page);
  }
}
