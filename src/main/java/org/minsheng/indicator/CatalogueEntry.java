package org.minsheng.indicator;

import java.time.LocalDate;

/**
 * An indicator as the administrators' catalogue shows it: everything editable, the version the
 * edit must match, whether it is retired, and whether figures exist (which freezes its unit, value
 * type and scale, and forbids deleting it).
 */
public record CatalogueEntry(
        int id,
        int version,
        IndicatorDraft draft,
        LocalDate retiredOn,
        boolean hasFigures,
        String categoryZh,
        String categoryEn) {

    public boolean retired() {
        return retiredOn != null;
    }
}
