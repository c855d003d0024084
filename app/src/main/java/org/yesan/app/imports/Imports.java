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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.yesan.ingest.RegularFile;
import org.yesan.ingest.SourceFormat;
import org.yesan.ingest.SourceFormats;
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
   * Runs the import; an unreadable or malformed file fails it before anything is stored. Files are
   * hashed in order on a thread of their own while the store reads the ones before them.
   */
  public ImportReport run(ImportingStore store, ImportRequest request, ImportProgress progress) {
    List<ImportInput> inputs = new ArrayList<>();
    ExecutorService hashing =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "yesan-import-hash");
              t.setDaemon(true);
              return t;
            });
    try {
      for (ImportRequest.Source s : request.sources()) {
        Path f = RegularFile.require(s.file());
        SourceFormat format =
            s.format().equals(ImportRequest.AUTO) ? formats.detect(f) : formats.byId(s.format());
        SourceHash hash =
            SourceHash.computing(CompletableFuture.supplyAsync(() -> sha256(f), hashing));
        inputs.add(
            new ImportInput(f, format.id(), hash, format.open(f, request.options()), s.dataset()));
      }
      return store.importFiles(inputs, progress);
    } finally {
      hashing.shutdownNow();
      for (ImportInput in : inputs) {
        in.batch().close();
      }
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
