package org.minsheng.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.minsheng.dashboard.Dashboard;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.dashboard.PeriodChoice;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;

/**
 * Year, period, category and division. It does not redraw anything itself: a change becomes a new
 * address, so the browser's history holds every view a leader went through.
 */
class FilterBar extends Div {

    private static final String ALL = "";

    private final Select<Integer> year = new Select<>();
    private final Select<PeriodChoice> period = new Select<>();
    private final Select<Integer> part = new Select<>();
    private final Select<String> category = new Select<>();
    private final Select<String> division = new Select<>();
    private final Consumer<DashboardFilter> onChange;
    private DashboardFilter current;
    private boolean filling;

    FilterBar(List<Integer> years, List<Indicator> catalogue, Consumer<DashboardFilter> onChange) {
        this.onChange = onChange;
        addClassName("filters");
        year.setId("filter-year");
        year.setLabel(getTranslation("dashboard.year"));
        year.setItems(years);
        year.setItemLabelGenerator(y -> getTranslation("dashboard.yearOption", String.valueOf(y)));
        period.setId("filter-period");
        period.setLabel(getTranslation("dashboards.filter.period"));
        period.setItems(PeriodChoice.values());
        period.setItemLabelGenerator(p -> Labels.period(this, p));
        part.setId("filter-part");
        part.setLabel(getTranslation("dashboards.filter.part"));
        category.setId("filter-category");
        category.setLabel(getTranslation("dashboards.filter.category"));
        var categories = new ArrayList<String>();
        categories.add(ALL);
        catalogue.stream().map(Indicator::categoryCode).distinct().forEach(categories::add);
        category.setItems(categories);
        category.setItemLabelGenerator(code -> code.isEmpty()
                ? getTranslation("dashboards.filter.allCategories")
                : catalogue.stream()
                        .filter(i -> i.categoryCode().equals(code))
                        .findFirst()
                        .map(i -> i.category(getLocale()))
                        .orElse(code));
        division.setId("filter-division");
        division.setLabel(getTranslation("dashboards.filter.division"));
        year.addValueChangeListener(e -> changed(f -> f.withYear(e.getValue())));
        period.addValueChangeListener(e -> changed(f -> f.withPeriod(
                e.getValue(), e.getValue() == PeriodChoice.QUARTER ? Math.min(4, (f.part() + 2) / 3) : f.part())));
        part.addValueChangeListener(e -> changed(f -> f.withPeriod(f.period(), e.getValue())));
        category.addValueChangeListener(
                e -> changed(f -> f.withCategory(ALL.equals(e.getValue()) ? null : e.getValue())));
        division.addValueChangeListener(
                e -> changed(f -> f.withDivision(ALL.equals(e.getValue()) ? null : e.getValue())));
        add(year, period, part, category, division);
    }

    /** Shows the view's filter without firing a change. */
    void show(Dashboard data) {
        filling = true;
        try {
            current = data.filter();
            year.setValue(current.year());
            period.setValue(current.period());
            boolean quarter = current.period() == PeriodChoice.QUARTER;
            part.setItems(IntStream.rangeClosed(1, quarter ? 4 : 12).boxed().toList());
            part.setItemLabelGenerator(n -> getTranslation(quarter ? "dashboards.quarter" : "dashboards.month", n));
            part.setValue(current.part());
            part.setVisible(current.period() != PeriodChoice.YEAR);
            category.setValue(current.category() == null ? ALL : current.category());
            var units = new ArrayList<String>();
            units.add(ALL);
            data.counties().stream().map(Division::code).forEach(units::add);
            division.setItems(units);
            // the names alone: a generator over data.counties() would keep the whole Dashboard for the session
            var names = new HashMap<String, String>();
            names.put(ALL, data.city().name());
            data.counties().forEach(c -> names.putIfAbsent(c.code(), c.name()));
            division.setItemLabelGenerator(code -> names.getOrDefault(code, code));
            division.setValue(data.cityWide() ? ALL : data.focus().code());
        } finally {
            filling = false;
        }
    }

    private void changed(UnaryOperator<DashboardFilter> change) {
        if (filling || current == null) {
            return;
        }
        var next = change.apply(current);
        if (!Objects.equals(next, current)) {
            onChange.accept(next);
        }
    }
}
