package org.yesan.claims.text;

import java.util.Objects;
import java.util.Optional;
import org.yesan.model.FiscalYear;
import org.yesan.model.Stage;

/**
 * One numeric claim read from a text: the figure, what it asserts, what it is about, which fiscal
 * year and budget stage, and what it compares against. Says nothing yet about whether it is true.
 *
 * @param id 1-based position among the text's claims
 * @param start offset of the highlighted span (UTF-16, inclusive)
 * @param end offset after it
 * @param figure the number the claim states
 * @param kind what it asserts
 * @param subject what the glossary says it is about, if anything
 * @param subjectPhrase the words that named the subject, empty when none did
 * @param fiscalYear the fiscal year, when the text or its date gives one
 * @param yearReason how the year was found, e.g. {@code "for 2026"} or {@code "this year" in a text
 *     dated 2025-11-04}
 * @param stage the budget stage
 * @param stageStated whether the text named the stage (otherwise it was inferred)
 * @param stageReason how the stage was found
 * @param comparison the base of a growth, change, ratio or record claim
 * @param sentence the sentence the claim is in
 */
public record Claim(
    int id,
    int start,
    int end,
    NumberMention figure,
    ClaimKind kind,
    Optional<Subject> subject,
    String subjectPhrase,
    Optional<FiscalYear> fiscalYear,
    String yearReason,
    Optional<Stage> stage,
    boolean stageStated,
    String stageReason,
    Optional<Comparison> comparison,
    String sentence) {

  public Claim {
    Objects.requireNonNull(figure, "figure");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(sentence, "sentence");
  }

  /** The same figure read another way: its subject, year and stage, with how each was found. */
  public Claim withReading(
      Optional<Subject> subject,
      String subjectPhrase,
      Optional<FiscalYear> fiscalYear,
      String yearReason,
      Optional<Stage> stage,
      boolean stageStated,
      String stageReason) {
    return new Claim(
        id,
        start,
        end,
        figure,
        kind,
        subject,
        subjectPhrase,
        fiscalYear,
        yearReason,
        stage,
        stageStated,
        stageReason,
        comparison,
        sentence);
  }

  /**
   * The same figure as a level of another kind, with no comparison: "국가채무비율이 39.8%로 늘었다" is the
   * ratio's level, though the sentence says it rose.
   */
  public Claim asLevel(ClaimKind level) {
    return new Claim(
        id,
        start,
        end,
        figure,
        level,
        subject,
        subjectPhrase,
        fiscalYear,
        yearReason,
        stage,
        stageStated,
        stageReason,
        Optional.empty(),
        sentence);
  }

  /** A claim as a sentence was read: the subject match and the stage choice unpacked. */
  static Claim read(
      int id,
      int start,
      int end,
      NumberMention figure,
      ClaimKind kind,
      Optional<Glossary.Match> subject,
      Optional<FiscalYear> year,
      String yearReason,
      StageChoice stage,
      Optional<Comparison> comparison,
      String sentence) {
    return new Claim(
        id,
        start,
        end,
        figure,
        kind,
        subject.map(Glossary.Match::subject),
        subject.map(Glossary.Match::phrase).orElse(""),
        year,
        yearReason,
        stage.stage(),
        stage.stated(),
        stage.reason(),
        comparison,
        sentence);
  }
}
