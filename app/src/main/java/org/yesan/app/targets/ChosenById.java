package org.yesan.app.targets;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.yesan.query.QueryException;

/** The items of a register that an optional {@code id} names: all, or the one, or a query error. */
final class ChosenById {

  private ChosenById() {}

  /**
   * The items whose id is {@code wanted}, or all of them without one; an id no item has is a query
   * error naming {@code id}, such as {@code id: no target with the id gpu}.
   */
  static <T> List<T> of(List<T> all, Function<T, String> id, Optional<String> wanted, String noun) {
    List<T> chosen =
        all.stream().filter(x -> wanted.map(id.apply(x)::equals).orElse(true)).toList();
    if (wanted.isPresent() && chosen.isEmpty()) {
      throw new QueryException("id", 0, "no " + noun + " with the id " + wanted.get());
    }
    return chosen;
  }
}
