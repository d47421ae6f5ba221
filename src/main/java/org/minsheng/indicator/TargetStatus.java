package org.minsheng.indicator;

import java.math.BigDecimal;

/**
 * Where a figure stands against its target: the word and the colour every page, image and export shows
 * beside it. A year still in progress has no verdict yet for most directions: a district with a quarter
 * of its roads built in March is on its way, not behind (a tester saw 未完成 in red after January alone).
 */
public enum TargetStatus {
    /** the target is reached */
    MET,
    /** the year is still running and the target not reached yet, nor out of reach: no verdict, neutral */
    IN_PROGRESS,
    /** the year is over and the target not reached, or, for "at most", the limit already passed */
    MISSED;

    /**
     * The status of {@code actual} against {@code target}.
     *
     * @param yearOver the target's year is over (all its periods published up to its last), so the figure
     *                 is final and a target not reached is missed
     */
    public static TargetStatus of(Target target, BigDecimal actual, boolean yearOver) {
        return of(target, actual, yearOver, true);
    }

    /**
     * The status of a figure that may count only some of its units.
     *
     * @param complete every unit the figure counts has reported it; false for a total of some units only, which
     *                 the units still to come can only add to: a total that reached its target upward stays
     *                 reached, but one that is down at its target (a zero, a decrease, a ceiling kept) is no
     *                 verdict yet. A city's 0 of one district of eleven read 「已实现清零」 (a tester's tour).
     */
    public static TargetStatus of(Target target, BigDecimal actual, boolean yearOver, boolean complete) {
        var status = judged(target, actual, yearOver);
        return !complete && status == MET && target.direction() != TargetDirection.INCREASE_TO ? IN_PROGRESS : status;
    }

    private static TargetStatus judged(Target target, BigDecimal actual, boolean yearOver) {
        boolean met = target.isMetBy(actual);
        if (yearOver) {
            return met ? MET : MISSED;
        }
        return switch (target.direction()) {
            // "increase to", "decrease to", "reach zero": the figure is meant to get there by the year's end;
            // reached already, it is shown as reached (as of the data's date), otherwise it is still on its way
            case INCREASE_TO, DECREASE_TO, REACH_ZERO -> met ? MET : IN_PROGRESS;
            // "at most" holds all along: a figure over the limit has broken it, and no later month mends that
            // (a year's count only grows, a level that was over stays a breach), so the warning is shown at
            // once; a figure within the limit has kept it so far, which is no verdict on the year
            case AT_MOST -> met ? IN_PROGRESS : MISSED;
        };
    }
}
