package org.yesan.claims.text;

import java.util.List;
import java.util.Optional;

/** A claim being read: its mention, subject, role and year word. */
final class Draft {
  final NumberMention mention;
  Optional<Glossary.Match> subject = Optional.empty();
  ClaimKind kind = ClaimKind.AMOUNT;
  boolean base;
  Optional<YearWord> year = Optional.empty();
  Optional<YearWord> ownYear = Optional.empty();

  Draft(NumberMention mention) {
    this.mention = mention;
  }

  /** The level amount nearest to {@code at}: the one a record word in the sentence is about. */
  static Optional<Draft> nearestAmount(List<Draft> drafts, int at) {
    Optional<Draft> best = Optional.empty();
    int distance = Integer.MAX_VALUE;
    for (Draft d : drafts) {
      if (d.kind != ClaimKind.AMOUNT || d.base) {
        continue;
      }
      int dist = Math.abs(d.mention.start() - at);
      if (dist < distance) {
        distance = dist;
        best = Optional.of(d);
      }
    }
    return best;
  }
}
