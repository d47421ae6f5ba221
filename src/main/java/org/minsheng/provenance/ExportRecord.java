package org.minsheng.provenance;

import java.time.OffsetDateTime;

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
     * The data the file shows: its year, its indicator (a chart's short name; null for a file of every
     * indicator), the data revision and how current it was; all null for a live table without a year.
     */
    public record Data(Integer year, String indicator, Integer revision, OffsetDateTime asOf) {}

    public Integer year() {
        return data.year();
    }

    public String indicator() {
        return data.indicator();
    }

    public Integer revision() {
        return data.revision();
    }

    public OffsetDateTime dataAsOf() {
        return data.asOf();
    }
}
