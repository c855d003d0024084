package org.yesan.app.access;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who holds a store file, kept beside it in {@code FILE.holders/}: one small file per Yesan process
 * that has it open (its PID, the command and the mode), and a {@code release} file by which an
 * import asks running servers to let go of the store until it has committed.
 *
 * <p>Records of processes that have ended are ignored, so a killed process never blocks anyone; a
 * store on read-only media gets no records, and opening it works all the same.
 */
public final class StoreHolders {

  /** One process holding the store. */
  public record Holder(long pid, String command, Mode mode) {

    /** How a holder has the store open. */
    public enum Mode {
      READ,
      WRITE,
      /** A server, which closes the store while an import runs and opens it again after. */
      SERVE
    }

    /** Longer command lines are cut in messages: an import may name fifty files. */
    static final int MAX_COMMAND = 120;

    /** How a message names it, e.g. {@code yesan serve --port 8080 (PID 4242, serve)}. */
    public String described() {
      String shown =
          command.length() > MAX_COMMAND ? command.substring(0, MAX_COMMAND - 1) + "…" : command;
      return shown + " (PID " + pid + ", " + mode.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }
  }

  private static final String RELEASE = "release";

  private final Path folder;

  public StoreHolders(Path store) {
    Path abs = store.toAbsolutePath();
    this.folder = abs.resolveSibling(abs.getFileName() + ".holders");
  }

  /** Records this process as a holder; closing the returned handle removes the record. */
  public Registration register(String command, Holder.Mode mode) {
    long pid = ProcessHandle.current().pid();
    Path file = folder.resolve(Long.toString(pid));
    try {
      Files.createDirectories(folder);
      Files.writeString(file, mode.name() + "\n" + command + "\n", StandardCharsets.UTF_8);
      file.toFile().deleteOnExit();
      return new Registration(Optional.of(file));
    } catch (IOException | UnsupportedOperationException e) {
      // read-only media: nobody can write beside the store, so nobody can conflict over it either
      return new Registration(Optional.empty());
    }
  }

  /** The live processes recorded as holding the store, other than this one. */
  public List<Holder> others() {
    List<Holder> out = new ArrayList<>();
    long self = ProcessHandle.current().pid();
    if (!Files.isDirectory(folder)) {
      return out;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "[0-9]*")) {
      for (Path f : files) {
        long pid = Long.parseLong(f.getFileName().toString());
        if (pid == self || !alive(pid)) {
          continue;
        }
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        if (lines.size() >= 2) {
          out.add(new Holder(pid, lines.get(1), Holder.Mode.valueOf(lines.get(0))));
        }
      }
    } catch (IOException | RuntimeException e) {
      // a record being written or removed right now; the next look will see it whole
    }
    return out;
  }

  /** Asks running servers to close the store; closing the handle withdraws the request. */
  public Registration requestRelease() {
    Path file = folder.resolve(RELEASE);
    try {
      Files.createDirectories(folder);
      Files.writeString(file, ProcessHandle.current().pid() + "\n", StandardCharsets.UTF_8);
      file.toFile().deleteOnExit();
      return new Registration(Optional.of(file));
    } catch (IOException e) {
      return new Registration(Optional.empty());
    }
  }

  /** Whether a live process has asked servers to let go of the store. */
  public boolean releaseRequested() {
    Path file = folder.resolve(RELEASE);
    try {
      if (!Files.exists(file)) {
        return false;
      }
      String pid = Files.readString(file, StandardCharsets.UTF_8).strip();
      return !pid.isEmpty() && alive(Long.parseLong(pid));
    } catch (IOException | NumberFormatException e) {
      return false;
    }
  }

  private static boolean alive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  /** A record this process wrote, removed when closed. */
  public static final class Registration implements AutoCloseable {

    private final Optional<Path> file;

    private Registration(Optional<Path> file) {
      this.file = file;
    }

    @Override
    public void close() {
      file.ifPresent(
          f -> {
            try {
              Files.deleteIfExists(f);
            } catch (IOException e) {
              // left behind, it names a process that has ended and is ignored
            }
          });
    }
  }
}
