package org.yesan.themes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yesan.model.Level;
import org.yesan.query.LineItem;

/** A {@link Match} bound to one dataset's levels, ready to test its line items. */
final class BoundMatch {

  /** Where a match hit: level id, whole member text and the part matched. */
  record Hit(String level, String member, String matched) {}

  private final Match match;
  private final List<Level> levels;
  private final int[] indices;
  private final Optional<Pattern> regex;

  BoundMatch(Match match, List<Level> datasetLevels) {
    this.match = match;
    this.levels = datasetLevels;
    List<Integer> idx = new ArrayList<>();
    if (match.levels().isPresent()) {
      for (String id : match.levels().get()) {
        for (int i = 0; i < datasetLevels.size(); i++) {
          if (datasetLevels.get(i).id().equals(id)) {
            idx.add(i);
          }
        }
      }
    } else {
      for (int i = 0; i < datasetLevels.size(); i++) {
        idx.add(i);
      }
    }
    this.indices = idx.stream().mapToInt(Integer::intValue).toArray();
    this.regex = match.regex().map(Pattern::compile);
  }

  /** The first hit on the line (levels in the rule's order, then keywords in order), if any. */
  Optional<Hit> test(LineItem line) {
    Optional<Hit> hit = primary(line);
    if (hit.isEmpty()) {
      return hit;
    }
    for (Keyword k : match.allOfKeywords()) {
      if (!occursOnAnyLevel(line, k)) {
        return Optional.empty();
      }
    }
    return hit;
  }

  private Optional<Hit> primary(LineItem line) {
    for (int i : indices) {
      Optional<String> member = line.member(i);
      if (member.isEmpty()) {
        continue;
      }
      String text = Keyword.normalize(member.get());
      String level = levels.get(i).id();
      for (Keyword k : match.anyOfKeywords()) {
        Optional<Keyword.Span> s = firstUnmasked(k, text);
        if (s.isPresent()) {
          return Optional.of(new Hit(level, text, text.substring(s.get().start(), s.get().end())));
        }
      }
      if (match.members().contains(text.strip())) {
        return Optional.of(new Hit(level, text, text.strip()));
      }
      if (regex.isPresent()) {
        Matcher m = regex.get().matcher(text);
        if (m.find()) {
          return Optional.of(new Hit(level, text, m.group()));
        }
      }
    }
    for (String prefix : match.pathPrefixes()) {
      Optional<Hit> h = pathHit(line, prefix);
      if (h.isPresent()) {
        return h;
      }
    }
    return Optional.empty();
  }

  private boolean occursOnAnyLevel(LineItem line, Keyword k) {
    for (int i : indices) {
      Optional<String> member = line.member(i);
      if (member.isPresent() && firstUnmasked(k, Keyword.normalize(member.get())).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private Optional<Keyword.Span> firstUnmasked(Keyword k, String text) {
    List<Keyword.Span> masks = new ArrayList<>();
    for (Keyword friend : match.notWithin()) {
      masks.addAll(friend.find(text));
    }
    for (Keyword.Span s : k.find(text)) {
      if (masks.stream().noneMatch(s::within)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** A path prefix hits when the line's members, top down, begin with the prefix's segments. */
  private Optional<Hit> pathHit(LineItem line, String prefix) {
    List<String> segments = List.of(prefix.split(" > ", -1));
    int seg = 0;
    for (int i = 0; i < levels.size() && seg < segments.size(); i++) {
      Optional<String> member = line.member(i);
      if (member.isEmpty()) {
        continue;
      }
      if (!Keyword.normalize(member.get()).equals(segments.get(seg).strip())) {
        return Optional.empty();
      }
      seg++;
      if (seg == segments.size()) {
        return Optional.of(new Hit(levels.get(i).id(), member.get(), prefix));
      }
    }
    return Optional.empty();
  }
}
