package org.minsheng.dashboard;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * The approved year-to-date value of one indicator for one division, or the city total when
 * {@code divisionId} is null. A null value with {@code notApplicable} false means no figure.
 * {@code corrections} counts the revisions approved after publication.
 */
public record YearCell(
        int indicatorId,
        Integer divisionId,
        BigDecimal value,
        boolean notApplicable,
        OffsetDateTime approvedAt,
        int revision,
        int corrections) {

    public boolean isTotal() {
        return divisionId == null;
    }

    /** No approved figure at all, as opposed to an approved "not applicable". */
    public boolean isMissing() {
        return value == null && !notApplicable;
    }
}
