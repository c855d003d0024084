package org.yesan.http.growth;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.yesan.app.growth.GrowthRequest;
import org.yesan.app.growth.GrowthTable;
import org.yesan.app.table.JsonTableWriter;
import org.yesan.app.table.ResultTable;
import org.yesan.http.ApiRequest;
import org.yesan.http.Endpoint;
import org.yesan.http.QueryParameter;
import org.yesan.http.Reply;
import org.yesan.http.Routes;
import org.yesan.http.Table;
import org.yesan.model.DatasetInfo;
import org.yesan.query.Cuts;
import org.yesan.query.Drilldown;

/**
 * {@code GET /api/v1/datasets/{name}/growth}: parse, ask the {@link GrowthTable} use case, and
 * write its rows as {@code yesan growth --format json} does.
 */
public final class GrowthRoutes implements Routes {

  static final QueryParameter DRILLDOWN =
      QueryParameter.text(
          Drilldown.PARAMETER, "groups before the year, comma-separated: ministry,program");
  static final QueryParameter CUT =
      QueryParameter.text(
          Cuts.PARAMETER,
          "one measure and one stage, and the years: measure:expenditure|stage:enacted|"
              + "fiscal_year:2007-2018");

  @Override
  public List<Endpoint> endpoints() {
    return List.of(
        Endpoint.listing(
            "/api/v1/datasets/{name}/growth",
            "growth",
            "Amounts across years with the change on each previous year and the compound annual"
                + " growth rate per group; a year without figures has no amount and no change",
            List.of(DRILLDOWN, CUT),
            this::growth));
  }

  private Reply growth(ApiRequest request) {
    DatasetInfo d = request.dataset();
    GrowthTable growth =
        GrowthTable.of(
            request.store(), new GrowthRequest(d.name(), request.drilldown(), request.cuts(d)));
    ResultTable table = growth.table();
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("dataset", d.name());
    body.put("currency", d.currency());
    ArrayNode groups = body.putArray("groups");
    growth.groups().forEach(groups::add);
    ArrayNode notes = body.putArray("notes");
    growth.notes().forEach(notes::add);
    body.set("rows", JsonTableWriter.array(table));
    return Reply.listing(body, Table.of(table));
  }
}
