package org.yesan.linking;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Where a line sits in its year's classification: its members from the top level down to the chosen
 * leaf level, an absent member written as the empty string so that paths stay aligned.
 */
public record LinePath(List<String> members) implements Comparable<LinePath> {

  public static final String SEPARATOR = " > ";

  public LinePath {
    members = List.copyOf(members);
    if (members.isEmpty()) {
      throw new IllegalArgumentException("a line path needs at least one member");
    }
  }

  public static LinePath of(String... members) {
    return new LinePath(List.of(members));
  }

  /** The non-empty members joined with " > ", as in {@code LineItem.path()}. */
  public String text() {
    return members.stream().filter(m -> !m.isEmpty()).collect(Collectors.joining(SEPARATOR));
  }

  /** The last {@code n} members: the line's name, as opposed to its parents. */
  public List<String> tail(int n) {
    return members.subList(Math.max(0, members.size() - n), members.size());
  }

  /** The members before the last {@code n}: the parents under which the name sits. */
  public List<String> head(int n) {
    return members.subList(0, Math.max(0, members.size() - n));
  }

  public String member(int index) {
    return members.get(index);
  }

  public String leaf() {
    return members.get(members.size() - 1);
  }

  @Override
  public int compareTo(LinePath o) {
    int n = Math.min(members.size(), o.members.size());
    for (int i = 0; i < n; i++) {
      int c = members.get(i).compareTo(o.members.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(members.size(), o.members.size());
  }

  @Override
  public String toString() {
    return text();
  }
}
