package org.yesan.claims.text;

import java.util.Optional;

/** A year a sentence names, absolute or relative. */
record YearWord(
    int start, int end, String text, Optional<Integer> year, int offset, boolean base) {}
