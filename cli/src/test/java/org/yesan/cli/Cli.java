package org.yesan.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the CLI in-process against one store and captures what it prints. */
final class Cli {

  /** What one run printed and returned. */
  record Run(int exit, String out, String err) {}

  private final String db;

  Cli(Path db) {
    this(db.toString());
  }

  /** A CLI on the store of any {@code --db} address, such as a PostgreSQL database. */
  Cli(String db) {
    this.db = db;
  }

  static Path shared() {
    return Path.of(System.getProperty("yesan.shared", "/work/shared"));
  }

  Run run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--db");
    all.add(db);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        YesanCli.run(
            all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }
}
