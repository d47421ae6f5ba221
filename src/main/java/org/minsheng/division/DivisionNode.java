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
        Validity validity,
        Successor successor,
        int childCount) {

    /** The days the unit exists: from {@code from}, until the day before {@code to} (null: still). */
    public record Validity(LocalDate from, LocalDate to) {

        public static final Validity ALWAYS = new Validity(null, null);
    }

    /** The unit that replaced this one (龙海区 for 龙海市); both null when none did. */
    public record Successor(String code, String name) {

        public static final Successor NONE = new Successor(null, null);
    }

    public LocalDate validFrom() {
        return validity.from();
    }

    public LocalDate validTo() {
        return validity.to();
    }

    public String successorCode() {
        return successor.code();
    }

    public String successorName() {
        return successor.name();
    }

    public boolean validOn(LocalDate day) {
        return !validFrom().isAfter(day) && (validTo() == null || validTo().isAfter(day));
    }

    public boolean hasChildren() {
        return childCount > 0;
    }
}
