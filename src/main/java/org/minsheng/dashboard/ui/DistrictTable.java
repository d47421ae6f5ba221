package org.minsheng.dashboard.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import org.minsheng.dashboard.Dashboard;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;

/**
 * The pivot: districts down, indicators across grouped by category, each column sortable. The city
 * total row is the database's GROUPING SETS total, by each indicator's own rule (sum, max, min, a
 * recomputed ratio); city-reported indicators have no district column.
 */
class DistrictTable extends Grid<Division> {

    DistrictTable(Dashboard data) {
        super(Division.class, false);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        setId("district-table");
        var locale = getLocale();
        var nameColumn = addColumn(Division::name).setHeader(getTranslation("dashboard.table.district"))
                .setFrozen(true).setAutoWidth(true).setFlexGrow(0).setSortable(true);
        var footer = appendFooterRow();
        footer.getCell(nameColumn).setText(getTranslation("dashboard.table.total", data.city().name()));
        var byCategory = new LinkedHashMap<String, List<Column<Division>>>();
        for (Indicator indicator : data.districtIndicators()) {
            var column = addColumn(d -> Labels.cell(this, data.cell(indicator, d.id()), indicator))
                    .setHeader(indicator.shortName(locale) + "（" + indicator.unit(locale) + "）")
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setKey(indicator.code())
                    .setComparator(Comparator.comparing(
                            (Division d) -> data.value(indicator, d.id()).orElse(null),
                            Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder())));
            footer.getCell(column).setText(Labels.cell(this, data.cell(indicator, null), indicator));
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
        setItems(data.counties());
    }
}
