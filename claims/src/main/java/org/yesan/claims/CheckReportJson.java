package org.yesan.claims;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;

/**
 * The JSON form of a check report; the HTTP endpoint and {@code yesan check --format json} share
 * it.
 */
public final class CheckReportJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new Jdk8Module())
          .enable(SerializationFeature.INDENT_OUTPUT);

  private CheckReportJson() {}

  /** A mapper that writes the report records (Optional fields included). */
  public static ObjectMapper mapper() {
    return MAPPER.copy();
  }

  public static String write(CheckReport report) {
    try {
      return MAPPER.writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a check report did not serialise", e);
    }
  }
}
