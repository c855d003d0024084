package org.yesan.http.export;

import java.util.List;
import org.yesan.http.Endpoint;
import org.yesan.http.Reply;
import org.yesan.http.Routes;
import org.yesan.query.QueryException;

/**
 * {@code POST /export/xlsx}: a table as the dashboard shows it, posted as JSON, back as a workbook
 * named after its title.
 */
public final class ExportRoutes implements Routes {

  private final XlsxExport xlsx = new XlsxExport();

  @Override
  public List<Endpoint> endpoints() {
    return List.of(
        Endpoint.post(
            "/export/xlsx",
            "exportShownTable",
            "A shown table ({title, columns: [{name, kind}], rows}) as an XLSX workbook",
            List.of(),
            "application/json",
            request -> {
              ShownTable table;
              try {
                table = ShownTable.parse(request.body());
              } catch (IllegalArgumentException e) {
                throw new QueryException("body", 0, e.getMessage());
              }
              byte[] workbook = xlsx.workbook(table);
              return Reply.download(
                  new Reply.Download(
                      table.title() + ".xlsx",
                      XlsxExport.CONTENT_TYPE,
                      out -> out.write(workbook)));
            }));
  }
}
