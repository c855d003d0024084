package org.yesan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The tally of crash trials: after each, the store holds the state before the import ("old"), the
 * state after it ("new"), or neither, which is kept for a look as {@code neither-N.duckdb}.
 */
final class Verdicts {

  private final String oldState;
  private final String newState;
  int old;
  int neu;
  int neither;

  Verdicts(String oldState, String newState) {
    this.oldState = oldState;
    this.newState = newState;
  }

  /** Judges trial {@code i}'s store and counts the verdict, which it answers. */
  String judge(Path trial, int i, Path work) throws IOException {
    String s;
    try {
      s = CrashTrials.state(trial);
    } catch (RuntimeException e) {
      s = "cannot open: " + e.getMessage();
    }
    if (s.equals(oldState)) {
      old++;
      return "old";
    }
    if (s.equals(newState)) {
      neu++;
      return "new";
    }
    neither++;
    Files.copy(trial, work.resolve("neither-" + i + ".duckdb"));
    return "NEITHER";
  }
}
