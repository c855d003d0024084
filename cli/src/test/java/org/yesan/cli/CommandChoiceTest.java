package org.yesan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class CommandChoiceTest {

  private static final List<Class<?>> ALL = YesanCli.commandsFor(new String[0]);

  @Test
  void aCommandLineNamingOneCommandGetsThatOneOnly() {
    assertThat(YesanCli.commandsFor(new String[] {"import", "a.csv"}))
        .containsExactly(ImportCommand.class);
    assertThat(YesanCli.commandsFor(new String[] {"--db", "s.duckdb", "query", "x"}))
        .containsExactly(QueryCommand.class);
    assertThat(YesanCli.commandsFor(new String[] {"--db=s.duckdb", "serve"}))
        .containsExactly(ServeCommand.class);
  }

  @Test
  void helpOptionsUnknownNamesAndNoNameGetEveryCommand() {
    assertThat(ALL).hasSize(26).contains(ImportCommand.class, CommandLine.HelpCommand.class);
    for (String[] args :
        List.of(
            new String[] {},
            new String[] {"-h", "import"},
            new String[] {"--version"},
            new String[] {"help", "import"},
            new String[] {"imprt", "a.csv"},
            new String[] {"--db"},
            new String[] {"--db", "import"})) {
      assertThat(YesanCli.commandsFor(args)).as(String.join(" ", args)).isEqualTo(ALL);
    }
  }

  @Test
  void theHelpListsEveryCommandAndHelpOnOneShowsIt() {
    String listing = run("--help");
    for (Class<?> c : ALL) {
      assertThat(listing).contains("  " + c.getAnnotation(Command.class).name() + " ");
    }
    assertThat(run("help", "import")).startsWith("Usage: yesan import ");
  }

  @Test
  void anUnknownCommandIsAUsageErrorThatNamesTheNearOne() {
    StringWriter err = new StringWriter();
    int code =
        YesanCli.run(
            new String[] {"imprt", "a.csv"},
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true));
    assertThat(code).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(err.toString()).contains("imprt").contains("import");
  }

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    int code =
        YesanCli.run(args, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
    assertThat(code).isZero();
    return out.toString();
  }
}
