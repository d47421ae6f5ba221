package org.minsheng.dashboard;

import java.util.Locale;
import org.minsheng.division.Division;

/**
 * The dashboard charts that can go to print: districts ranked (city view), the monthly trend, this
 * year against last year, the year-by-year values and the completion heat-map (city view). The
 * heat-map covers every indicator with district targets; the others show one indicator.
 */
public enum ChartKind {
    RANKING,
    TREND,
    YEAR_ON_YEAR,
    YEARS,
    HEAT_MAP;

    /**
     * The translation key of the chart's name in menus and file names: a ranking is named after what it
     * ranks (区县排名 on a city's page, 各市排名 on a province's), the others after themselves.
     */
    public String nameKey(Division.Level ranked) {
        var kind = "publication.chart.kind." + name().toLowerCase(Locale.ROOT);
        return this == RANKING ? kind + "." + ranked.name().toLowerCase(Locale.ROOT) : kind;
    }

    /** The kind in an embed's address: trend, year_on_year, ... */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind a slug names, if any. */
    public static java.util.Optional<ChartKind> ofSlug(String slug) {
        return java.util.Arrays.stream(values())
                .filter(k -> k.slug().equals(slug))
                .findFirst();
    }

    /** Whether the chart shows the one indicator a request names. */
    public boolean ofOneIndicator() {
        return this != HEAT_MAP;
    }
}
