package org.minsheng.figure;

import java.util.List;
import java.util.Map;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;
import org.minsheng.period.Period;

/**
 * How far the units under one unit have got with a period. Where the focus's children report themselves
 * (a city's districts, a county's towns) each row is a unit with the state of each of its cells; where
 * they do not (a province's cities, the country's provinces) each child is one line of counts rolled up
 * over the reporting units below it ("12 个县区中 9 个已提交，2 个逾期"), and {@link #rows} is empty.
 *
 * @param focus    the unit whose tracker this is
 * @param path     the focus's ancestors the reader may open, from the topmost, ending with the focus
 * @param rows     the reporting units' own states, when the focus's children report themselves
 * @param children each child's rolled-up completeness, when they do not
 * @param rolledUp whether the tracker counts its children's subtrees rather than listing cells
 */
public record Tracker(
        Period period,
        Division focus,
        List<Division> path,
        List<Indicator> indicators,
        List<Row> rows,
        List<Child> children,
        boolean rolledUp) {

    /** Units that have submitted every figure they must report for the period (or had them approved). */
    public long submittedUnits() {
        return completeness().submitted();
    }

    public long overdueUnits() {
        return completeness().overdue();
    }

    /** The whole page's count: every reporting unit listed, or every one below the focus's children. */
    public Completeness completeness() {
        if (rolledUp) {
            return children.stream().map(Child::completeness).reduce(Completeness.NONE, Completeness::plus);
        }
        var counted = rows.stream().filter(Row::counted).toList();
        return new Completeness(
                counted.stream().map(r -> r.division().level()).distinct().count() == 1
                        ? counted.getFirst().division().level()
                        : null,
                counted.size(),
                (int) counted.stream().filter(Row::submitted).count(),
                (int) counted.stream().filter(Row::overdue).count());
    }

    /**
     * @param submitted every figure the unit must report for the period is submitted, approved or published
     * @param overdue   the due date has passed and some figure it must report is still not submitted
     */
    public record Row(
            Division division,
            Map<Integer, CellState> states,
            int changedSinceApproval,
            boolean submitted,
            boolean overdue) {

        public long count(CellState state) {
            return states.values().stream().filter(s -> s == state).count();
        }

        /**
         * A town below a county is shown for its states but is not a reporting unit: its figures detail its
         * county's, and nobody is chased for them.
         */
        boolean counted() {
            return division.level().compareTo(Division.Level.COUNTY) <= 0;
        }
    }

    /**
     * How many reporting units there are, and how many have submitted and are late.
     *
     * @param level the reporting units' level (县区), or null when they are of several (a city's own
     *              figures beside its districts' in a year period)
     */
    public record Completeness(Division.Level level, int units, int submitted, int overdue) {

        static final Completeness NONE = new Completeness(null, 0, 0, 0);

        public int outstanding() {
            return units - submitted;
        }

        Completeness plus(Completeness other) {
            Division.Level both;
            if (units == 0) {
                both = other.level;
            } else if (other.units == 0) {
                both = level;
            } else {
                both = level == other.level ? level : null;
            }
            return new Completeness(both, units + other.units, submitted + other.submitted, overdue + other.overdue);
        }
    }

    /** A child of the focus with the completeness of the reporting units in its subtree. */
    public record Child(Division division, Completeness completeness) {}
}
