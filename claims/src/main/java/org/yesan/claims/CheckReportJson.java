package org.yesan.claims;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.math.BigDecimal;

/**
 * The one JSON shape of a check report, in snake_case like the rest of the API: {@code POST
 * /api/v1/claims/check} and {@code yesan check --format json} both write {@link #tree}.
 */
public final class CheckReportJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new Jdk8Module())
          .enable(SerializationFeature.INDENT_OUTPUT);
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private CheckReportJson() {}

  /** A mapper that reads and writes the report's JSON. */
  public static ObjectMapper mapper() {
    return MAPPER.copy();
  }

  /** The report as indented JSON text. */
  public static String write(CheckReport report) {
    try {
      return MAPPER.writeValueAsString(tree(report));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a check report did not serialise", e);
    }
  }

  /** The report as a JSON tree. */
  public static ObjectNode tree(CheckReport r) {
    ObjectNode o = JSON.objectNode();
    o.put("document_date", r.documentDate().orElse(null));
    o.put("date_reason", r.dateReason());
    ArrayNode datasets = o.putArray("datasets");
    r.datasets().forEach(datasets::add);
    ObjectNode verdicts = o.putObject("verdicts");
    // Counted here from the claims, so the answer never depends on how the report keys its map.
    for (Verdict v : Verdict.values()) {
      verdicts.put(v.id(), r.claims().stream().filter(c -> c.verdict() == v).count());
    }
    ArrayNode claims = o.putArray("claims");
    for (CheckedClaim c : r.claims()) {
      claim(claims.addObject(), c);
    }
    ObjectNode timing = o.putObject("timing");
    timing.put("extraction_ms", r.timing().extractionNanos() / 1_000_000.0);
    timing.put("verification_ms", r.timing().verificationNanos() / 1_000_000.0);
    timing.put("query_ms", r.timing().queryNanos() / 1_000_000.0);
    timing.put("queries", r.timing().queries());
    return o;
  }

  private static void claim(ObjectNode x, CheckedClaim c) {
    x.put("id", c.id());
    x.put("start", c.start());
    x.put("end", c.end());
    x.put("text", c.text());
    x.put("kind", c.kind());
    x.put("subject", c.subject());
    x.put("fiscal_year", c.fiscalYear().orElse(null));
    x.put("stage", c.stage().orElse(null));
    x.put("reading", c.reading());
    x.put("verdict", c.verdict().id());
    x.put("explanation", c.explanation());
    x.put("explanation_ko", c.explanationKo());
    x.put("formula", c.formula());
    x.put("tolerance", c.tolerance());
    x.put("data_value", c.dataValue().map(CheckReportJson::plain).orElse(null));
    ArrayNode rows = x.putArray("rows");
    for (DataRow d : c.rows()) {
      ObjectNode row = rows.addObject();
      row.put("dataset", d.dataset());
      row.put("measure", d.measure());
      row.put("member", d.member());
      row.put("fiscal_year", d.fiscalYear());
      row.put("stage", d.stage());
      row.put("amount", plain(d.amount()));
      row.put("shown", d.shown());
      row.put("precision", d.precision());
    }
    ArrayNode queries = x.putArray("queries");
    c.queries().forEach(queries::add);
  }

  /** An exact amount as a plain decimal string: no exponent, no trailing zeros. */
  private static String plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }
}
