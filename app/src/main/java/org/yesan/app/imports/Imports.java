package org.yesan.app.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.yesan.app.audit.Actors;
import org.yesan.audit.AuditEntry;
import org.yesan.audit.AuditLog;
import org.yesan.ingest.RegularFile;
import org.yesan.ingest.SourceFormat;
import org.yesan.ingest.SourceFormats;
import org.yesan.store.imports.ImportAudit;
import org.yesan.store.imports.ImportInput;
import org.yesan.store.imports.ImportProgress;
import org.yesan.store.imports.ImportReport;
import org.yesan.store.imports.ImportingStore;
import org.yesan.store.imports.SourceHash;

/**
 * Imports files into a store as one all-or-nothing transaction: opens each in its format, hashes
 * it, hands them to the store together and closes them whatever happens; the one way {@code yesan
 * import} and {@code yesan demo --load-shared} load files.
 */
public final class Imports {

  private final SourceFormats formats;

  /** With the formats installed on the class path. */
  public Imports() {
    this(SourceFormats.installed());
  }

  public Imports(SourceFormats formats) {
    this.formats = formats;
  }

  /**
   * Runs the import on behalf of the person at the command line; an unreadable or malformed file
   * fails it before anything is stored.
   */
  public ImportReport run(ImportingStore store, ImportRequest request, ImportProgress progress) {
    return run(store, request, progress, Actors.commandLine());
  }

  /**
   * Runs the import on behalf of {@code actor} and writes what came of it, per file, to the store's
   * audit log (when the store keeps one): a success inside the import's own transaction, so that it
   * commits with the import or not at all; a failure, with its message, after the rollback.
   */
  public ImportReport run(
      ImportingStore store, ImportRequest request, ImportProgress progress, String actor) {
    List<ImportInput> inputs = new ArrayList<>();
    // Files are hashed in order on a thread of their own while the store reads the ones before
    // them; it lives until the audit has read every hash.
    ExecutorService hashing =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "yesan-import-hash");
              t.setDaemon(true);
              return t;
            });
    try {
      ImportAudit logged =
          store instanceof AuditLog
              ? report -> {
                String changed =
                    String.join(", ", report.datasets().stream().map(d -> d.dataset()).toList());
                String result =
                    "ok: "
                        + report.facts()
                        + " facts into "
                        + changed
                        + ", "
                        + report.datasets().stream().mapToInt(d -> d.written().size()).sum()
                        + " slices written, "
                        + report.datasets().stream().mapToInt(d -> d.replaced()).sum()
                        + " replaced";
                return entries(actor, request, inputs, changed, result);
              }
              : ImportAudit.NONE;
      return runOpened(store, request, progress, inputs, hashing, logged);
    } catch (RuntimeException e) {
      try {
        audit(store, actor, request, inputs, "-", "failed: " + byName(e.getMessage(), request));
      } catch (RuntimeException logging) {
        e.addSuppressed(logging);
      }
      throw e;
    } finally {
      hashing.shutdownNow();
      for (ImportInput in : inputs) {
        in.batch().close();
      }
    }
  }

  // The log names files by name (its file column says which); a server's upload folder stays out.
  private static String byName(String message, ImportRequest request) {
    String m = String.valueOf(message);
    for (ImportRequest.Source s : request.sources()) {
      Path name = s.file().getFileName();
      if (name != null) {
        m = m.replace(s.file().toString(), name.toString());
      }
    }
    return m;
  }

  private static void audit(
      ImportingStore store,
      String actor,
      ImportRequest request,
      List<ImportInput> inputs,
      String subject,
      String result) {
    if (store instanceof AuditLog log) {
      entries(actor, request, inputs, subject, result).forEach(log::append);
    }
  }

  private static List<AuditEntry> entries(
      String actor,
      ImportRequest request,
      List<ImportInput> inputs,
      String subject,
      String result) {
    List<AuditEntry> out = new ArrayList<>();
    for (int i = 0; i < request.sources().size(); i++) {
      Path f = request.sources().get(i).file();
      Optional<String> hash = i < inputs.size() ? hashOf(inputs.get(i)) : Optional.empty();
      Path name = f.getFileName();
      out.add(
          AuditEntry.now(
              actor,
              AuditEntry.Action.IMPORT,
              subject,
              Optional.of(name == null ? f.toString() : name.toString()),
              hash,
              result));
    }
    return out;
  }

  // A file that could not be read to the end has no hash; the entry still says what happened.
  private static Optional<String> hashOf(ImportInput in) {
    try {
      return Optional.of(in.sha256());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private ImportReport runOpened(
      ImportingStore store,
      ImportRequest request,
      ImportProgress progress,
      List<ImportInput> inputs,
      ExecutorService hashing,
      ImportAudit audit) {
    List<ImportRequest.Source> sources = request.sources();
    List<SourceHash> hashes = new ArrayList<>();
    for (ImportRequest.Source s : sources) {
      Path f = RegularFile.require(s.file());
      hashes.add(SourceHash.computing(CompletableFuture.supplyAsync(() -> sha256(f), hashing)));
    }
    // Telling each file's format and opening it reads its head and header, a few milliseconds a
    // file (0.13-0.3 s of the 48 열린재정 files, one after another): done on both cores, and taken
    // in order, so that the first file that cannot be opened is the one reported, as before.
    List<Opened> opened =
        java.util.stream.IntStream.range(0, sources.size())
            .parallel()
            .mapToObj(i -> open(sources.get(i), hashes.get(i), request))
            .toList();
    Optional<RuntimeException> failure = Optional.empty();
    for (Opened o : opened) {
      if (failure.isPresent()) {
        o.input().ifPresent(in -> in.batch().close());
      } else if (o.input().isPresent()) {
        inputs.add(o.input().get());
      } else {
        failure = o.failure();
      }
    }
    if (failure.isPresent()) {
      throw failure.get();
    }
    return store.importFilesWithAudit(inputs, progress, audit);
  }

  /** A source opened in its format, or the exception that refused it. */
  private record Opened(Optional<ImportInput> input, Optional<RuntimeException> failure) {}

  private Opened open(ImportRequest.Source s, SourceHash hash, ImportRequest request) {
    try {
      Path f = s.file();
      SourceFormat format =
          s.format().equals(ImportRequest.AUTO) ? formats.detect(f) : formats.byId(s.format());
      return new Opened(
          Optional.of(
              new ImportInput(
                  f,
                  format.id(),
                  hash,
                  format.open(f, request.options()),
                  s.dataset(),
                  s.recorded())),
          Optional.empty());
    } catch (RuntimeException e) {
      return new Opened(Optional.empty(), Optional.of(e));
    }
  }

  /** The hex SHA-256 of a file's bytes, which the store records to tell re-imports apart. */
  public static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return sha256(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The hex SHA-256 of everything the stream holds; the caller closes it. */
  public static String sha256(InputStream in) throws IOException {
    try {
      DigestInputStream digest = new DigestInputStream(in, MessageDigest.getInstance("SHA-256"));
      digest.transferTo(OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(digest.getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
