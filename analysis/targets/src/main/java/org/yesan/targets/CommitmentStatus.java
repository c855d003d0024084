package org.yesan.targets;

import java.util.Locale;
import java.util.Optional;

/** Where a commitment stands after a dated piece of evidence. */
public enum CommitmentStatus {
  ANNOUNCED,
  FUNDED,
  ON_TRACK,
  LATE,
  MET,
  DROPPED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether nothing more can happen to the commitment. */
  public boolean closed() {
    return this == MET || this == DROPPED;
  }

  public static Optional<CommitmentStatus> parse(String code) {
    for (CommitmentStatus s : values()) {
      if (s.code().equals(code)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
