package org.minsheng.dashboard.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.minsheng.dashboard.Dashboard;
import org.minsheng.dashboard.YearCell;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;

/**
 * The pivot: districts down, indicators across grouped by category, each column sortable. The city
 * total row is the database's GROUPING SETS total, by each indicator's own rule (sum, max, min, a
 * recomputed ratio); city-reported indicators have no district column. After each category comes
 * its subtotal, the count of met targets, since a category's figures have different units.
 */
class DistrictTable extends Grid<DistrictTable.Row> {

    /**
     * One unit's line as shown: the text of each column and the value it sorts by, keyed by column
     * key. The grid keeps these rows (a few strings per cell), not the {@link Dashboard} they were
     * read from, which holds every trend point and last year's cells besides.
     */
    record Row(Division unit, Map<String, String> texts, Map<String, BigDecimal> values) {

        String text(String key) {
            return texts.getOrDefault(key, "—");
        }
    }

    /** Opens the corrections behind a revised figure (†) of an indicator for a unit. */
    interface Revisions {
        void open(Indicator indicator, Division unit);
    }

    DistrictTable(Dashboard data, Revisions revisions) {
        this(data, data.counties(), data::cell, data.city().name(), "district-table");
        addSubtotals(data);
        explainRevised(data, revisions);
    }

    /** The towns of a district under their total. */
    static DistrictTable towns(Dashboard data) {
        var table = new DistrictTable(
                data, data.towns(), data::townCell, data.focus().name(), "town-table");
        table.groupHeaders();
        return table;
    }

    /** The same pivot for any units below a total: the districts of the city, or a district's towns. */
    private DistrictTable(
            Dashboard data,
            List<Division> units,
            BiFunction<Indicator, Integer, Optional<YearCell>> cells,
            String totalName,
            String id) {
        super(Row.class, false);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        setId(id);
        var locale = getLocale();
        var nameColumn = addColumn(r -> r.unit().name())
                .setHeader(getTranslation("dashboard.table.district"))
                .setFrozen(true)
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setSortable(true)
                .setComparator(Comparator.comparing((Row r) -> r.unit().name()));
        var footer = appendFooterRow();
        footer.getCell(nameColumn).setText(getTranslation("dashboard.table.total", totalName));
        byCategory = new LinkedHashMap<>();
        rows = units.stream()
                .map(u -> new Row(u, new HashMap<>(), new HashMap<>()))
                .toList();
        for (Indicator indicator : data.districtIndicators()) {
            var key = indicator.code();
            for (Row row : rows) {
                var cell = cells.apply(indicator, row.unit().id());
                row.texts().put(key, Labels.cell(this, cell, indicator));
                cell.map(YearCell::value).ifPresent(v -> row.values().put(key, v));
            }
            // short name over the unit, wrapping, the full name on hover: six indicators and their
            // subtotals then fit a 1440 px screen beside the menu, where one-line names did not
            var head = new Span(
                    getTranslation("dashboard.table.column", indicator.shortName(locale), indicator.unit(locale)));
            head.addClassName("pivot-head");
            head.getElement().setAttribute("data-indicator", key);
            head.getElement()
                    .setAttribute(
                            "title",
                            getTranslation("dashboard.table.column", indicator.name(locale), indicator.unit(locale)));
            var column = addColumn(r -> r.text(key))
                    .setHeader(head)
                    .setTextAlign(ColumnTextAlign.END)
                    .setWidth("6.5rem")
                    .setFlexGrow(1)
                    .setKey(key)
                    .setComparator(Comparator.comparing(
                            (Row r) -> r.values().get(key),
                            Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder())));
            footer.getCell(column).setText(Labels.cell(this, cells.apply(indicator, null), indicator));
            byCategory
                    .computeIfAbsent(indicator.categoryCode(), k -> new ArrayList<>())
                    .add(column);
            categoryNames.put(indicator.categoryCode(), indicator.category(locale));
        }
        this.footer = footer;
        setItems(rows);
    }

    private final List<Row> rows;
    private final Map<String, List<Column<Row>>> byCategory;
    private final Map<String, String> categoryNames = new LinkedHashMap<>();
    private FooterRow footer;
    private boolean grouped;

    /**
     * Each category's subtotal after its columns, and one over all categories: met targets out of
     * those with a figure ("2/3"), from the same SQL roll-up as the cells.
     */
    private void addSubtotals(Dashboard data) {
        if (data.scores().isEmpty()) {
            groupHeaders();
            return;
        }
        for (var entry : byCategory.entrySet()) {
            var category = entry.getKey();
            var column = scoreColumn(data, category, "met-" + category);
            // keep the subtotal right after the category's own columns
            var order = new ArrayList<>(getColumns());
            order.remove(column);
            order.add(order.indexOf(entry.getValue().getLast()) + 1, column);
            setColumnOrder(order);
            entry.getValue().add(column);
        }
        var all = scoreColumn(data, null, "met-all");
        footer.getCell(all).setText(score(data, null, null));
        all.setHeader(wrapping(getTranslation("dashboards.pivot.metAll"))).setWidth("4.5rem");
        groupHeaders();
    }

    private Column<Row> scoreColumn(Dashboard data, String category, String key) {
        rows.forEach(r -> r.texts().put(key, score(data, category, r.unit().id())));
        var column = addColumn(r -> r.text(key))
                .setKey(key)
                .setHeader(wrapping(getTranslation("dashboards.pivot.met")))
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("3.5rem")
                .setFlexGrow(0)
                .setPartNameGenerator(r -> "subtotal");
        column.setTooltipGenerator(r -> getTranslation("dashboards.pivot.metHint"));
        footer.getCell(column).setText(score(data, category, null));
        return column;
    }

    private static Span wrapping(String text) {
        var head = new Span(text);
        head.addClassName("pivot-head");
        return head;
    }

    private static String score(Dashboard data, String category, Integer divisionId) {
        return data.score(category, divisionId)
                .map(s -> s.met() + "/" + s.targeted())
                .orElse("—");
    }

    /**
     * A revised figure (†) says so on hover and, on a click, shows the corrections behind it. Only
     * the indicators are kept, not the page's data.
     */
    private void explainRevised(Dashboard data, Revisions revisions) {
        var byCode = new HashMap<String, Indicator>();
        data.districtIndicators().forEach(i -> byCode.put(i.code(), i));
        byCode.keySet()
                .forEach(key -> getColumnByKey(key)
                        .setTooltipGenerator(
                                r -> revised(r.text(key)) ? getTranslation("dashboards.revisedHint") : null));
        addItemClickListener(e -> {
            var key = e.getColumn() == null ? null : e.getColumn().getKey();
            if (key != null && byCode.containsKey(key) && revised(e.getItem().text(key))) {
                revisions.open(byCode.get(key), e.getItem().unit());
            }
        });
    }

    private static boolean revised(String text) {
        return text.endsWith(Labels.REVISED);
    }

    private void groupHeaders() {
        if (grouped || byCategory.isEmpty()) {
            return;
        }
        grouped = true;
        var groups = prependHeaderRow();
        byCategory.forEach((category, columns) -> {
            var cell = columns.size() == 1
                    ? groups.getCell(columns.getFirst())
                    : groups.join(columns.toArray(Column[]::new));
            cell.setText(categoryNames.get(category));
        });
    }
}
