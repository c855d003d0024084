package org.yesan.claims.text;

import java.math.BigDecimal;

/** A ratio named in words in a sentence: {@code triple}, {@code 3배}. */
record MultipleWord(
    int start, int end, String text, BigDecimal ratio, Approximation approximation) {}
