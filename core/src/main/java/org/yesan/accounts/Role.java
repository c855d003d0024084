package org.yesan.accounts;

import java.util.Locale;

/** What a user may do, each role including the ones before it: read, import, manage. */
public enum Role {
  /** Reads the data (on a private server, reading needs at least this). */
  VIEWER,
  /** Reads and imports. */
  EDITOR,
  /** Reads, imports, manages users and tokens and reads the audit log. */
  ADMIN;

  /** Whether this role may do what {@code needed} may. */
  public boolean covers(Role needed) {
    return compareTo(needed) >= 0;
  }

  /** The role's name as users write it: viewer, editor, admin. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * A role from its name.
   *
   * @throws IllegalArgumentException naming the roles there are
   */
  public static Role parse(String text) {
    for (Role r : values()) {
      if (r.id().equals(text.strip().toLowerCase(Locale.ROOT))) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "role: expected viewer, editor or admin, found '" + text + "'");
  }
}
