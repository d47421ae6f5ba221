package org.minsheng.provenance;

import java.util.Locale;

/** What kind of file was handed out. */
public enum ExportKind {
    CHART_PNG,
    CHART_SVG,
    CARD_PNG,
    REVIEW_PDF,
    TABLE_XLSX,
    TABLE_CSV;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
