/**
 * How Yesan prints and reads money in Korean and English: compact (728.0조원, $48.6 billion), exact
 * (10조 1,000억원) and the parser that reads them back with the precision the text implies.
 *
 * <p>Amounts are always exact {@link java.math.BigDecimal}s in the currency's base unit (원 for KRW,
 * dollars for USD); every rounding takes an explicit {@link java.math.RoundingMode}.
 */
package org.yesan.money;
