package org.minsheng.dashboard.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.Optional;
import org.minsheng.base.format.Numbers;
import org.minsheng.dashboard.CityYear;
import org.minsheng.dashboard.YearCell;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;

/** Districts down, indicators across, with the city total row computed in the database. */
class DistrictTable extends Grid<Division> {

    DistrictTable(CityYear data) {
        super(Division.class, false);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        setId("district-table");
        var locale = getLocale();
        var nameColumn = addColumn(Division::name).setHeader(getTranslation("dashboard.table.district"))
                .setFrozen(true).setAutoWidth(true).setFlexGrow(0);
        var footer = appendFooterRow();
        footer.getCell(nameColumn).setText(getTranslation("dashboard.table.total", data.city().name()));
        for (Indicator indicator : data.districtIndicators()) {
            var column = addColumn(d -> text(data.cell(indicator, d), indicator))
                    .setHeader(indicator.shortName(locale) + "（" + indicator.unit(locale) + "）")
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                    .setKey(indicator.code());
            footer.getCell(column).setText(text(data.total(indicator), indicator));
        }
        setItems(data.counties());
    }

    private String text(Optional<YearCell> cell, Indicator indicator) {
        if (cell.isEmpty() || (cell.get().value() == null && !cell.get().notApplicable())) {
            return "—";
        }
        if (cell.get().value() == null) {
            return getTranslation("figure.notApplicable");
        }
        return Numbers.plain(cell.get().value(), indicator.scale(), getLocale());
    }
}
