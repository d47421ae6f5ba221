package org.minsheng.dashboard;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;
import org.minsheng.base.Texts;
import org.minsheng.security.ReadingScope;

/**
 * What a leader chose to look at. It lives in the page address (year, period, part, category,
 * division) so a copied link reopens the same view and the browser's back button undoes a choice.
 *
 * @param part     the month (MONTH, YEAR_TO_DATE) or quarter (QUARTER); ignored for YEAR
 * @param category an indicator category code, null for all
 * @param division a unit's code (a district, a town: 6, 9 or 12 digits), null for the installation's root
 * @param chart    the indicator code the charts show, null for the first one
 */
public record DashboardFilter(int year, PeriodChoice period, int part, String category, String division, String chart) {

    public DashboardFilter {
        int max = period == PeriodChoice.QUARTER ? 4 : 12;
        part = Math.clamp(part, 1, max);
    }

    public DashboardFilter(int year, PeriodChoice period, int part, String category, String division) {
        this(year, period, part, category, division, null);
    }

    public static DashboardFilter year(int year) {
        return new DashboardFilter(year, PeriodChoice.YEAR, 12, null, null);
    }

    /** Reads the address's query parameters; anything missing or malformed falls back to the whole year. */
    public static DashboardFilter parse(Map<String, List<String>> parameters, int defaultYear) {
        return parse(parameters, defaultYear, year -> 12);
    }

    /**
     * As {@link #parse(Map, int)}, a month or quarter without a part it can read (none, part=x, a quarter 9)
     * opening on the one that holds the year's {@code latestMonth}: {@code ?period=quarter&part=9} showed Q4
     * of a year approved only to March, a page of 暂无数据 where its default page shows Q1's figures.
     */
    public static DashboardFilter parse(
            Map<String, List<String>> parameters, int defaultYear, IntUnaryOperator latestMonth) {
        int year = number(parameters, "year", defaultYear);
        PeriodChoice period;
        try {
            period = PeriodChoice.valueOf(first(parameters, "period", "YEAR").toUpperCase());
        } catch (IllegalArgumentException e) {
            period = PeriodChoice.YEAR;
        }
        var category = first(parameters, "category", null);
        var division = first(parameters, "division", null);
        var chart = first(parameters, "chart", null);
        int part = number(parameters, "part", 0);
        if (part < 1 || part > (period == PeriodChoice.QUARTER ? 4 : 12)) {
            // a whole year reads no part, so asks for no latest month
            part = period == PeriodChoice.YEAR ? 12 : period.partEnding(latestMonth.applyAsInt(year));
        }
        return new DashboardFilter(
                year,
                period,
                part,
                category == null || category.isBlank() ? null : category,
                division == null || !division.matches("[0-9]{6}([0-9]{3}){0,2}") ? null : division,
                chart == null || !chart.matches("[a-z0-9_]{1,64}") ? null : chart);
    }

    /**
     * This filter without a category none of the {@code known} codes names: ?category=nope emptied the
     * category select and every tile and chart, and the page said no district had a target. Dropped here,
     * the address's value counts as {@link #unread unread}, as year=abc does.
     */
    public DashboardFilter withKnownCategory(Collection<String> known) {
        return category == null || known.contains(category) ? this : withCategory(null);
    }

    /**
     * The address's choices this filter did not take as written (year=abc, part=13, an unknown category, a
     * malformed unit code), as {@code name=value}: they fell back to a default, which the page must say rather than
     * show another view under the address asked for.
     */
    public static List<String> unread(Map<String, List<String>> parameters, DashboardFilter parsed) {
        var shown = parsed.toParameters();
        var unread = new java.util.ArrayList<String>();
        for (var name : List.of("year", "period", "part", "category", "division")) {
            var asked = first(parameters, name, null);
            if (asked == null || ("part".equals(name) && parsed.period() == PeriodChoice.YEAR)) {
                // a part is not read for a whole year; the dashboard's own links leave it out there
                continue;
            }
            if (!asked.equalsIgnoreCase(shown.getOrDefault(name, ""))) {
                unread.add(name + "=" + Texts.quoted(asked));
            }
        }
        return unread;
    }

    /**
     * The unit, the year and the window in it as a query ({@code year=2020&period=month&part=7&division=350603}):
     * what a tile's link to its indicator's page and that page's way back keep, so a leader who drilled
     * into 龙文区's July is still in 龙文区's July (the link said only the year, then not the unit, and the
     * page showed the root's units).
     */
    public String unitWindowQuery() {
        return new DashboardFilter(year, period, part, null, division)
                .toParameters().entrySet().stream()
                        .map(parameter -> parameter.getKey() + "=" + parameter.getValue())
                        .collect(Collectors.joining("&"));
    }

    /** The query parameters that reproduce this view. */
    public Map<String, String> toParameters() {
        var parameters = new LinkedHashMap<String, String>();
        parameters.put("year", String.valueOf(year));
        parameters.put("period", period.name().toLowerCase());
        if (period != PeriodChoice.YEAR) {
            parameters.put("part", String.valueOf(part));
        }
        if (category != null) {
            parameters.put("category", category);
        }
        if (division != null) {
            parameters.put("division", division);
        }
        if (chart != null) {
            parameters.put("chart", chart);
        }
        return parameters;
    }

    public DashboardFilter withYear(int year) {
        return new DashboardFilter(year, period, part, category, division, chart);
    }

    public DashboardFilter withPeriod(PeriodChoice period, int part) {
        return new DashboardFilter(year, period, part, category, division, chart);
    }

    public DashboardFilter withCategory(String category) {
        return new DashboardFilter(year, period, part, category, division, chart);
    }

    public DashboardFilter withDivision(String division) {
        return new DashboardFilter(year, period, part, category, division, chart);
    }

    /**
     * Where this reader's page starts: a filter naming no unit opens a limited reader's own unit, as it
     * opens the root's for everyone else. The dashboard and the downloads page start from the same unit.
     */
    public DashboardFilter startingFor(ReadingScope scope) {
        return division == null && scope.limited() ? withDivision(scope.home()) : this;
    }

    public DashboardFilter withChart(String chart) {
        return new DashboardFilter(year, period, part, category, division, chart);
    }

    private static String first(Map<String, List<String>> parameters, String name, String fallback) {
        var values = parameters.getOrDefault(name, List.of());
        return values.isEmpty() ? fallback : values.getFirst();
    }

    private static int number(Map<String, List<String>> parameters, String name, int fallback) {
        try {
            return Integer.parseInt(first(parameters, name, String.valueOf(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
