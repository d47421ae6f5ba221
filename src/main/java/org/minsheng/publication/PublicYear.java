package org.minsheng.publication;

import java.util.List;
import java.util.Locale;
import org.minsheng.base.chart.ChartContent;
import org.minsheng.base.i18n.Translations;
import org.minsheng.dashboard.IllustrativeNote;
import org.minsheng.indicator.Indicator;

/**
 * A unit's published year as the public disclosure page shows it: the year-in-review (lede, headline
 * lines, the units' table, the edition and each revision with its reason) and the ranking charts, for a
 * browser to draw; its headline lines in the page's language, the lede and the revisions as written. Only ever built for a published year (PublicDisclosureService).
 *
 * @param code         the unit's division code
 * @param illustrative the demo's note when the figures are the demo's, null for figures an office entered
 */
public record PublicYear(String code, YearInReview review, List<Chart> charts, IllustrativeNote illustrative) {

    public PublicYear {
        charts = List.copyOf(charts);
    }

    /**
     * One indicator's chart, with the subtitle the print gives it, in Chinese and in English: the page
     * draws its language's, and a chart kept for pinned embeds keeps both.
     */
    public record Chart(Indicator indicator, Drawing chinese, Drawing english) {

        public Drawing in(Locale locale) {
            return Translations.isChinese(locale) ? chinese : english;
        }
    }

    /** A chart's content and subtitle in one language. */
    public record Drawing(ChartContent content, String subtitle) {}

    /** A unit's published year, as the list of what the public may read names it. */
    public record Listing(String code, String unit, int year) {}
}
