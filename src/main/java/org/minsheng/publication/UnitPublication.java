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
 * @param periodsPublished every period of the year is published on the review page: the year is public
 *                    (as the public page and the read API have it) without a release of its own
 */
public record UnitPublication(
        Division unit,
        int year,
        Release release,
        int pending,
        int notAccepted,
        boolean mayPublish,
        boolean periodsPublished) {

    public record Release(OffsetDateTime at, String by) {}

    public boolean published() {
        return release != null;
    }

    /** Nothing in the way: the caller may publish, nothing pending, every unit below accepted. */
    public boolean ready() {
        return !published() && mayPublish && pending == 0 && notAccepted == 0;
    }

    /** Out for the public, by a release of the unit's own or by every period published. */
    public boolean isPublic() {
        return published() || periodsPublished;
    }
}
