package org.minsheng.publication;

import java.util.List;
import org.minsheng.base.chart.ChartContent;
import org.minsheng.indicator.Indicator;

/**
 * A unit's published year as the public disclosure page shows it: the year-in-review (lede, headline
 * lines, the units' table, the edition and each revision with its reason) and the ranking charts, for a
 * browser to draw. Only ever built for a published year (PublicDisclosureService).
 *
 * @param code         the unit's division code
 * @param illustrative the units' figures are an illustrative split of published totals (the demo)
 */
public record PublicYear(String code, YearInReview review, List<Chart> charts, boolean illustrative) {

    public PublicYear {
        charts = List.copyOf(charts);
    }

    /** One indicator's ranking of the units below, with the subtitle the print gives it. */
    public record Chart(Indicator indicator, ChartContent content, String subtitle) {}

    /** A unit's published year, as the list of what the public may read names it. */
    public record Listing(String code, String unit, int year) {}
}
