package org.yesan.app.audit;

/** How the audit log names who acted when no token was involved. */
public final class Actors {

  private Actors() {}

  /** The person at this machine's command line: {@code cli:<os user>}. */
  public static String commandLine() {
    return "cli:" + System.getProperty("user.name", "unknown");
  }

  /** A request that presented no valid token, by its address: {@code anonymous@ADDRESS}. */
  public static String anonymous(String address) {
    return "anonymous@" + address;
  }
}
