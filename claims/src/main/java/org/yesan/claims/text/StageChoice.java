package org.yesan.claims.text;

import java.util.Optional;
import org.yesan.model.Stage;

/** The stage a figure is read as, whether a word named it, and why. */
record StageChoice(Optional<Stage> stage, boolean stated, String reason) {}
