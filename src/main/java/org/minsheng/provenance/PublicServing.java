package org.minsheng.provenance;

import java.time.LocalDate;

/**
 * A day's count of one edition of a unit's year served on the public side.
 *
 * @param superseded a figure of the year was corrected after this edition was first served that day
 */
public record PublicServing(
        LocalDate day,
        PublicServings.Kind kind,
        int year,
        String unitCode,
        String unitName,
        int revision,
        long served,
        boolean superseded) {

    /**
     * Still shown as served: a pinned embed of a superseded edition keeps showing it on other sites until
     * its code is replaced, whereas the page, the data, the API and a live embed now give the new one.
     */
    public boolean outdatedWhereShown() {
        return superseded && kind == PublicServings.Kind.EMBED_PINNED;
    }
}
