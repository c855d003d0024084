package org.yesan.query;

/** Which slice of the ordered result to return: a 1-based page of a given size. */
public record Page(int number, int size) {

  public static final int MAX_SIZE = 100_000;

  public Page {
    if (number < 1) {
      throw new QueryException("page", 0, "page numbers start at 1, found " + number);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new QueryException(
          "pagesize", 0, "page size must be between 1 and " + MAX_SIZE + ", found " + size);
    }
  }

  public static Page first(int size) {
    return new Page(1, size);
  }

  public long offset() {
    return (long) (number - 1) * size;
  }
}
