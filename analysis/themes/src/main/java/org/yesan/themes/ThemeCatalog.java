package org.yesan.themes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The themes that ship with Yesan, read from the module's {@code themes/*.theme.json} resources.
 */
public final class ThemeCatalog {

  /** Ids of the built-in themes, in display order. */
  public static final List<String> BUILT_IN = List.of("ai", "defence");

  private final List<Theme> themes;

  private ThemeCatalog(List<Theme> themes) {
    this.themes = List.copyOf(themes);
  }

  /** Reads every built-in theme; a broken resource is a bug, reported as an InputException. */
  public static ThemeCatalog builtIn() {
    List<Theme> out = new ArrayList<>();
    for (String id : BUILT_IN) {
      out.add(resource("themes/" + id + ".theme.json"));
    }
    return new ThemeCatalog(out);
  }

  public List<Theme> themes() {
    return themes;
  }

  public Optional<Theme> theme(String id) {
    return themes.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** The built-in theme with this id, or a message listing the known ones. */
  public Theme require(String id) {
    return theme(id)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown theme '"
                        + id
                        + "'; built in: "
                        + String.join(", ", BUILT_IN)
                        + " (or give a rule file with --file)"));
  }

  private static Theme resource(String name) {
    try (InputStream in = ThemeCatalog.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("theme resource " + name + " is missing from the build");
      }
      return ThemeFileReader.parse(
          new String(in.readAllBytes(), StandardCharsets.UTF_8), Path.of(name), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
