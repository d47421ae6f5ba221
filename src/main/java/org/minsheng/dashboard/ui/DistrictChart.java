package org.minsheng.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import java.util.List;
import org.minsheng.base.format.Numbers;
import org.minsheng.base.ui.chart.ChartConfigs;
import org.minsheng.base.ui.chart.ChartJs;
import org.minsheng.dashboard.CityYear;
import org.minsheng.dashboard.YearCell;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;

/** One indicator across the districts, chosen by the user; redraws in place when the choice changes. */
class DistrictChart extends Div {

    private final Select<Indicator> indicator = new Select<>();
    private final ChartJs chart = new ChartJs();
    private CityYear data;

    DistrictChart() {
        addClassName("card");
        indicator.setLabel(getTranslation("dashboard.chart.indicator"));
        indicator.setId("chart-indicator");
        indicator.setItemLabelGenerator(i -> i.shortName(getLocale()));
        indicator.addValueChangeListener(e -> draw());
        chart.setId("district-chart");
        add(indicator, chart);
    }

    void show(CityYear data) {
        this.data = data;
        var choices = data.districtIndicators();
        var previous = indicator.getValue();
        indicator.setItems(choices);
        indicator.setValue(choices.stream()
                .filter(i -> previous != null && i.code().equals(previous.code()))
                .findFirst()
                .orElse(choices.isEmpty() ? null : choices.getFirst()));
        draw();
    }

    private void draw() {
        var chosen = indicator.getValue();
        if (data == null || chosen == null) {
            return;
        }
        var locale = getLocale();
        List<Division> counties = data.counties();
        List<BigDecimal> values = counties.stream()
                .map(c -> data.cell(chosen, c).map(YearCell::value).orElse(null))
                .toList();
        var unit = chosen.unit(locale);
        var total = data.total(chosen).map(YearCell::value)
                .map(v -> Numbers.withUnit(v, unit, locale)).orElse("—");
        var title = getTranslation("dashboard.chart.title", chosen.shortName(locale), String.valueOf(data.year()));
        var subtitle = getTranslation("dashboard.chart.subtitle", total);
        chart.setConfig(ChartConfigs.bars(title, subtitle, unit, counties.stream().map(Division::name).toList(),
                chosen.shortName(locale), values, null, null));
    }
}
