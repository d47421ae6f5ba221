package org.minsheng.dashboard;

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

    /** Whether the chart shows the one indicator a request names. */
    public boolean ofOneIndicator() {
        return this != HEAT_MAP;
    }
}
