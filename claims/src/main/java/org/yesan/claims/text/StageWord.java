package org.yesan.claims.text;

import org.yesan.model.Stage;

/** A stage a sentence names. */
record StageWord(int start, String text, Stage stage, boolean base) {}
