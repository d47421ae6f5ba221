package org.minsheng.publication;

import java.time.OffsetDateTime;
import org.minsheng.division.Division;

/**
 * Whether a unit's year is published, and what stands in the way while it is not.
 *
 * @param release     when and by whom the unit published its year; null while it has not
 * @param pending     figures of the unit's subtree and year not yet approved
 * @param notAccepted units of the level the unit accepts whose year it has not accepted (V124); 0 when
 *                    the unit's level accepts nothing
 * @param mayPublish  the caller is the reviewer of this unit (scoped to it; an unscoped one for the root)
 */
public record UnitPublication(
        Division unit, int year, Release release, int pending, int notAccepted, boolean mayPublish) {

    public record Release(OffsetDateTime at, String by) {}

    public boolean published() {
        return release != null;
    }

    /** Nothing in the way: the caller may publish, nothing pending, every unit below accepted. */
    public boolean ready() {
        return !published() && mayPublish && pending == 0 && notAccepted == 0;
    }
}
