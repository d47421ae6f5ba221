package org.minsheng.figure;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.jooq.DSLContext;
import org.minsheng.base.db.PublishedLines;
import org.springframework.stereotype.Repository;

/**
 * Which units' years are published by a unit above them (or by themselves): once 漳州市 released its
 * year-in-review (V133), a figure of 漳浦县 in that year is a published figure even while the
 * installation's period is still open, and changes only as a correction with its reason. The walk is
 * {@link PublishedLines}, which the targets' revisions share.
 */
@Repository
class UnitLockRepository {

    private final DSLContext db;

    UnitLockRepository(DSLContext db) {
        this.db = db;
    }

    /** Those of {@code units} whose year a unit of their line (themselves included) has published. */
    Set<Integer> published(int year, Collection<Integer> units) {
        if (units.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(db.fetch(PublishedLines.of(year, units)).map(r -> r.get(0, Integer.class)));
    }

    boolean published(int year, int unit) {
        return !published(year, Set.of(unit)).isEmpty();
    }
}
