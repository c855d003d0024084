package org.yesan.realterms;

import java.math.BigDecimal;

/**
 * One value of a series: the period it belongs to ({@code 2017} or {@code 2024-12-30}), the exact
 * value, the text it was written as, its source, and the file and line it was read from.
 */
public record Observation(
    String period, BigDecimal value, String written, Source source, String origin, long line) {}
