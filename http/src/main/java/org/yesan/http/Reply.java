package org.yesan.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** What an endpoint answers: a JSON body and, for listings, the same rows as a table for CSV. */
public record Reply(JsonNode body, Optional<Table> table) {

  public static Reply json(JsonNode body) {
    return new Reply(body, Optional.empty());
  }

  public static Reply listing(JsonNode body, Table table) {
    return new Reply(body, Optional.of(table));
  }
}
