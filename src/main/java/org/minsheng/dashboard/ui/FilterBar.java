package org.minsheng.dashboard.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.minsheng.base.ui.ChoiceBar;
import org.minsheng.base.ui.ChoiceBar.Choice;
import org.minsheng.base.ui.ChoiceBar.Option;
import org.minsheng.dashboard.Dashboard;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.dashboard.PeriodChoice;
import org.minsheng.indicator.Indicator;

/**
 * Year, period, category and division. It does not redraw anything itself: a change becomes a new
 * address, so the browser's history holds every view a leader went through. Native selects
 * ({@link ChoiceBar}): with {@code Select}s the bar held ~90 state nodes (two per item) in every
 * open dashboard.
 */
class FilterBar extends ChoiceBar {

    private static final String ALL = "";
    static final String YEAR = "filter-year";
    static final String PERIOD = "filter-period";
    static final String PART = "filter-part";
    static final String CATEGORY = "filter-category";
    static final String DIVISION = "filter-division";

    /** The years offered, the calendar's, fixed for the page's life. */
    private final List<Option> years;

    /** The categories offered (all, then each), fixed for the page's life. */
    private final List<Option> categories;

    private DashboardFilter current;

    FilterBar(List<Integer> years, List<Indicator> catalogue, Consumer<DashboardFilter> onChange) {
        setId("dashboard-filters");
        addClassName("filters");
        this.years = years.stream()
                .map(y -> new Option(String.valueOf(y), getTranslation("dashboard.yearOption", String.valueOf(y))))
                .toList();
        var categories = new ArrayList<Option>();
        categories.add(new Option(ALL, getTranslation("dashboards.filter.allCategories")));
        catalogue.stream()
                .filter(i -> categories.stream().noneMatch(c -> c.value().equals(i.categoryCode())))
                .forEach(i -> categories.add(new Option(i.categoryCode(), i.category(getLocale()))));
        this.categories = List.copyOf(categories);
        addChoiceListener((id, value) -> {
            if (current == null) {
                return;
            }
            var next = change(id, value).apply(current);
            if (Objects.equals(next, current)) {
                restore();
            } else {
                onChange.accept(next);
            }
        });
    }

    /** The category codes the select offers: an address naming another is not read (DashboardFilter.unread). */
    List<String> categoryCodes() {
        return categories.stream()
                .map(Option::value)
                .filter(v -> !ALL.equals(v))
                .toList();
    }

    /** What choosing {@code value} in the select {@code id} does to the filter (the value was offered). */
    private static UnaryOperator<DashboardFilter> change(String id, String value) {
        return switch (id) {
            case YEAR -> f -> f.withYear(Integer.parseInt(value));
            case PERIOD ->
                f -> {
                    var period = PeriodChoice.valueOf(value.toUpperCase());
                    // the window keeps its end: June becomes Q2, and Q3 becomes September, not March
                    // (part=3 read as a month, a tester's tour)
                    int part = period == PeriodChoice.QUARTER
                            ? Math.min(4, (f.part() + 2) / 3)
                            : f.period() == PeriodChoice.QUARTER ? f.part() * 3 : f.part();
                    return f.withPeriod(period, part);
                };
            case PART -> f -> f.withPeriod(f.period(), Integer.parseInt(value));
            case CATEGORY -> f -> f.withCategory(ALL.equals(value) ? null : value);
            case DIVISION -> f -> f.withDivision(ALL.equals(value) ? null : value);
            default -> UnaryOperator.identity();
        };
    }

    /**
     * The years offered (the calendar's), with the one shown among them: an empty calendar (a new
     * installation) opens on this year, which a blank year field would not name.
     */
    private List<Option> yearsWith(int shown) {
        var value = String.valueOf(shown);
        if (years.stream().anyMatch(o -> o.value().equals(value))) {
            return years;
        }
        var offered = new ArrayList<>(years);
        offered.add(new Option(value, getTranslation("dashboard.yearOption", value)));
        offered.sort(Comparator.comparing(Option::value).reversed());
        return offered;
    }

    /**
     * Shows the view's filter without firing a change; the root is offered only to a reader who may
     * see it (the page's units are already the reader's).
     */
    void show(Dashboard data, boolean rootShown) {
        current = data.filter();
        var choices = new ArrayList<Choice>();
        choices.add(new Choice(
                YEAR, getTranslation("dashboard.year"), yearsWith(current.year()), String.valueOf(current.year())));
        choices.add(new Choice(
                PERIOD,
                getTranslation("dashboards.filter.period"),
                List.of(PeriodChoice.values()).stream()
                        .map(p -> new Option(p.name().toLowerCase(), Labels.period(this, p)))
                        .toList(),
                current.period().name().toLowerCase()));
        if (current.period() != PeriodChoice.YEAR) {
            boolean quarter = current.period() == PeriodChoice.QUARTER;
            choices.add(new Choice(
                    PART,
                    getTranslation("dashboards.filter.part"),
                    IntStream.rangeClosed(1, quarter ? 4 : 12)
                            .mapToObj(n -> new Option(
                                    String.valueOf(n),
                                    getTranslation(quarter ? "dashboards.quarter" : "dashboards.month", n)))
                            .toList(),
                    String.valueOf(current.part())));
        }
        choices.add(new Choice(
                CATEGORY,
                getTranslation("dashboards.filter.category"),
                categories,
                current.category() == null ? ALL : current.category()));
        var units = new ArrayList<Option>();
        // the page's own unit: the root is the address without a division, a unit below it its own code
        var whole = data.cityWide() && data.path().size() > 1 ? data.city().code() : ALL;
        if (rootShown) {
            units.add(new Option(whole, data.city().name()));
        }
        data.counties().stream()
                .filter(c -> units.stream().noneMatch(u -> u.value().equals(c.code())))
                .forEach(c -> units.add(new Option(c.code(), c.name())));
        choices.add(new Choice(
                DIVISION,
                getTranslation("dashboards.filter.division"),
                units,
                data.cityWide() ? whole : data.focus().code()));
        show(choices);
    }
}
