package org.yesan.http.themes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.yesan.app.table.ReadableAmount;
import org.yesan.app.themes.ThemeAnswer;
import org.yesan.app.themes.ThemeRequest;
import org.yesan.http.ApiRequest;
import org.yesan.http.Endpoint;
import org.yesan.http.QueryParameter;
import org.yesan.http.Reply;
import org.yesan.http.Routes;
import org.yesan.http.Table;
import org.yesan.model.DatasetInfo;
import org.yesan.query.Cuts;
import org.yesan.query.Page;
import org.yesan.themes.Evidence;
import org.yesan.themes.TaggedLine;
import org.yesan.themes.Theme;
import org.yesan.themes.ThemeCatalog;
import org.yesan.themes.ThemeResult;
import org.yesan.themes.ThemeRule;
import org.yesan.themes.ThemeTotal;

/**
 * {@code /api/v1/themes}: the built-in cross-cutting themes (AI, defence) and a theme applied to a
 * dataset — totals per slice and per ministry, and each tagged line with the rule that tagged it.
 */
public final class ThemeRoutes implements Routes {

  static final QueryParameter CUT =
      QueryParameter.text(
          Cuts.PARAMETER,
          "which lines to read: fiscal_year:2018|stage:enacted|measure:expenditure");
  static final QueryParameter PAGE = QueryParameter.integer("page", "page of tagged lines, from 1");
  static final QueryParameter PAGESIZE =
      QueryParameter.integer("pagesize", "tagged lines per page, largest theme amount first");

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final ThemeCatalog catalog;

  /** With the built-in themes. */
  public ThemeRoutes() {
    this(ThemeCatalog.builtIn());
  }

  ThemeRoutes(ThemeCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public List<Endpoint> endpoints() {
    return List.of(
        Endpoint.listing(
            "/api/v1/themes",
            "listThemes",
            "The built-in themes with their rules",
            List.of(),
            this::list),
        Endpoint.listing(
            "/api/v1/datasets/{name}/themes/{theme}",
            "applyTheme",
            "A theme applied to a dataset: totals per measure, year and stage, per ministry, and"
                + " the tagged lines with the rule that tagged each",
            List.of(CUT, PAGE, PAGESIZE),
            this::apply));
  }

  private Reply list(ApiRequest request) {
    ObjectNode body = JSON.objectNode();
    ArrayNode themes = body.putArray("themes");
    Table table = new Table("id", "version", "label_ko", "label_en", "rules", "source");
    for (Theme t : catalog.themes()) {
      ObjectNode o = themes.addObject();
      o.put("id", t.id());
      o.put("version", t.version());
      o.putObject("label").put("ko", t.labelKo()).put("en", t.labelEn());
      o.put("description", t.description());
      o.put("source", t.source());
      ArrayNode rules = o.putArray("rules");
      for (ThemeRule r : t.rules()) {
        rules
            .addObject()
            .put("id", r.id())
            .put("share", r.share().toPlainString())
            .put("note", r.note());
      }
      table.row(
          List.of(t.id(), t.version(), t.labelKo(), t.labelEn(), t.rules().size(), t.source()));
    }
    return Reply.listing(body, table);
  }

  private Reply apply(ApiRequest request) {
    DatasetInfo d = request.dataset();
    String id = request.path(ThemeRequest.THEME);
    Theme theme = ThemeRequest.theme(catalog, id);
    Cuts cuts = request.cuts(d);
    Page page = request.page();
    ThemeAnswer answer =
        ThemeAnswer.of(
            request.store(), new ThemeRequest(d.name(), theme, cuts, true, Optional.of(page)));
    ThemeResult r = answer.result();
    ReadableAmount readable = new ReadableAmount(d.currency());

    ObjectNode body = JSON.objectNode();
    body.put("dataset", d.name());
    body.put("currency", d.currency());
    body.put("theme", theme.id());
    body.put("version", theme.version());
    body.putObject("label").put("ko", theme.labelKo()).put("en", theme.labelEn());
    body.put("cut", cuts.toString());
    body.put("lines_read", r.linesRead());
    body.put("tagged", r.tagged());
    ArrayNode absent = body.putArray("absent_levels");
    r.absentLevels().forEach(absent::add);
    ArrayNode totals = body.putArray("totals");
    r.totals().forEach(t -> total(totals.addObject(), t, readable));
    r.groupLevel().ifPresent(g -> body.put("group_level", g));
    ArrayNode groups = body.putArray("by_group");
    if (r.groupLevel().isPresent()) {
      answer.byMinistry().forEach(t -> total(groups.addObject(), t, readable));
    }
    ArrayNode out = body.putArray("lines");
    for (TaggedLine t : answer.linesOnPage()) {
      Evidence e = t.evidence();
      BigDecimal themeAmount = ReadableAmount.plain(t.themeAmount());
      ObjectNode o = out.addObject();
      o.put("measure", t.line().measure());
      o.put("fiscal_year", t.line().fiscalYear().value());
      o.put("stage", t.line().stage().id());
      o.put("path", t.line().path());
      o.put("amount", ReadableAmount.plain(t.line().amount()).toPlainString());
      o.put("share", t.share().toPlainString());
      o.put("theme_amount", themeAmount.toPlainString());
      o.set("readable", readable.json(themeAmount));
      ObjectNode ev = o.putObject("evidence");
      ev.put("rule", e.ruleId());
      ev.put("level", e.level());
      ev.put("member", e.member());
      ev.put("matched", e.matched());
      ev.put("rule_source", e.rule());
      ev.put("source", e.source());
      ArrayNode also = o.putArray("also_matched");
      t.alsoMatched().forEach(also::add);
    }
    body.put("total_line_count", r.lines().size());
    body.put("page", page.number());
    body.put("pagesize", page.size());
    return Reply.listing(body, Table.of(answer.linesTable()));
  }

  private static void total(ObjectNode o, ThemeTotal t, ReadableAmount readable) {
    o.put("measure", t.measure());
    o.put("fiscal_year", t.fiscalYear().value());
    o.put("stage", t.stage().id());
    t.group().ifPresent(g -> o.put("group", g));
    o.put("amount", t.amount().toPlainString());
    o.set("readable", readable.json(t.amount()));
    o.put("lines", t.lines());
    o.put("out_of", t.outOf().toPlainString());
    o.put("percent", ThemeAnswer.percent(t).map(BigDecimal::toPlainString).orElse(null));
  }
}
