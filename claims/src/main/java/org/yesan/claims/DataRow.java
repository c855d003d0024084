package org.yesan.claims;

import java.math.BigDecimal;

/**
 * One figure from the store that a verdict used.
 *
 * @param dataset dataset name
 * @param measure measure id
 * @param member the level member, e.g. {@code sector:defense}; empty for a whole measure
 * @param fiscalYear fiscal year
 * @param stage stage id
 * @param amount exact amount in won
 * @param shown the amount as a reader would write it, e.g. {@code 673.3조원}
 * @param precision the precision the source stated it to, e.g. {@code 0.1조원 (rounded in the
 *     source)} or {@code exact}
 */
public record DataRow(
    String dataset,
    String measure,
    String member,
    int fiscalYear,
    String stage,
    BigDecimal amount,
    String shown,
    String precision) {}
