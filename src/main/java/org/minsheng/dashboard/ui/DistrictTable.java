package org.minsheng.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.minsheng.base.HtmlText;
import org.minsheng.base.ui.SharedText;
import org.minsheng.dashboard.Acceptance;
import org.minsheng.dashboard.ChartContents;
import org.minsheng.dashboard.Dashboard;
import org.minsheng.dashboard.YearCell;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;
import tools.jackson.databind.JsonNode;

/**
 * The pivot: districts down, indicators across grouped by category, each column sortable. The city
 * total row is the database's GROUPING SETS total, by each indicator's own rule (sum, max, min, a
 * recomputed ratio); city-reported indicators have no district column. After each category comes
 * its subtotal, the count of met targets, since a category's figures have different units.
 *
 * <p>A dozen rows need no lazy loading: the table goes to the browser as one static HTML string, as
 * the chart tables do, rather than a {@code Grid} (a state node per column, header and footer cell,
 * its data communicator and each row's JSON, all kept for as long as the page is open). Sorting and
 * the revised figures are real buttons in that HTML; their clicks reach the server through listeners
 * on the table filtered to them, and the server draws the table again.
 */
class DistrictTable extends Div {

    /**
     * What a click on a column's sort button sends: the column key. The browser works out every listener's
     * data for every click on the table before any filter is read, so each expression must also hold for a
     * click meant for the other button: one that threw left every click unsent (hence {@code ?.}).
     */
    static final String SORT_KEY = "event.target.closest('button[data-sort]')?.dataset.sort";
    /** What a click on a revised figure (†) sends: the unit's id and the indicator's code. */
    static final String REVISED_UNIT = "event.target.closest('button[data-unit]')?.dataset.unit";

    static final String REVISED_INDICATOR = "event.target.closest('button[data-unit]')?.dataset.indicator";

    /** Which clicks reach the server: on a sort button, on a revised figure. */
    static final String SORT_CLICK = "event.target.closest('button[data-sort]') != null";

    static final String REVISED_CLICK = "event.target.closest('button[data-unit]') != null";

    private static final String NAME = "name";

    /**
     * One unit's line as shown: the text of each column and the value it sorts by, keyed by column
     * key. The table keeps these rows (a few strings per cell), not the {@link Dashboard} they were
     * read from, which holds every trend point and last year's cells besides.
     */
    record Row(Division unit, Map<String, String> texts, Map<String, BigDecimal> values, Pending pending) {

        String text(String key) {
            return texts.getOrDefault(key, "—");
        }
    }

    /**
     * A unit outside the focus's totals, as its row says it: its mark (待省级确认, 已退回) and, for a
     * returned one, why.
     */
    record Pending(String mark, String reason) {}

    /** Opens the corrections behind a revised figure (†) of an indicator for a unit. */
    interface Revisions {
        void open(Indicator indicator, Division unit);
    }

    /** A column as drawn: its key, header, the category it belongs to (null: none) and whether it counts met targets. */
    private record Column(String key, String head, String title, String category, boolean subtotal) {}

    /**
     * The table as drawn from a page, shared by every session showing it ({@link PageMemo}): its rows,
     * columns and totals, and its HTML in the database's order. A session keeps only which column it
     * sorted by, and draws that order's HTML for itself.
     *
     * @param unitsLevel 区县 over a city's districts, 市 over a province's cities, 乡镇（街道） over a district's towns
     */
    private record Table(
            Division.Level unitsLevel,
            List<Column> columns,
            List<Row> rows,
            Map<String, String> totals,
            Map<String, String> categoryNames,
            Map<String, Indicator> indicators,
            String html) {

        Table withHtml(String html) {
            return new Table(unitsLevel, columns, rows, totals, categoryNames, indicators, html);
        }
    }

    /** Which table of a page: the units of the focus or its towns, and the language. */
    private record Drawn(boolean towns, Locale locale) {}

    private final boolean towns;
    private final Revisions revisions;
    private Table shown = new Table(Division.Level.COUNTY, List.of(), List.of(), Map.of(), Map.of(), Map.of(), "");
    private String sortKey;
    private boolean descending;

