package org.yesan.http.imports;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.yesan.http.Problem;
import org.yesan.store.imports.ImportReport;

/** One import sent over HTTP, as its status resource shows it: queued, running, then its end. */
final class ImportJob {

  /** Where an import is. */
  enum State {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED
  }

  private final String id;
  private final String actor;
  private final List<String> files;
  private final Instant created = Instant.now();
  private final AtomicLong facts = new AtomicLong();
  private volatile int fileIndex;
  private volatile State state = State.QUEUED;
  private volatile Optional<ImportReport> report = Optional.empty();
  private volatile Optional<Problem> problem = Optional.empty();
  private volatile Optional<Instant> finished = Optional.empty();

  ImportJob(String id, String actor, List<String> files) {
    this.id = id;
    this.actor = actor;
    this.files = List.copyOf(files);
  }

  String id() {
    return id;
  }

  String actor() {
    return actor;
  }

  State state() {
    return state;
  }

  void running() {
    state = State.RUNNING;
  }

  void progress(int file, long done) {
    fileIndex = file;
    facts.set(done);
  }

  void succeeded(ImportReport r) {
    report = Optional.of(r);
    finished = Optional.of(Instant.now());
    state = State.SUCCEEDED;
  }

  void failed(Problem p) {
    problem = Optional.of(p);
    finished = Optional.of(Instant.now());
    state = State.FAILED;
  }

  ObjectNode json() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode o = f.objectNode();
    o.put("id", id);
    o.put("state", state.name().toLowerCase(Locale.ROOT));
    o.put("created", created.toString());
    finished.ifPresent(t -> o.put("finished", t.toString()));
    ArrayNode names = o.putArray("files");
    files.forEach(names::add);
    ObjectNode progress = o.putObject("progress");
    progress.put("file", Math.min(fileIndex + 1, files.size()));
    progress.put("files", files.size());
    progress.put("facts", facts.get());
    report.ifPresent(r -> o.set("report", report(r)));
    problem.ifPresent(p -> o.set("problem", p.json()));
    return o;
  }

  private static ObjectNode report(ImportReport r) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("facts", r.facts());
    o.put("millis", r.millis());
    ArrayNode ds = o.putArray("datasets");
    for (ImportReport.DatasetChange d : r.datasets()) {
      ObjectNode n = ds.addObject();
      n.put("dataset", d.dataset());
      n.put("created", d.created());
      n.put("slices_written", d.written().size());
      n.put("slices_replaced", d.replaced());
    }
    ArrayNode w = o.putArray("warnings");
    r.warnings().forEach(w::add);
    ArrayNode notes = o.putArray("notes");
    r.notes().forEach(notes::add);
    return o;
  }
}
