package org.yesan.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * What an endpoint answers: a JSON body and, for listings, the same rows as a table for CSV, XLSX
 * or Parquet; or a file to download, written straight to the response.
 */
public record Reply(JsonNode body, Optional<Table> table, Optional<Download> download) {

  /** A file written to the response as it is made, with the name a browser saves it under. */
  public record Download(String fileName, String contentType, Body body) {

    /** Writes the file's bytes; nothing is held in memory beyond what the writer buffers. */
    @FunctionalInterface
    public interface Body {
      void writeTo(OutputStream out) throws IOException;
    }

    public Download {
      if (fileName.isBlank() || contentType.isBlank()) {
        throw new IllegalArgumentException("a download needs a file name and a content type");
      }
    }
  }

  public static Reply json(JsonNode body) {
    return new Reply(body, Optional.empty(), Optional.empty());
  }

  public static Reply listing(JsonNode body, Table table) {
    return new Reply(body, Optional.of(table), Optional.empty());
  }

  public static Reply download(Download file) {
    return new Reply(JsonNodeFactory.instance.objectNode(), Optional.empty(), Optional.of(file));
  }
}
