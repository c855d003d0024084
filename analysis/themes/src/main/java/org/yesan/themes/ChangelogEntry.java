package org.yesan.themes;

import java.util.List;
import java.util.Optional;

/**
 * What changed in one version of a theme, so that totals from different versions can be told apart.
 */
public record ChangelogEntry(String version, Optional<String> date, List<String> changes) {

  public ChangelogEntry {
    changes = List.copyOf(changes);
  }
}
