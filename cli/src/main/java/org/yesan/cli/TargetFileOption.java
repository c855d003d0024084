package org.yesan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yesan.targets.TargetRegister;
import org.yesan.targets.csv.TargetFiles;
import picocli.CommandLine.Option;

/** The {@code --file} option of the targets commands: the user's own files beside the bundled. */
final class TargetFileOption {

  @Option(
      names = "--file",
      paramLabel = "PATH",
      description =
          "A targets CSV file of your own (any format of data/targets/README.md) read after the"
              + " bundled files; repeatable. Nothing is shown unless every file is valid.")
  List<Path> files = new ArrayList<>();

  TargetRegister register() {
    return TargetFiles.bundledWith(files);
  }
}
