package org.minsheng.dashboard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.minsheng.division.Division;

/**
 * What the focus's totals count when its level accepts the year of the units it ranks (docs/levels.md,
 * "Approval levels"): every ranked unit but the pending ones, which stay on the page with their own
 * values, marked, outside the totals. A unit is pending until the level above accepts its year;
 * a returned one keeps the reason it was sent back with.
 *
 * @param applies  whether the focus's totals count accepted units only
 * @param pending  the ranked units the totals leave out, by id
 * @param accepted the level whose units' years the focus accepts; null for a focus of an unlisted level,
 *                 whose totals count what the units below it that accept count
 * @param deeper   units below the ranked ones that the totals leave out: the focus accepts units of a
 *                 level below the one it ranks (福建省 accepting counties with {county, province}), or
 *                 a ranked unit that accepts units of its own has not accepted some
 * @param sameAsLastYear the totals of last year's same window count the same units as this year's, down
 *                 every accepting level: only then is the difference of the two totals a change (福建省
 *                 counting 厦门市 alone in 2021 and the other eight cities in 2020 showed 「同比 −909所」)
 */
public record Acceptance(
        boolean applies,
        Map<Integer, Pending> pending,
        Division.Level accepted,
        Deeper deeper,
        boolean sameAsLastYear) {

    public static final Acceptance NONE = new Acceptance(false, Map.of(), null, Deeper.NONE);

    public Acceptance {
        pending = Map.copyOf(pending);
    }

    /** Totals that count the same units as last year's. */
    public Acceptance(boolean applies, Map<Integer, Pending> pending, Division.Level accepted, Deeper deeper) {
        this(applies, pending, accepted, deeper, true);
    }

    /** A ranked unit outside the totals: waiting for the level above, or returned with a reason. */
    public record Pending(boolean returned, String reason) {}

    /**
     * The units below the ranked ones whose years decide the totals.
     *
     * @param level   their level (县区 on 福建省's page with {county, province}); null where there are none
     * @param counted how many of them the totals count
     * @param pending those the totals leave out, in the page's order
     */
    public record Deeper(Division.Level level, int counted, List<PendingBelow> pending) {

        public static final Deeper NONE = new Deeper(null, 0, List.of());

        public Deeper {
            pending = List.copyOf(pending);
        }
    }

    /** A unit below a ranked one outside the totals, with the id of the ranked unit it is in. */
    public record PendingBelow(Division unit, int rankedId, Pending pending) {}

    /** The same, for the units a reader limited to part of the page may see. */
    Acceptance only(Predicate<Integer> shown) {
        var kept = new HashMap<Integer, Pending>();
        pending.forEach((id, p) -> {
            if (shown.test(id)) {
                kept.put(id, p);
            }
        });
        var below =
                deeper.pending().stream().filter(p -> shown.test(p.unit().id())).toList();
        return new Acceptance(
                applies, kept, accepted, new Deeper(deeper.level(), deeper.counted(), below), sameAsLastYear);
    }
}
