package org.yesan.http.imports;

import io.javalin.config.MultipartConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.UploadedFile;
import io.javalin.http.util.MultipartUtil;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.yesan.accounts.Role;
import org.yesan.app.imports.ImportRequest;
import org.yesan.http.Problem;
import org.yesan.http.YesanServer;
import org.yesan.http.auth.Gate;
import org.yesan.ingest.ImportOptions;
import org.yesan.store.FactStore;

/**
 * {@code POST /api/v1/imports} (an editor sends one or more files as multipart/form-data; 202 with
 * the status resource's {@code Location}) and {@code GET /api/v1/imports/{id}} (its state, progress
 * and report or problem). Uploads are saved under sanitised names in a private temporary folder and
 * imported all or nothing by the same use case as {@code yesan import}.
 */
public final class ImportRoutes implements AutoCloseable {

  public static final String PATH = "/api/v1/imports";

  private static final Set<String> FIELDS = Set.of("format", "dataset");

  private final Gate gate;
  private final ImportJobs jobs;

  public ImportRoutes(FactStore store, Gate gate) {
    this.gate = gate;
    this.jobs = new ImportJobs(store);
  }

  /** The routes as method and path template, for the server's table of allowed methods. */
  public static List<String[]> routes() {
    return List.of(new String[] {"POST", PATH}, new String[] {"GET", PATH + "/{id}"});
  }

  public void register(RoutesConfig routes) {
    routes.addHttpHandler(
        HandlerType.POST, PATH, gate.guard(Optional.of(Role.EDITOR), this::submit));
    routes.addHttpHandler(
        HandlerType.GET, PATH + "/{id}", gate.guard(Optional.of(Role.EDITOR), this::status));
  }

  private void status(Context ctx) {
    Optional<ImportJob> job = jobs.find(ctx.pathParam("id"));
    if (job.isEmpty()) {
      YesanServer.problem(ctx, Problem.notFound(YesanServer.instance(ctx)));
      return;
    }
    ctx.status(200).contentType("application/json").result(job.get().json().toString());
  }

  private void submit(Context ctx) throws IOException {
    String type = Optional.ofNullable(ctx.contentType()).orElse("");
    if (!type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      refuse(
          ctx,
          415,
          "expected a body of Content-Type multipart/form-data with the files, found "
              + (type.isBlank() ? "none" : type));
      return;
    }
    long limit = gate.rules().maxUploadBytes();
    if (ctx.req().getContentLengthLong() > limit) {
      refuse(ctx, 413, tooLarge(limit));
      return;
    }
    if (!jobs.writable()) {
      refuse(ctx, 405, "this server's store takes no imports");
      return;
    }
    Path folder =
        Files.createTempDirectory(
            "yesan-upload-",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    boolean queued = false;
    try {
      MultipartConfig config = new MultipartConfig();
      config.cacheDirectory(folder.toString());
      config.maxFileSize(limit, SizeUnit.BYTES);
      config.maxTotalRequestSize(limit, SizeUnit.BYTES);
      config.maxInMemoryFileSize(1, SizeUnit.MB);
      Map<String, List<UploadedFile>> files;
      Map<String, List<String>> fields;
      try {
        files = MultipartUtil.INSTANCE.uploadedFileMap(ctx.req(), config);
        fields = MultipartUtil.INSTANCE.fieldMap(ctx.req(), config);
      } catch (RuntimeException e) {
        if (String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("exceed")
            || String.valueOf(e.getCause()).toLowerCase(Locale.ROOT).contains("exceed")) {
          refuse(ctx, 413, tooLarge(limit));
        } else {
          refuse(ctx, 400, "the multipart body does not read: " + e.getMessage());
        }
        return;
      }
      for (String f : fields.keySet()) {
        if (!FIELDS.contains(f) && !files.containsKey(f)) {
          refuse(
              ctx,
              400,
              "unknown form field '" + f + "'; an import accepts files, format and dataset");
          return;
        }
      }
      String format = one(fields, "format").orElse(ImportRequest.AUTO);
      Optional<String> dataset = one(fields, "dataset");
      List<Path> saved = new ArrayList<>();
      List<String> names = new ArrayList<>();
      Set<String> taken = new HashSet<>();
      Path inbox = Files.createDirectory(folder.resolve("files"));
      for (List<UploadedFile> list : files.values()) {
        for (UploadedFile u : list) {
          String name = UploadNames.safe(u.filename(), saved.size(), taken);
          Path target = inbox.resolve(name).normalize();
          if (!target.getParent().equals(inbox)) {
            throw new IllegalStateException("a sanitised name left the upload folder: " + name);
          }
          try (InputStream in = u.content()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
          }
          saved.add(target);
          names.add(name);
        }
      }
      if (saved.isEmpty()) {
        refuse(
            ctx, 400, "the request holds no file; send each as a multipart part with a filename");
        return;
      }
      ImportRequest request;
      try {
        // The store records each upload under its own (sanitised) name, not the server's copy.
        request =
            ImportRequest.of(saved, format, dataset, ImportOptions.defaults())
                .recordedAs(p -> p.getFileName().toString());
      } catch (IllegalArgumentException e) {
        refuse(ctx, 400, e.getMessage());
        return;
      }
      ImportJob job = new ImportJob(UUID.randomUUID().toString(), Gate.actor(ctx), names);
      Optional<ImportJob> accepted = jobs.submit(job, folder, inbox, request);
      queued = true;
      if (accepted.isEmpty()) {
        refuse(ctx, 409, ImportJobs.MAX_WAITING + " imports are waiting already; try again later");
        return;
      }
      ctx.status(202)
          .header("Location", PATH + "/" + job.id())
          .contentType("application/json")
          .result(job.json().toString());
    } finally {
      // a queued import deletes the folder once it has run
      if (!queued) {
        ImportJobs.delete(folder);
      }
    }
  }

  private static Optional<String> one(Map<String, List<String>> fields, String name) {
    List<String> v = fields.getOrDefault(name, List.of());
    return v.isEmpty() || v.get(0).isBlank() ? Optional.empty() : Optional.of(v.get(0).strip());
  }

  private static String tooLarge(long limit) {
    return "the upload is larger than this server accepts (" + limit + " bytes)";
  }

  /**
   * Reads and drops up to {@code max} bytes of a refused body: an HTTP/1.1 client sends the whole
   * body before it reads the answer, so closing on it unread resets the connection and the client
   * never sees the 413. Past {@code max} the connection is closed anyway.
   */
  private static void refuse(Context ctx, int status, String detail) {
    YesanServer.problem(ctx, Problem.http(status, detail, YesanServer.instance(ctx)));
  }

  @Override
  public void close() {
    jobs.close();
  }
}