    DistrictTable(Dashboard data, Revisions revisions) {
        this(false, "district-table", revisions);
        setDashboard(data);
    }

    /** The towns of a district under their total. */
    static DistrictTable towns(Dashboard data) {
        var table = new DistrictTable(true, "town-table", (indicator, unit) -> {});
        table.setDashboard(data);
        return table;
    }

    private DistrictTable(boolean towns, String id, Revisions revisions) {
        this.towns = towns;
        this.revisions = revisions;
        setId(id);
        addClassName("pivot-wrap");
        getElement()
                .addEventListener("click", e -> sort(text(e.getEventData(), SORT_KEY)))
                .setFilter(SORT_CLICK)
                .addEventData(SORT_KEY);
        getElement()
                .addEventListener(
                        "click",
                        e -> openRevised(
                                text(e.getEventData(), REVISED_UNIT), text(e.getEventData(), REVISED_INDICATOR)))
                .setFilter(REVISED_CLICK)
                .addEventData(REVISED_UNIT)
                .addEventData(REVISED_INDICATOR);
    }

    /**
     * Shows the units of {@code data} (the city's districts, or the district's towns) in place, for a
     * page refreshed without a reload; a chosen sort order is kept.
     */
    void setDashboard(Dashboard data) {
        shown = PageMemo.of(data, new Drawn(towns, getLocale()), () -> build(data));
        draw();
    }

    private Table build(Dashboard data) {
        var locale = getLocale();
        List<Division> units = towns ? data.towns() : data.counties();
        BiFunction<Indicator, Integer, Optional<YearCell>> cells = towns ? data::townCell : data::cell;
        var unitsLevel = towns ? Division.Level.TOWN : data.rankedLevel();
        var byCategory = new LinkedHashMap<String, List<Column>>();
        var names = new LinkedHashMap<String, String>();
        var byCode = new HashMap<String, Indicator>();
        var total = new HashMap<String, String>();
        var words = new ChartContents(locale, this::getTranslation);
        var rows = units.stream()
                .map(u -> new Row(u, new HashMap<>(), new HashMap<>(), towns ? null : pending(words, data, u)))
                .toList();
        for (Indicator indicator : data.districtIndicators()) {
            var key = indicator.code();
            byCode.put(key, indicator);
            for (Row row : rows) {
                var cell = cells.apply(indicator, row.unit().id());
                row.texts().put(key, Labels.cell(this, cell, indicator));
                cell.map(YearCell::value).ifPresent(v -> row.values().put(key, v));
            }
            total.put(key, Labels.cell(this, cells.apply(indicator, null), indicator));
            // short name over the unit, wrapping, the full name on hover: six indicators and their
            // subtotals then fit a 1440 px screen beside the menu, where one-line names did not
            byCategory
                    .computeIfAbsent(indicator.categoryCode(), k -> new ArrayList<>())
                    .add(new Column(
                            key,
                            getTranslation(
                                    "dashboard.table.column", indicator.shortName(locale), indicator.unit(locale)),
                            getTranslation("dashboard.table.column", indicator.name(locale), indicator.unit(locale)),
                            indicator.categoryCode(),
                            false));
            names.put(indicator.categoryCode(), indicator.category(locale));
        }
        var all = new ArrayList<Column>();
        // each category's subtotal after its columns, and one over all categories: met targets out of
        // those with a figure ("2/3"), from the same SQL roll-up as the cells
        boolean scored = !towns && !data.scores().isEmpty();
        byCategory.forEach((category, list) -> {
            all.addAll(list);
            if (scored) {
                var key = "met-" + category;
                rows.forEach(
                        r -> r.texts().put(key, score(data, category, r.unit().id())));
                total.put(key, score(data, category, null));
                all.add(new Column(key, getTranslation("dashboards.pivot.met"), null, category, true));
            }
        });
        if (scored) {
            rows.forEach(
                    r -> r.texts().put("met-all", score(data, null, r.unit().id())));
            total.put("met-all", score(data, null, null));
            all.add(new Column("met-all", getTranslation("dashboards.pivot.metAll"), null, null, true));
        }
        total.put(
                NAME,
                getTranslation(
                        "dashboard.table.total",
                        towns ? data.focus().name() : data.city().name()));
        // shared by sessions on other threads from here on: nothing of it changes again
        var built = new Table(
                unitsLevel,
                List.copyOf(all),
                rows.stream()
                        .map(r -> new Row(r.unit(), Map.copyOf(r.texts()), Map.copyOf(r.values()), r.pending()))
                        .toList(),
                Map.copyOf(total),
                Collections.unmodifiableMap(names),
                Map.copyOf(byCode),
                null);
        return built.withHtml(SharedText.of(html(built, null, false)));
    }

