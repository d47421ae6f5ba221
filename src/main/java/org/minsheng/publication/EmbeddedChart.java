package org.minsheng.publication;

import java.time.OffsetDateTime;
import java.util.Locale;
import org.minsheng.base.chart.ChartContent;
import org.minsheng.base.i18n.Translations;
import org.minsheng.dashboard.ChartKind;
import org.minsheng.dashboard.IllustrativeNote;

/**
 * One chart of a unit's published year as an embed shows it: what, whose, from which edition
 * and how fresh. A pinned embed's chart is the one stored when its edition was first offered, or at
 * the latest when a revision superseded it.
 *
 * @param issuerKey      the message key of the unit's issuer (漳州市纪委监委), translated by the page
 * @param edition        the edition the chart shows
 * @param currentEdition the unit year's edition now: larger than {@code edition} when the chart is outdated
 * @param kind           which of the dashboard's charts of the indicator (a ranking, the trend, ...)
 * @param english        the measure, subtitle and chart in English, kept with the Chinese so that a pinned
 *                       embed shows the same edition in either language; null in a chart kept before
 *                       embeds had English
 * @param illustrative   the demo's note when the figures are the demo's, as the page the chart comes from says
 *                       it; null for figures an office entered
 */
public record EmbeddedChart(
        int year,
        String unitCode,
        String unitName,
        String issuerKey,
        String indicator,
        String measure,
        int edition,
        int currentEdition,
        OffsetDateTime dataAsOf,
        String subtitle,
        ChartContent content,
        ChartKind kind,
        Words english,
        IllustrativeNote illustrative) {

    /** What an embed says in one language beside the numbers. */
    public record Words(String measure, String subtitle, ChartContent content) {}

    public EmbeddedChart {
        // charts kept before V147 were all rankings, and say nothing of their kind
        kind = kind == null ? ChartKind.RANKING : kind;
    }

    /** A pinned chart of an edition since corrected. */
    public boolean outdated() {
        return currentEdition > edition;
    }

    /**
     * The kept chart beside the live one: the current edition, and the live page's demo note, which a chart
     * kept before embeds carried the note does not have.
     */
    EmbeddedChart now(EmbeddedChart live) {
        return new EmbeddedChart(
                year,
                unitCode,
                unitName,
                issuerKey,
                indicator,
                measure,
                edition,
                live.edition(),
                dataAsOf,
                subtitle,
                content,
                kind,
                english,
                live.illustrative());
    }

    /**
     * The chart in a language: English when asked for and kept; else as published, in Chinese (a chart
     * kept before embeds had English stays as it was kept, numbers and words).
     */
    public EmbeddedChart in(Locale locale) {
        if (Translations.isChinese(locale) || english == null) {
            return this;
        }
        return new EmbeddedChart(
                year,
                unitCode,
                unitName,
                issuerKey,
                indicator,
                english.measure(),
                edition,
                currentEdition,
                dataAsOf,
                english.subtitle(),
                english.content(),
                kind,
                english,
                illustrative);
    }
}
