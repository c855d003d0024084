package org.yesan.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One result of a validation check: which check, how serious, what it concerns, the figures
 * compared, and the source lines that show it.
 */
public record Finding(
    String check,
    Severity severity,
    String subject,
    String message,
    Optional<BigDecimal> expected,
    Optional<BigDecimal> actual,
    List<String> evidence) {

  /** How much a finding matters. */
  public enum Severity {
    /** The check passed. */
    PASS,
    /** Worth knowing; not an error (e.g. repeated lines the source lists separately). */
    INFO,
    /** Probably a problem in the source or the import (e.g. an incomplete stage). */
    WARNING,
    /** The data contradicts itself where it must not. */
    FAILURE
  }

  public Finding {
    evidence = List.copyOf(evidence);
  }

  public static Finding of(String check, Severity severity, String subject, String message) {
    return new Finding(
        check, severity, subject, message, Optional.empty(), Optional.empty(), List.of());
  }

  public Finding withFigures(BigDecimal expected, BigDecimal actual) {
    return new Finding(
        check, severity, subject, message, Optional.of(expected), Optional.of(actual), evidence);
  }

  public Finding withEvidence(List<String> lines) {
    return new Finding(check, severity, subject, message, expected, actual, lines);
  }
}