    /** The mark of a unit outside the totals, and the reason it was returned with; null for a counted unit. */
    private static Pending pending(ChartContents words, Dashboard data, Division unit) {
        return words.pendingMark(data, unit)
                .map(mark -> new Pending(
                        mark, data.pending(unit).map(Acceptance.Pending::reason).orElse(null)))
                .orElse(null);
    }

    /** A click on a column's header: ascending, then descending, then as the database gave them, as the grid did. */
    private void sort(String key) {
        if (key == null || !(key.equals(NAME) || shown.indicators().containsKey(key))) {
            return; // anyone can send any key; only the sortable columns have one
        }
        if (!key.equals(sortKey)) {
            sortKey = key;
            descending = false;
        } else if (!descending) {
            descending = true;
        } else {
            sortKey = null;
        }
        draw();
    }

    private void openRevised(String unitId, String code) {
        var indicator = shown.indicators().get(code);
        shown.rows().stream()
                .filter(r -> String.valueOf(r.unit().id()).equals(unitId))
                .findFirst()
                .filter(r -> indicator != null && revised(r.text(code)))
                .ifPresent(r -> revisions.open(indicator, r.unit()));
    }

    private static List<Row> sorted(List<Row> rows, String sortKey, boolean descending) {
        if (sortKey == null) {
            return rows;
        }
        Comparator<Row> order = sortKey.equals(NAME)
                ? Comparator.comparing((Row r) -> r.unit().name())
                : Comparator.comparing(
                        (Row r) -> r.values().get(sortKey), Comparator.nullsFirst(Comparator.naturalOrder()));
        return rows.stream().sorted(descending ? order.reversed() : order).toList();
    }

    private void draw() {
        getElement()
                .setProperty(
                        "innerHTML", sortKey == null ? shown.html() : SharedText.of(html(shown, sortKey, descending)));
    }

