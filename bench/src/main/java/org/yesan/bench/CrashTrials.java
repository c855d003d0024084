package org.yesan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Kills {@code yesan import} with SIGKILL at random moments and checks that the store it was
 * writing then opens and holds exactly the state before the import or the state after it.
 *
 * <p>Usage: {@code CrashTrials WORKDIR TRIALS SEED -- BEFORE_FILES... -- IMPORT_FILES...}: the
 * store starts from an import of BEFORE_FILES, each trial re-imports IMPORT_FILES into a copy of it
 * and kills the import after a random delay: in odd trials between 0.8 and 1.6 times what one whole
 * import took, in even trials anywhere up to it.
 */
public final class CrashTrials {

  /** The stores of the state before the import, the state after it, and each trial's copy. */
  static final String OLD = "before_import";

  static final String NEW = "after_import";
  static final String TRIAL = "trial";

  private CrashTrials() {}

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[0]);
    int trials = Integer.parseInt(args[1]);
    Random random = new Random(Long.parseLong(args[2]));
    int split = indexOf(args, "--", 3);
    int second = indexOf(args, "--", split + 1);
    List<String> before = List.of(args).subList(split + 1, second);
    List<String> update = List.of(args).subList(second + 1, args.length);
    Files.createDirectories(work);

    TrialStores stores = new TrialStores.DuckDbFiles(work);
    stores.empty(OLD);
    stores.delete(NEW);
    run(importCommand(stores.address(OLD), before), Long.MAX_VALUE);
    stores.copy(OLD, NEW);
    long t0 = System.nanoTime();
    run(importCommand(stores.address(NEW), update), Long.MAX_VALUE);
    long fullMillis = (System.nanoTime() - t0) / 1_000_000;
    String oldState = StoreStates.of(stores, OLD);
    String newState = StoreStates.of(stores, NEW);
    if (oldState.equals(newState)) {
      throw new IllegalStateException("the import changes nothing; choose files that do");
    }
    System.out.printf("full re-import: %d ms (JVM start included)%n", fullMillis);

    Verdicts verdicts = new Verdicts(oldState, newState);
    int exitedBeforeKill = 0;
    for (int i = 1; i <= trials; i++) {
      stores.copy(OLD, TRIAL);
      // Half the kills fall anywhere in a whole import, half around its end, where the commit
      // is: a shared machine stretches imports, and kills that all land early test little.
      double at = i % 2 == 0 ? random.nextDouble() : 0.8 + 0.8 * random.nextDouble();
      long delay = (long) (at * fullMillis);
      boolean killed = run(importCommand(stores.address(TRIAL), update), delay);
      if (!killed) {
        exitedBeforeKill++;
      }
      String verdict = verdicts.judge(stores, TRIAL, i);
      System.out.printf(
          "trial %d: killed after %d ms%s: %s%n", i, delay, killed ? "" : " (had exited)", verdict);
    }
    System.out.printf(
        "trials=%d old=%d new=%d neither=%d exited_before_kill=%d%n",
        trials, verdicts.old, verdicts.neu, verdicts.neither, exitedBeforeKill);
    if (verdicts.neither > 0) {
      System.exit(1);
    }
  }

  static int indexOf(String[] args, String s, int from) {
    for (int i = from; i < args.length; i++) {
      if (args[i].equals(s)) {
        return i;
      }
    }
    throw new IllegalArgumentException("usage: WORKDIR TRIALS SEED -- FILES... -- FILES...");
  }

  private static List<String> importCommand(String store, List<String> files) {
    List<String> cmd = ServerCrashTrials.java(store);
    cmd.add("import");
    cmd.add("--quiet");
    cmd.addAll(files);
    return cmd;
  }

  /** Runs the command; kills it with SIGKILL after {@code killAfterMillis}. True if killed. */
  private static boolean run(List<String> cmd, long killAfterMillis)
      throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(cmd)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (killAfterMillis == Long.MAX_VALUE) {
      int code = p.waitFor();
      if (code != 0) {
        throw new IllegalStateException("import exited " + code + ": " + cmd);
      }
      return false;
    }
    if (p.waitFor(killAfterMillis, TimeUnit.MILLISECONDS)) {
      return false;
    }
    p.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no rollback by the process itself
    p.waitFor();
    return true;
  }
}
