package org.yesan.store.imports;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.yesan.ingest.BatchDescription;
import org.yesan.ingest.InputException;
import org.yesan.model.Fact;
import org.yesan.model.Hierarchy;
import org.yesan.model.Level;
import org.yesan.model.Measure;
import org.yesan.store.sql.StoreException;
import org.yesan.store.sql.TableNames;
import org.yesan.validation.ValidationReport;

/**
 * The rules of an import that do not depend on the store: each file once, one file per slice,
 * amounts that fit the stored scale, a dataset's model only ever growing, never changing meaning.
 */
public final class ImportRules {

  /** Formats whose files are CSV text, where a missing last line ending hints at a cut file. */
  private static final Set<String> TEXT_FORMATS = Set.of("openfiscal", "mapped", "omb", "headline");

  /** A slice of a dataset: what one file's facts replace on import. */
  public record SliceKey(String measure, int fiscalYear, String stage, int reportedIn) {

    public static SliceKey of(Fact f) {
      return new SliceKey(
          f.measure(), f.fiscalYear().value(), f.stage().id(), f.reportedIn().value());
    }

    /** How messages name it. */
    public String described() {
      return "measure "
          + measure
          + ", fiscal year "
          + fiscalYear
          + ", stage "
          + stage
          + ", reported in "
          + reportedIn;
    }
  }

  private ImportRules() {}

  /** Refuses an import that names the same content twice: its slices would be added twice. */
  /**
   * Refuses a file with the same content as an earlier file of the import; checked as each file's
   * turn comes, so that its hash can be computed while the files before it are read.
   *
   * @param seen the hashes of the import's earlier files, to which this file's is added
   */
  public static void rejectRepeatedFile(Map<String, Path> seen, ImportInput in) {
    Path earlier = seen.putIfAbsent(in.sha256(), in.file());
    if (earlier != null) {
      throw new InputException(
          in.file(), 0, 0, "each file once per import", "the same content as " + earlier);
    }
  }

  /**
   * The changes, each with its dataset's validation as the import would commit it.
   *
   * @throws ImportRefusedException when any check failed, for the caller to roll back
   */
  public static List<ImportReport.DatasetChange> validated(
      List<ImportReport.DatasetChange> changes, Function<String, ValidationReport> validator) {
    List<ImportReport.DatasetChange> out = new ArrayList<>();
    for (ImportReport.DatasetChange c : changes) {
      out.add(c.withValidation(validator.apply(c.dataset())));
    }
    if (out.stream().anyMatch(c -> c.validation().orElseThrow().failed())) {
      throw new ImportRefusedException(
          out.stream().map(c -> c.validation().orElseThrow()).toList());
    }
    return out;
  }

  /** Refuses a file whose currency differs from the dataset's: amounts would be mixed. */
  public static void requireCurrency(String dataset, String stored, BatchDescription d) {
    if (!stored.equals(d.currency())) {
      throw new StoreException(
          "dataset "
              + dataset
              + " holds amounts in "
              + stored
              + "; this file is in "
              + d.currency()
              + " — import it into another dataset with --dataset");
    }
  }

  /**
   * Adds the batch's new levels, hierarchies and measures to a dataset's model, in place; refuses a
   * measure redefined with another meaning.
   *
   * @return the levels that were new, whose columns the store must add
   */
  public static List<Level> merge(
      String dataset,
      List<Level> levels,
      List<Hierarchy> hierarchies,
      List<Measure> measures,
      BatchDescription d,
      Path file) {
    List<Level> added = new ArrayList<>();
    for (Level l : d.levels()) {
      if (levels.stream().noneMatch(x -> x.id().equals(l.id()))) {
        levels.add(l);
        added.add(l);
      }
    }
    for (Hierarchy h : d.hierarchies()) {
      if (hierarchies.stream().noneMatch(x -> x.id().equals(h.id()))) {
        hierarchies.add(h);
      }
    }
    for (Measure m : d.measures()) {
      Optional<Measure> have = measures.stream().filter(x -> x.id().equals(m.id())).findFirst();
      if (have.isEmpty()) {
        measures.add(m);
      } else if (have.get().direction() != m.direction()
          || have.get().basis() != m.basis()
          || have.get().quantity() != m.quantity()) {
        // A percentage stored under a money measure (or the reverse) would be summed as money.
        throw new StoreException(
            "measure "
                + m.id()
                + " of dataset "
                + dataset
                + " is "
                + have.get().direction()
                + "/"
                + have.get().basis()
                + "/"
                + have.get().quantity()
                + "; "
                + file
                + " declares it "
                + m.direction()
                + "/"
                + m.basis()
                + "/"
                + m.quantity());
      }
    }
    return added;
  }

