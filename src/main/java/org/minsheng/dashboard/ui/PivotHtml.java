package org.minsheng.dashboard.ui;

import com.vaadin.flow.component.Component;
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

/**
 * What {@link DistrictTable} shows, apart from the component: the table's model read from a page (its
 * rows, columns and totals, shared by every session showing that page) and its HTML in any sort order.
 * The words come from the component asking ({@code in}), whose language the model was drawn in.
 */
final class PivotHtml {

    /** The key of the units' own column. */
    static final String NAME = "name";

    /** An empty table, before the first page is shown. */
    static final Table EMPTY =
            new Table(Division.Level.COUNTY, List.of(), List.of(), Map.of(), Map.of(), Map.of(), null, "");

    private PivotHtml() {}

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

    /** A column as drawn: its key, header, the category it belongs to (null: none) and whether it counts met targets. */
    record Column(String key, String head, String title, String category, boolean subtotal) {}

    /**
     * The table as drawn from a page, shared by every session showing it ({@link PageMemo}): its rows,
     * columns and totals, and its HTML in the database's order. A session keeps only which column it
     * sorted by, and draws that order's HTML for itself.
     *
     * @param unitsLevel 区县 over a city's districts, 市 over a province's cities, 乡镇（街道） over a district's towns
     * @param untabled   the line under the table naming the units without a row ({@link Dashboard#untabled}), or null
     */
    record Table(
            Division.Level unitsLevel,
            List<Column> columns,
            List<Row> rows,
            Map<String, String> totals,
            Map<String, String> categoryNames,
            Map<String, Indicator> indicators,
            String untabled,
            String html) {

        Table withHtml(String html) {
            return new Table(unitsLevel, columns, rows, totals, categoryNames, indicators, untabled, html);
        }
    }

    static Table build(Component in, Locale locale, Dashboard data, boolean towns) {
        // a county's 25 towns, most never reporting, were 25 rows of 「—」: only those with a figure, as the charts
        List<Division> units = data.tableRows(towns);
        BiFunction<Indicator, Integer, Optional<YearCell>> cells = towns ? data::townCell : data::cell;
        var unitsLevel = towns ? Division.Level.TOWN : data.rankedLevel();
        var byCategory = new LinkedHashMap<String, List<Column>>();
        var names = new LinkedHashMap<String, String>();
        var byCode = new HashMap<String, Indicator>();
        var total = new HashMap<String, String>();
        var words = new ChartContents(locale, in::getTranslation);
        var rows = units.stream()
                .map(u -> new Row(u, new HashMap<>(), new HashMap<>(), towns ? null : pending(words, data, u)))
                .toList();
        for (Indicator indicator : data.districtIndicators()) {
            var key = indicator.code();
            byCode.put(key, indicator);
            for (Row row : rows) {
                var cell = cells.apply(indicator, row.unit().id());
                row.texts().put(key, Labels.cell(in, cell, indicator));
                cell.map(YearCell::value).ifPresent(v -> row.values().put(key, v));
            }
            total.put(key, Labels.cell(in, cells.apply(indicator, null), indicator));
            // short name over the unit, wrapping, the full name on hover: six indicators and their
            // subtotals then fit a 1440 px screen beside the menu, where one-line names did not
            byCategory
                    .computeIfAbsent(indicator.categoryCode(), k -> new ArrayList<>())
                    .add(new Column(
                            key,
                            indicator.shortNameWithUnit(locale, in::getTranslation),
                            indicator.nameWithUnit(locale, in::getTranslation),
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
                all.add(new Column(key, in.getTranslation("dashboards.pivot.met"), null, category, true));
            }
        });
        if (scored) {
            rows.forEach(
                    r -> r.texts().put("met-all", score(data, null, r.unit().id())));
            total.put("met-all", score(data, null, null));
            all.add(new Column("met-all", in.getTranslation("dashboards.pivot.metAll"), null, null, true));
        }
        total.put(
                NAME,
                in.getTranslation(
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
                words.untabledNote(unitsLevel, data.untabled(towns), units.isEmpty())
                        .orElse(null),
                null);
        return built.withHtml(SharedText.of(html(in, built, null, false)));
    }

    /** The mark of a unit outside the totals, and the reason it was returned with; null for a counted unit. */
    private static Pending pending(ChartContents words, Dashboard data, Division unit) {
        return words.pendingMark(data, unit)
                .map(mark -> new Pending(
                        mark, data.pending(unit).map(Acceptance.Pending::reason).orElse(null)))
                .orElse(null);
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

    static String html(Component in, Table table, String sortKey, boolean descending) {
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
        sorted.head(
                html, NAME, in.getTranslation(table.unitsLevel().headingKey()), null, true, " class=\"pivot-unit\"");
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
        var hint = HtmlText.escape(in.getTranslation("dashboards.revisedHint"));
        var metHint = HtmlText.escape(in.getTranslation("dashboards.pivot.metHint"));
        for (var row : sorted(table.rows(), sortKey, descending)) {
            // a unit outside the totals keeps its row and values, marked, so the total never hides it
            html.append(row.pending() == null ? "<tr>" : "<tr class=\"pivot-pending\">")
                    .append("<th scope=\"row\" class=\"pivot-unit\">")
                    .append(HtmlText.escape(row.unit().name()));
            if (row.pending() != null) {
                html.append(" <span class=\"acceptance-mark\"");
                if (row.pending().reason() != null) {
                    html.append(" title=\"")
                            .append(HtmlText.escape(in.getTranslation(
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
        html.append("</tr></tfoot></table>");
        if (table.untabled() != null) {
            html.append("<p class=\"page-meta pivot-untabled\">")
                    .append(HtmlText.escape(table.untabled()))
                    .append("</p>");
        }
        return html.toString();
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

    private static String score(Dashboard data, String category, Integer divisionId) {
        return data.score(category, divisionId)
                .map(s -> s.met() + "/" + s.targeted())
                .orElse("—");
    }

    static boolean revised(String text) {
        return text.endsWith(Labels.REVISED);
    }
}
