package org.yesan.store.contract;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.yesan.ingest.BatchDescription;
import org.yesan.ingest.FactSink;
import org.yesan.ingest.InputException;
import org.yesan.ingest.SourceBatch;
import org.yesan.model.Fact;
import org.yesan.model.FiscalYear;
import org.yesan.model.Hierarchy;
import org.yesan.model.Level;
import org.yesan.model.Measure;
import org.yesan.model.SourceUnit;
import org.yesan.model.Stage;
import org.yesan.store.imports.ImportInput;

/** A batch of facts written in a test, optionally failing at a given fact. */
public final class ListBatch implements SourceBatch {

  private final BatchDescription description;
  private final List<Fact> facts = new ArrayList<>();
  private int failAt = -1;

  public ListBatch(String dataset, List<Level> levels, Measure... measures) {
    this.description =
        new BatchDescription(
            "test",
            dataset,
            "test " + dataset,
            Optional.of("KR"),
            "KRW",
            SourceUnit.WON,
            "written in a test",
            "CC0",
            levels,
            List.<Hierarchy>of(),
            Arrays.asList(measures));
  }

  public ListBatch add(int year, Stage stage, Measure m, long won, String... members) {
    return add(year, stage, m, year, won, members);
  }

  public ListBatch add(
      int year, Stage stage, Measure m, int reportedIn, long won, String... members) {
    return add(year, stage, m, reportedIn, BigDecimal.valueOf(won), members);
  }

  public ListBatch add(
      int year, Stage stage, Measure m, int reportedIn, BigDecimal won, String... members) {
    List<Optional<String>> ms = new ArrayList<>();
    for (String s : members) {
      ms.add(s.isEmpty() ? Optional.empty() : Optional.of(s));
    }
    facts.add(
        new Fact(
            ms,
            FiscalYear.of(year),
            stage,
            m.id(),
            FiscalYear.of(reportedIn),
            won,
            facts.size() + 2));
    return this;
  }

  /** The same facts in another order. */
  public ListBatch shuffled(java.util.Random r) {
    ListBatch copy = new ListBatch(description);
    List<Fact> order = new ArrayList<>(facts);
    java.util.Collections.shuffle(order, r);
    copy.facts.addAll(order);
    return copy;
  }

  /** The sum of the facts whose first member is {@code first}, computed without the store. */
  public BigDecimal expectedSum(String first) {
    return facts.stream()
        .filter(f -> f.members().get(0).equals(Optional.of(first)))
        .map(Fact::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private ListBatch(BatchDescription description) {
    this.description = description;
  }

  public ListBatch failingAt(int index) {
    this.failAt = index;
    return this;
  }

  public ImportInput input(String name) {
    return new ImportInput(
        Path.of(name), "test", name + "-" + facts.hashCode(), this, Optional.empty());
  }

  @Override
  public BatchDescription description() {
    return description;
  }

  @Override
  public void forEach(FactSink sink) {
    for (int i = 0; i < facts.size(); i++) {
      if (i == failAt) {
        throw new InputException(
            Path.of("bad.csv"), facts.get(i).sourceLine(), 3, "an amount", "'abc'");
      }
      sink.accept(facts.get(i));
    }
  }
}