  /**
   * Refuses a fact of a measure its batch did not declare, and a reader that misaligned members.
   */
  public static void checkFact(ImportInput in, Fact f, Set<String> measures, int levels) {
    if (!measures.contains(f.measure())) {
      throw new InputException(
          in.file(),
          f.sourceLine(),
          0,
          "a fact of a declared measure (" + String.join(", ", measures) + ")",
          "measure " + f.measure());
    }
    if (f.members().size() != levels) {
      throw new IllegalStateException(
          "importer "
              + in.format()
              + " produced "
              + f.members().size()
              + " members for "
              + levels
              + " levels at line "
              + f.sourceLine());
    }
  }

  /**
   * The refusal of a second file of one import holding a slice the first one holds. Adding them
   * doubles a budget when one is a copy or a subset of the other; which is right cannot be told.
   */
  public static InputException sliceHeldTwice(
      ImportInput in, Fact f, String dataset, SliceKey key, Path first) {
    return new InputException(
        in.file(),
        f.sourceLine(),
        0,
        "each slice of an import from one file only",
        "dataset "
            + dataset
            + " "
            + key.described()
            + ", which "
            + first
            + " of the same import also holds (import one of them, or each in its"
            + " own import to replace the other)");
  }

  /** The amount at the stored scale of 2 decimals, exactly, or the file position refused. */
  public static BigDecimal toStoredScale(Fact f, Path file) {
    BigDecimal stored;
    try {
      stored = f.amount().setScale(2, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new InputException(
          file,
          f.sourceLine(),
          0,
          "an amount with at most 2 decimal places in the currency's base unit",
          f.amount().toPlainString());
    }
    if (stored.precision() - stored.scale() > TableNames.AMOUNT_DIGITS) {
      throw new InputException(
          file,
          f.sourceLine(),
          0,
          "an amount of at most "
              + TableNames.AMOUNT_DIGITS
              + " digits in the currency's base unit",
          InputException.quote(f.amount().toPlainString())
              + " ("
              + (stored.precision() - stored.scale())
              + " digits)");
    }
    return stored;
  }

  /**
   * Refuses a slice whose running total outgrows its limit, which keeps it far enough inside
   * DECIMAL(38,2) that sums over many slices fit too.
   */
  public static void checkTotal(BigDecimal total, SliceKey key, Fact f, Path file) {
    if (total.precision() - total.scale() > TableNames.SLICE_TOTAL_DIGITS) {
      throw new InputException(
          file,
          f.sourceLine(),
          0,
          "a slice total of at most " + TableNames.SLICE_TOTAL_DIGITS + " digits",
          "a total of " + (total.precision() - total.scale()) + " digits for " + key.described());
    }
  }

  /** The warning for a text file whose last record has no line ending, if it has none. */
  public static Optional<String> cutFileWarning(ImportInput in, long lastLine) {
    if (TEXT_FORMATS.contains(in.format()) && endsWithoutLineBreak(in.file())) {
      return Optional.of(
          in.file()
              + ":"
              + lastLine
              + ": the last record has no line ending; the file may have been cut here (a number"
              + " cut short cannot be told from a whole one)");
    }
    return Optional.empty();
  }

  private static boolean endsWithoutLineBreak(Path file) {
    try (SeekableByteChannel ch = Files.newByteChannel(file)) {
      long size = ch.size();
      if (size == 0) {
        return false;
      }
      ByteBuffer last = ByteBuffer.allocate(1);
      ch.position(size - 1).read(last);
      byte b = last.get(0);
      return b != '\n' && b != '\r';
    } catch (IOException e) {
      return false;
    }
  }
}
