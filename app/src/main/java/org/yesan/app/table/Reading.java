package org.yesan.app.table;

/**
 * An amount as a Korean and an English reader write it (368.6조원, 368.6 trillion won): the cell of a
 * {@link Column.Kind#READINGS} column. The exact amount beside it stays authoritative.
 */
public record Reading(String ko, String en) {

  public Reading {
    if (ko.isBlank() || en.isBlank()) {
      throw new IllegalArgumentException("a reading needs a Korean and an English text");
    }
  }

  /** The text in {@code language}: {@code ko} or {@code en}. */
  public String in(Language language) {
    return language == Language.KO ? ko : en;
  }

  /** The language a reading is shown in where only one fits, such as a terminal's table. */
  public enum Language {
    KO,
    EN
  }
}
