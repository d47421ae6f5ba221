package org.minsheng.dashboard.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.minsheng.dashboard.Dashboard;
import org.minsheng.dashboard.YearCell;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;

/**
 * The pivot: districts down, indicators across grouped by category, each column sortable. The city
 * total row is the database's GROUPING SETS total, by each indicator's own rule (sum, max, min, a
 * recomputed ratio); city-reported indicators have no district column.
 */
class DistrictTable extends Grid<Division> {

    DistrictTable(Dashboard data) {
        this(data, data.counties(), data::cell, data.city().name(), "district-table");
    }

    /** The same pivot for any units below a total: the districts of the city, or a district's towns. */
    DistrictTable(Dashboard data, List<Division> units,
                  BiFunction<Indicator, Integer, Optional<YearCell>> cells, String totalName, String id) {
        super(Division.class, false);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        setId(id);
        var locale = getLocale();
        var nameColumn = addColumn(Division::name).setHeader(getTranslation("dashboard.table.district"))
                .setFrozen(true).setAutoWidth(true).setFlexGrow(0).setSortable(true);
        var footer = appendFooterRow();
        footer.getCell(nameColumn).setText(getTranslation("dashboard.table.total", totalName));
        var byCategory = new LinkedHashMap<String, List<Column<Division>>>();
        for (Indicator indicator : data.districtIndicators()) {
            var column = addColumn(d -> Labels.cell(this, cells.apply(indicator, d.id()), indicator))
                    .setHeader(indicator.shortName(locale) + "（" + indicator.unit(locale) + "）")
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setKey(indicator.code())
                    .setComparator(Comparator.comparing(
                            (Division d) -> cells.apply(indicator, d.id()).map(YearCell::value).orElse(null),
                            Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder())));
            footer.getCell(column).setText(Labels.cell(this, cells.apply(indicator, null), indicator));
            byCategory.computeIfAbsent(indicator.category(locale), k -> new java.util.ArrayList<>()).add(column);
        }
        if (!byCategory.isEmpty()) {
            var groups = prependHeaderRow();
            byCategory.forEach((category, columns) -> {
                var cell = columns.size() == 1 ? groups.getCell(columns.getFirst())
                        : groups.join(columns.toArray(Column[]::new));
                cell.setText(category);
            });
        }
        setItems(units);
    }
}
