package org.yesan.targets;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything Yesan knows about promises and calendars: targets, commitments, envelopes and the
 * budget cycle, checked against each other (a target's funding envelope must exist).
 */
public record TargetRegister(
    List<Target> targets,
    List<Commitment> commitments,
    List<Envelope> envelopes,
    CycleCalendar calendar) {

  public TargetRegister {
    targets = List.copyOf(targets);
    commitments = List.copyOf(commitments);
    envelopes = List.copyOf(envelopes);
    unique(targets.stream().map(Target::id).toList(), "target");
    unique(commitments.stream().map(Commitment::id).toList(), "commitment");
    unique(envelopes.stream().map(Envelope::id).toList(), "envelope");
    Set<String> envelopeIds = new HashSet<>(envelopes.stream().map(Envelope::id).toList());
    for (Target t : targets) {
      if (t.fundedBy().isPresent() && !envelopeIds.contains(t.fundedBy().get())) {
        throw new IllegalArgumentException(
            "a known envelope for target " + t.id() + ": " + t.fundedBy().get());
      }
    }
  }

  private static void unique(List<String> ids, String what) {
    Set<String> seen = new HashSet<>();
    for (String id : ids) {
      if (!seen.add(id)) {
        throw new IllegalArgumentException("a " + what + " listed twice: " + id);
      }
    }
  }

  public Optional<Target> target(String id) {
    return targets.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  public Optional<Commitment> commitment(String id) {
    return commitments.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  public Optional<Envelope> envelope(String id) {
    return envelopes.stream().filter(e -> e.id().equals(id)).findFirst();
  }
}
