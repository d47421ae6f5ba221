package org.minsheng.provenance;

import java.time.OffsetDateTime;

/**
 * One exported file as the provenance list shows it.
 *
 * @param indicator  the indicator's short name when the file shows one indicator, else null
 * @param superseded a figure the file used was corrected after it was exported
 */
public record ExportRecord(
        long id,
        OffsetDateTime exportedAt,
        String exportedBy,
        ExportKind kind,
        String fileName,
        Integer year,
        String indicator,
        Integer revision,
        OffsetDateTime dataAsOf,
        boolean superseded) {}
