package org.yesan.themes;

/**
 * Why a line was tagged: the rule that matched, the level and member name it matched on, the text
 * it matched there, where the rule is written and where the line came from.
 *
 * @param level the level id, e.g. {@code unit_project}
 * @param member the whole member name on that level, e.g. {@code 방산물자교역지원센터운영}
 * @param matched the part of it the rule matched, e.g. {@code 방산}
 * @param rule where the rule is written, e.g. {@code themes/defence.theme.json:40}
 */
public record Evidence(
    String ruleId,
    String level,
    String member,
    String matched,
    String rule,
    String sourceFile,
    long sourceLine) {

  /** {@code FILE:LINE} of the line in its source file. */
  public String source() {
    return sourceFile + ":" + sourceLine;
  }

  @Override
  public String toString() {
    return ruleId + " matched '" + matched + "' in " + level + " '" + member + "' at " + source();
  }
}
