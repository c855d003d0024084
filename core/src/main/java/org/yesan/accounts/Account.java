package org.yesan.accounts;

import java.time.Instant;
import java.util.regex.Pattern;

/** A user of a shared store: a name unique in the store, a role, and when it was added. */
public record Account(String name, Role role, Instant created) {

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  public Account {
    requireName(name);
  }

  /**
   * Checks a user name: 1 to 64 lower-case letters, digits, dots, dashes or underscores, starting
   * with a letter or digit, so that names print safely in tables and logs.
   *
   * @throws IllegalArgumentException for any other name
   */
  public static String requireName(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "user name: expected 1-64 of a-z 0-9 . _ - (starting with a letter or digit), found '"
              + name
              + "'");
    }
    return name;
  }
}
