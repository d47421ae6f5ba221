package org.minsheng.provenance;

import java.time.OffsetDateTime;
import java.util.Locale;
import org.minsheng.base.i18n.Translations;

/**
 * One exported file as the provenance list shows it.
 *
 * @param superseded a figure the file used was corrected after it was exported
 */
public record ExportRecord(
        long id,
        OffsetDateTime exportedAt,
        String exportedBy,
        ExportKind kind,
        String fileName,
        Data data,
        boolean superseded) {

    /**
     * The data the file shows: its year, its indicator (a chart's short name in both languages; null for a
     * file of every indicator), the data revision and how current it was; all null for a live table without
     * a year.
     */
    public record Data(Integer year, String indicatorZh, String indicatorEn, Integer revision, OffsetDateTime asOf) {}

    public Integer year() {
        return data.year();
    }

    /** The chart's indicator as the reader's language names it: an English list read 「2021 · 增设错车道」. */
    public String indicator(Locale locale) {
        return Translations.isChinese(locale) ? data.indicatorZh() : data.indicatorEn();
    }

    public Integer revision() {
        return data.revision();
    }

    public OffsetDateTime dataAsOf() {
        return data.asOf();
    }
}
