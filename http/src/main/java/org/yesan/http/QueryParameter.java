package org.yesan.http;

import java.util.List;

/** A query parameter an endpoint accepts, with its OpenAPI type and description. */
public record QueryParameter(
    String name, Type type, boolean required, String description, List<String> allowed) {

  /** The OpenAPI schema types used by query parameters. */
  public enum Type {
    STRING("string"),
    INTEGER("integer");

    private final String schemaName;

    Type(String schemaName) {
      this.schemaName = schemaName;
    }

    public String schemaName() {
      return schemaName;
    }
  }

  public static final String FORMAT = "format";

  /** {@code drilldown=}, as the aggregate and compare listings take it. */
  public static final QueryParameter DRILLDOWN =
      text(
          org.yesan.query.Drilldown.PARAMETER,
          "dimensions to group by, comma-separated: ministry,program");

  /** {@code cut=}, as the aggregate and compare listings take it. */
  public static final QueryParameter CUT =
      text(
          org.yesan.query.Cuts.PARAMETER,
          "filters: dim:value[;value] joined by '|', years also as fiscal_year:2015-2018");

  public QueryParameter {
    allowed = List.copyOf(allowed);
  }

  public static QueryParameter text(String name, String description) {
    return new QueryParameter(name, Type.STRING, false, description, List.of());
  }

  public static QueryParameter integer(String name, String description) {
    return new QueryParameter(name, Type.INTEGER, false, description, List.of());
  }

  /** {@code format=json|csv|xlsx|parquet}, added to every listing endpoint. */
  public static QueryParameter format() {
    return new QueryParameter(
        FORMAT,
        Type.STRING,
        false,
        "json (default), csv (UTF-8 with a byte order mark, for Excel), xlsx or parquet (both as"
            + " downloads)",
        List.of("json", "csv", "xlsx", "parquet"));
  }
}
