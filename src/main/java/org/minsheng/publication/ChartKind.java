package org.minsheng.publication;

/** The dashboard charts that can go to print: districts ranked (city view) and the monthly trend. */
public enum ChartKind {
    RANKING, TREND
}
