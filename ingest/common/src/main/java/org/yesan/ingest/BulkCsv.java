package org.yesan.ingest;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yesan.model.Stage;

/**
 * A CSV source whose facts follow column by column from its fields, described so that a store can
 * load the file with its own CSV reader: one fact per data row and amount column that holds a
 * non-zero figure somewhere in the file, with the row's members and the file's single fiscal year.
 *
 * <p>The description is only a fast route to what the batch itself would read. A store takes it
 * only for files that {@link PlainCsvFile#check} proves plain, and reads every other file through
 * {@link SourceBatch#forEach}, which reports each problem at its line and column.
 *
 * @param fields the number of fields of the header and of every row
 * @param yearField the 0-based field of the fiscal year, four digits on every row
 * @param members the member fields in the batch's level order
 * @param amounts the amount fields, whole numbers in the source unit
 * @param unitFactor how many base currency units one source unit is (1000 for 천원)
 */
public record BulkCsv(
    Path file,
    TextEncoding.Detected encoding,
    int fields,
    int yearField,
    List<Member> members,
    List<Amount> amounts,
    String measure,
    BigDecimal unitFactor) {

  /** A member field; an empty optional member means the row has no member on that level. */
  public record Member(int field, boolean required) {}

  /** An amount field of one stage, for the file's fiscal year plus {@code yearOffset}. */
  public record Amount(int field, int yearOffset, Stage stage) {}

  public BulkCsv {
    members = List.copyOf(members);
    amounts = List.copyOf(amounts);
    if (fields < 1 || amounts.isEmpty()) {
      throw new IllegalArgumentException("a bulk CSV needs fields and at least one amount field");
    }
    Set<Integer> used = new HashSet<>();
    used.add(yearField);
    members.forEach(m -> used.add(m.field()));
    amounts.forEach(a -> used.add(a.field()));
    if (used.size() != 1 + members.size() + amounts.size()
        || used.stream().anyMatch(f -> f < 0 || f >= fields)) {
      throw new IllegalArgumentException("bulk CSV fields must be distinct and within the row");
    }
    if (unitFactor.signum() <= 0 || unitFactor.stripTrailingZeros().scale() > 0) {
      throw new IllegalArgumentException("a bulk CSV unit must be a positive whole factor");
    }
  }
}
