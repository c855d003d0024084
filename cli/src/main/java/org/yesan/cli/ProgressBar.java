package org.yesan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.yesan.store.imports.ImportProgress;

/**
 * A one-line progress display on stderr, drawn only when stderr is a terminal and only once an
 * import has run for more than a second.
 */
final class ProgressBar implements ImportProgress, AutoCloseable {

  private static final long DELAY_NANOS = 1_000_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private String file = "";
  private int index;
  private int count;
  private boolean drawn;

  private ProgressBar(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /**
   * A bar that draws only when stderr is a terminal. Java cannot ask that of stderr alone, so the
   * launcher tells it ({@code -Dyesan.stderr.tty}); without the launcher, a console stands in.
   */
  static ProgressBar onTerminal(PrintWriter err) {
    String told = System.getProperty("yesan.stderr.tty");
    boolean tty = told != null ? Boolean.parseBoolean(told) : System.console() != null;
    return new ProgressBar(err, tty);
  }

  @Override
  public void fileStarted(Path f, int i, int n) {
    file = String.valueOf(f.getFileName());
    index = i;
    count = n;
    draw(-1);
  }

  @Override
  public void facts(long done) {
    draw(done);
  }

  private void draw(long facts) {
    if (!enabled || System.nanoTime() - start < DELAY_NANOS) {
      return;
    }
    int width = 30;
    int filled = count == 0 ? 0 : (int) ((long) width * index / count);
    String bar = "#".repeat(filled) + ".".repeat(width - filled);
    err.print(
        "\r["
            + bar
            + "] file "
            + (index + 1)
            + "/"
            + count
            + " "
            + file
            + (facts >= 0 ? String.format(" %,d facts", facts) : "")
            + "   ");
    err.flush();
    drawn = true;
  }

  @Override
  public void close() {
    if (drawn) {
      err.print("\r" + " ".repeat(78) + "\r");
      err.flush();
    }
  }
}
