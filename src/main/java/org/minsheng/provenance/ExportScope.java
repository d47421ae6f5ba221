package org.minsheng.provenance;

import java.time.OffsetDateTime;

/**
 * The data an exported file shows: a year's approved figures, of one indicator or (null) all, in
 * the edition 第{@code revision}版 as of {@code dataAsOf} (no revision: the year was not yet published,
 * so the file shows no edition). A file without year data (the audit trail) has {@link #NONE}.
 */
public record ExportScope(Integer year, Integer indicatorId, Integer revision, OffsetDateTime dataAsOf) {

    public static final ExportScope NONE = new ExportScope(null, null, null, null);

    public static ExportScope year(int year, Integer revision, OffsetDateTime dataAsOf) {
        return new ExportScope(year, null, revision, dataAsOf);
    }
}
