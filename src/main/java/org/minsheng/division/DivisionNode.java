package org.minsheng.division;

import java.time.LocalDate;

/**
 * A division as the administrators' tree shows it: with its validity, its successor (for a unit that
 * was renamed or re-coded) and how many units lie directly below it.
 *
 * @param validTo the first day the unit no longer exists, null while it does
 */
public record DivisionNode(
        int id,
        String code,
        String name,
        Division.Level level,
        Integer parentId,
        LocalDate validFrom,
        LocalDate validTo,
        String successorCode,
        String successorName,
        int childCount) {

    public boolean validOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || validTo.isAfter(day));
    }

    public boolean hasChildren() {
        return childCount > 0;
    }
}
