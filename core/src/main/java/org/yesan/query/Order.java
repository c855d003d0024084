package org.yesan.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Sort keys, written {@code amount:desc,ministry}; a key is {@code amount}, {@code count} or a
 * drilled-down dimension.
 */
public record Order(List<Key> keys) {

  public static final String PARAMETER = "order";
  public static final String AMOUNT = "amount";
  public static final String COUNT = "count";

  /** One sort key and its direction. */
  public record Key(String field, boolean descending) {}

  public Order {
    keys = List.copyOf(keys);
  }

  public static Order none() {
    return new Order(List.of());
  }

  public static Order parse(String text) {
    if (text == null || text.isBlank()) {
      return none();
    }
    List<Key> keys = new ArrayList<>();
    int pos = 1;
    for (String part : text.split(",", -1)) {
      String p = part.strip();
      int colon = p.lastIndexOf(':');
      String field = colon < 0 ? p : p.substring(0, colon).strip();
      String dir = colon < 0 ? "asc" : p.substring(colon + 1).strip();
      if (field.isEmpty()) {
        throw new QueryException(PARAMETER, pos, "expected a field to order by, found nothing");
      }
      if (!dir.equals("asc") && !dir.equals("desc")) {
        throw new QueryException(
            PARAMETER, pos + colon + 1, "expected asc or desc, found '" + dir + "'");
      }
      keys.add(new Key(field, dir.equals("desc")));
      pos += part.length() + 1;
    }
    return new Order(keys);
  }

  /** Checks each key is amount, count or one of the drilldown's dimensions. */
  public Order validate(Drilldown drilldown) {
    int pos = 1;
    for (Key k : keys) {
      if (!k.field().equals(AMOUNT) && !k.field().equals(COUNT) && !drilldown.contains(k.field())) {
        throw new QueryException(
            PARAMETER,
            pos,
            "can order by amount, count or a drilled-down dimension ("
                + (drilldown.dimensions().isEmpty() ? "none" : drilldown)
                + "), found '"
                + k.field()
                + "'");
      }
      pos += k.field().length() + (k.descending() ? 6 : 1);
    }
    return this;
  }

  /** Checks each key is amount or any dimension of the dataset, for listings of line items. */
  public Order validateFields(Dimensions dims) {
    int pos = 1;
    for (Key k : keys) {
      if (!k.field().equals(AMOUNT)) {
        dims.require(PARAMETER, pos, k.field());
      }
      pos += k.field().length() + (k.descending() ? 6 : 1);
    }
    return this;
  }

  @Override
  public String toString() {
    return String.join(
        ",", keys.stream().map(k -> k.field() + (k.descending() ? ":desc" : "")).toList());
  }
}
