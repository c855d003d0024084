package org.yesan.http.imports;

import java.util.Set;

/**
 * Turns the file name a client sent into one safe to create inside a private folder: the last
 * segment of any path (so {@code ../../etc/passwd} becomes {@code passwd}), letters, digits and
 * {@code . _ -} only, no leading dot, at most 120 characters, unique within one upload.
 */
final class UploadNames {

  static final int MAX_LENGTH = 120;

  private UploadNames() {}

  static String safe(String sent, int index, Set<String> taken) {
    String name = sent == null ? "" : sent;
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(slash + 1);
    StringBuilder b = new StringBuilder();
    name.codePoints()
        .forEach(
            c ->
                b.appendCodePoint(
                    Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' ? c : '_'));
    name = b.toString().replaceFirst("^\\.+", "");
    if (name.length() > MAX_LENGTH) {
      int dot = name.lastIndexOf('.');
      String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
      name = name.substring(0, MAX_LENGTH - ext.length()) + ext;
    }
    if (name.isEmpty() || name.chars().allMatch(c -> c == '_')) {
      name = "upload-" + (index + 1);
    }
    String unique = name;
    for (int n = 2; taken.contains(unique); n++) {
      unique = n + "-" + name;
    }
    taken.add(unique);
    return unique;
  }
}
