package org.yesan.model;

import java.util.regex.Pattern;

/** Rules for dataset names, which appear in URLs, file names and commands. */
public final class DatasetName {

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");

  private DatasetName() {}

  /** Returns the name if it is lowercase letters, digits, '-' and '_'; throws otherwise. */
  public static String require(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "dataset name must match [a-z0-9][a-z0-9_-]{0,62}, found '" + name + "'");
    }
    return name;
  }
}