    private String html(Table table, String sortKey, boolean descending) {
        var columns = table.columns();
        var categoryNames = table.categoryNames();
        var html = new StringBuilder(8192).append("<table class=\"pivot\"><thead>");
        if (!categoryNames.isEmpty()) {
            // the categories over their columns (and subtotal); nothing over the units and the overall score
            html.append("<tr class=\"pivot-groups\"><td></td>");
            int n = 0;
            while (n < columns.size()) {
                var category = columns.get(n).category();
                int span = 1;
                while (n + span < columns.size()
                        && category != null
                        && category.equals(columns.get(n + span).category())) {
                    span++;
                }
                html.append(span > 1 ? "<th scope=\"colgroup\" colspan=\"" + span + "\">" : "<th scope=\"col\">")
                        .append(HtmlText.escape(category == null ? "" : categoryNames.get(category)))
                        .append("</th>");
                n += span;
            }
            html.append("</tr>");
        }
        html.append("<tr>");
        var sorted = new Sorted(table.indicators(), sortKey, descending);
        sorted.head(html, NAME, getTranslation(table.unitsLevel().headingKey()), null, true, " class=\"pivot-unit\"");
        for (var column : columns) {
            sorted.head(
                    html,
                    column.key(),
                    column.head(),
                    column.title(),
                    !column.subtotal(),
                    column.subtotal() ? " class=\"subtotal\"" : "");
        }
        html.append("</tr></thead><tbody>");
        var hint = HtmlText.escape(getTranslation("dashboards.revisedHint"));
        var metHint = HtmlText.escape(getTranslation("dashboards.pivot.metHint"));
        for (var row : sorted(table.rows(), sortKey, descending)) {
            // a unit outside the totals keeps its row and values, marked, so the total never hides it
            html.append(row.pending() == null ? "<tr>" : "<tr class=\"pivot-pending\">")
                    .append("<th scope=\"row\" class=\"pivot-unit\">")
                    .append(HtmlText.escape(row.unit().name()));
            if (row.pending() != null) {
                html.append(" <span class=\"acceptance-mark\"");
                if (row.pending().reason() != null) {
                    html.append(" title=\"")
                            .append(HtmlText.escape(getTranslation(
                                    "dashboard.acceptance.returnedBecause",
                                    row.pending().reason())))
                            .append('"');
                }
                html.append('>').append(HtmlText.escape(row.pending().mark())).append("</span>");
            }
            html.append("</th>");
            for (var column : columns) {
                var text = row.text(column.key());
                if (column.subtotal()) {
                    html.append("<td class=\"subtotal\" title=\"")
                            .append(metHint)
                            .append("\">");
                    html.append(HtmlText.escape(text));
                } else if (revised(text)) {
                    html.append("<td><button type=\"button\" class=\"pivot-revised\" title=\"")
                            .append(hint)
                            .append("\" data-unit=\"")
                            .append(row.unit().id())
                            .append("\" data-indicator=\"")
                            .append(HtmlText.escape(column.key()))
                            .append("\">")
                            .append(HtmlText.escape(text))
                            .append("</button>");
                } else {
                    html.append("<td>").append(HtmlText.escape(text));
                }
                html.append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody><tfoot><tr class=\"pivot-total\"><th scope=\"row\" class=\"pivot-unit\">")
                .append(HtmlText.escape(table.totals().get(NAME)))
                .append("</th>");
        for (var column : columns) {
            html.append("<td data-key=\"")
                    .append(HtmlText.escape(column.key()))
                    .append(column.subtotal() ? "\" class=\"subtotal\">" : "\">")
                    .append(HtmlText.escape(table.totals().getOrDefault(column.key(), "—")))
                    .append("</td>");
        }
        return html.append("</tr></tfoot></table>").toString();
    }

    /** The headers of a table drawn in one order: which columns can be sorted, and which one is. */
    private record Sorted(Map<String, Indicator> indicators, String sortKey, boolean descending) {

        /** A column header: sortable ones hold a button saying their order to screen readers through aria-sort. */
        void head(StringBuilder html, String key, String text, String title, boolean sortable, String attributes) {
            html.append("<th scope=\"col\"").append(attributes);
            if (sortable && key.equals(sortKey)) {
                html.append(" aria-sort=\"")
                        .append(descending ? "descending" : "ascending")
                        .append('"');
            }
            html.append('>');
            if (sortable) {
                html.append("<button type=\"button\" class=\"pivot-sort\" data-sort=\"")
                        .append(HtmlText.escape(key))
                        .append("\">");
            }
            html.append("<span class=\"pivot-head\"");
            if (indicators.containsKey(key)) {
                html.append(" data-indicator=\"").append(HtmlText.escape(key)).append('"');
            }
            if (title != null) {
                html.append(" title=\"").append(HtmlText.escape(title)).append('"');
            }
            html.append('>').append(HtmlText.escape(text)).append("</span>");
            if (sortable) {
                html.append("</button>");
            }
            html.append("</th>");
        }
    }

    /** A string the browser sent, or null for anything else: the event data is anyone's to write. */
    private static String text(JsonNode data, String key) {
        var value = data == null ? null : data.get(key);
        return value != null && value.isString() ? value.asString() : null;
    }

    private static String score(Dashboard data, String category, Integer divisionId) {
        return data.score(category, divisionId)
                .map(s -> s.met() + "/" + s.targeted())
                .orElse("—");
    }

    private static boolean revised(String text) {
        return text.endsWith(Labels.REVISED);
    }
}
