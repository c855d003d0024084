package org.yesan.model;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A step of the budget cycle: the government's proposal, the enacted budget, the Nth supplementary
 * budget as proposed and as passed, the final budget, or execution.
 */
public record Stage(Kind kind, int round) implements Comparable<Stage> {

  /** The kinds of stage, in the order the cycle passes through them. */
  public enum Kind {
    PROPOSAL("proposal", "정부안", "proposal"),
    ENACTED("enacted", "국회확정", "enacted"),
    SUPPLEMENTARY_PROPOSAL("supplementary_proposal", "추경 정부안", "supplementary proposal"),
    SUPPLEMENTARY("supplementary", "추경", "supplementary"),
    FINAL("final", "최종", "final"),
    EXECUTED("executed", "집행", "executed");

    private final String id;
    private final String labelKo;
    private final String labelEn;

    Kind(String id, String labelKo, String labelEn) {
      this.id = id;
      this.labelKo = labelKo;
      this.labelEn = labelEn;
    }

    public String id() {
      return id;
    }

    public String labelKo() {
      return labelKo;
    }

    public String labelEn() {
      return labelEn;
    }
  }

  public static final Stage PROPOSAL = new Stage(Kind.PROPOSAL, 0);
  public static final Stage ENACTED = new Stage(Kind.ENACTED, 0);
  public static final Stage FINAL = new Stage(Kind.FINAL, 0);
  public static final Stage EXECUTED = new Stage(Kind.EXECUTED, 0);

  private static final Pattern SUPPLEMENTARY_ID =
      Pattern.compile("supplementary_([1-9][0-9]?)(_proposal)?");
  private static final Pattern SUPPLEMENTARY_KO = Pattern.compile("([1-9][0-9]?)차\\s*추경(\\s*정부안)?");

  // Supplementary rounds interleave: 1st proposed, 1st passed, 2nd proposed, 2nd passed.
  private static final Comparator<Stage> ORDER =
      Comparator.comparingInt(
              (Stage s) -> s.isSupplementary() ? Kind.SUPPLEMENTARY.ordinal() : s.kind().ordinal())
          .thenComparingInt(Stage::round)
          .thenComparingInt(s -> s.kind() == Kind.SUPPLEMENTARY ? 1 : 0);

  public Stage {
    if (kind == null) {
      throw new IllegalArgumentException("stage kind is required");
    }
    boolean supplementary = kind == Kind.SUPPLEMENTARY || kind == Kind.SUPPLEMENTARY_PROPOSAL;
    if (supplementary ? round < 1 || round > 99 : round != 0) {
      throw new IllegalArgumentException(
          supplementary
              ? "a supplementary budget is numbered from 1 to 99, found " + round
              : "only supplementary budgets are numbered, found " + kind.id() + " " + round);
    }
  }

  /** The Nth supplementary budget as passed by the Assembly (N차 추경). */
  public static Stage supplementary(int round) {
    return new Stage(Kind.SUPPLEMENTARY, round);
  }

  /** The government's proposal for the Nth supplementary budget (N차 추경 정부안). */
  public static Stage supplementaryProposal(int round) {
    return new Stage(Kind.SUPPLEMENTARY_PROPOSAL, round);
  }

  public boolean isSupplementary() {
    return kind == Kind.SUPPLEMENTARY || kind == Kind.SUPPLEMENTARY_PROPOSAL;
  }

  /**
   * Parses a stage id: {@code proposal}, {@code enacted}, {@code supplementary_N}, {@code
   * supplementary_N_proposal}, {@code final}, {@code executed}; Korean labels (정부안, 국회확정, N차 추경, N차
   * 추경 정부안, 최종, 집행) are accepted too.
   */
  public static Stage parse(String text) {
    String t = text.strip();
    for (Matcher m : new Matcher[] {SUPPLEMENTARY_ID.matcher(t), SUPPLEMENTARY_KO.matcher(t)}) {
      if (m.matches()) {
        int round = Integer.parseInt(m.group(1));
        return m.group(2) == null ? supplementary(round) : supplementaryProposal(round);
      }
    }
    for (Kind k : Kind.values()) {
      boolean numbered = k == Kind.SUPPLEMENTARY || k == Kind.SUPPLEMENTARY_PROPOSAL;
      if (!numbered && (k.id().equals(t) || k.labelKo().equals(t))) {
        return new Stage(k, 0);
      }
    }
    throw new IllegalArgumentException(
        "expected a stage (proposal, enacted, supplementary_N, supplementary_N_proposal, final,"
            + " executed), found '"
            + text
            + "'");
  }

  /** The stable id used in files, URLs and the store, e.g. {@code supplementary_2}. */
  public String id() {
    return switch (kind) {
      case SUPPLEMENTARY -> "supplementary_" + round;
      case SUPPLEMENTARY_PROPOSAL -> "supplementary_" + round + "_proposal";
      default -> kind.id();
    };
  }

  /** Korean label, e.g. {@code 정부안}, {@code 2차 추경} or {@code 1차 추경 정부안}. */
  public String labelKo() {
    return switch (kind) {
      case SUPPLEMENTARY -> round + "차 추경";
      case SUPPLEMENTARY_PROPOSAL -> round + "차 추경 정부안";
      default -> kind.labelKo();
    };
  }

  /** English label, e.g. {@code proposal} or {@code 2nd supplementary}. */
  public String labelEn() {
    if (!isSupplementary()) {
      return kind.labelEn();
    }
    int mod100 = round % 100;
    String suffix =
        (mod100 >= 11 && mod100 <= 13)
            ? "th"
            : switch (round % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return round + suffix + " supplementary" + (kind == Kind.SUPPLEMENTARY ? "" : " (proposal)");
  }

  @Override
  public int compareTo(Stage o) {
    return ORDER.compare(this, o);
  }

  @Override
  public String toString() {
    return id();
  }
}
