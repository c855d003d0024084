package org.yesan.targets.csv;

import java.util.List;
import java.util.Optional;

/** The eight CSV formats of data/targets, each recognised by its exact header row. */
enum FileKind {
  DEADLINE_RULES(
      "event",
      "from_fiscal_year",
      "to_fiscal_year",
      "days_before",
      "law",
      "source_url",
      "publisher",
      "source_date",
      "note"),
  CYCLE("fiscal_year", "budget", "event", "date", "source_url", "publisher", "source_date", "note"),
  ENVELOPES(
      "envelope",
      "label_ko",
      "label_en",
      "from_year",
      "to_year",
      "total_trillion_krw",
      "public_trillion_krw",
      "private_trillion_krw",
      "fills_with",
      "source_url",
      "publisher",
      "source_date",
      "note"),
  ENVELOPE_AMOUNTS(
      "envelope",
      "fiscal_year",
      "stage",
      "basis",
      "amount_trillion_krw",
      "bound",
      "source_url",
      "publisher",
      "source_date",
      "note"),
  TARGETS(
      "target",
      "label_ko",
      "label_en",
      "unit",
      "deadline",
      "funded_by",
      "source_url",
      "publisher",
      "source_date",
      "note"),
  TARGET_POINTS(
      "target", "kind", "date", "value", "unit", "source_url", "publisher", "source_date", "note"),
  COMMITMENTS(
      "commitment",
      "statement_ko",
      "statement_en",
      "made_by",
      "made_on",
      "deadline",
      "source_url",
      "publisher",
      "source_date",
      "note"),
  COMMITMENT_STATUS(
      "commitment", "date", "status", "evidence", "source_url", "publisher", "source_date");

  private final List<String> header;

  FileKind(String... header) {
    this.header = List.of(header);
  }

  List<String> header() {
    return header;
  }

  static Optional<FileKind> of(List<String> header) {
    for (FileKind k : values()) {
      if (k.header.equals(header)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /** The first column of each format, for the message when a header matches none. */
  static String described() {
    StringBuilder b = new StringBuilder("the header of one of the targets formats (");
    for (FileKind k : values()) {
      if (k.ordinal() > 0) {
        b.append("; ");
      }
      b.append(String.join(",", k.header.subList(0, Math.min(3, k.header.size())))).append(",…");
    }
    return b.append(")").toString();
  }
}
