package org.yesan.bench;

import java.io.IOException;

/**
 * The tally of crash trials: after each, the store holds the state before the import ("old"), the
 * state after it ("new"), or neither, which is kept for a look as the store {@code neither_N}.
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

  /** Judges trial {@code i}'s store {@code trial} and counts the verdict, which it answers. */
  String judge(TrialStores stores, String trial, int i) throws IOException {
    String s;
    try {
      s = StoreStates.of(stores, trial);
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
    stores.copy(trial, "neither_" + i);
    return "NEITHER";
  }
}
