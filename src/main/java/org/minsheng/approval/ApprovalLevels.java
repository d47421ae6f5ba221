package org.minsheng.approval;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.minsheng.division.Division;

/**
 * The division levels taking part in approval (docs/levels.md, "Approval levels") and the rules every
 * feature asks of them: who approves a unit's figures, who accepts whom, and whose decisions a page counts. The
 * review page, the acceptance list, the dashboards' totals and a unit's publication all read the levels
 * through this type, so a configuration that skips a division level ({county, province}: the province
 * accepts its counties across the unlisted city level) means the same everywhere.
 *
 * @param listed the listed levels; empty: no approval by level, the root's reviewers approve as always
 */
public record ApprovalLevels(Set<Division.Level> listed) {

    public static final ApprovalLevels NONE = new ApprovalLevels(Set.of());

    /**
     * The levels whose units enter figures of their own: a province and the country enter none, their
     * figures are their units' (DivisionService.reportingUnitsIn), so a listed province approves figures
     * only where an unlisted city below it leaves it the city's own ({county, province}).
     */
    private static final Set<Division.Level> ENTERING =
            EnumSet.of(Division.Level.CITY, Division.Level.COUNTY, Division.Level.TOWN);

    public ApprovalLevels {
        listed = listed.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(listed));
    }

    public static ApprovalLevels of(Collection<Division.Level> levels) {
        return levels.isEmpty() ? NONE : new ApprovalLevels(EnumSet.copyOf(levels));
    }

    public boolean none() {
        return listed.isEmpty();
    }

    public boolean listed(Division.Level level) {
        return listed.contains(level);
    }

    /** The listed levels, highest first (province before city). */
    public List<Division.Level> highestFirst() {
        return listed.stream().sorted().toList();
    }

    /**
     * The level whose reviewers approve, return and revise the figures of a unit of {@code level}: its own
     * when listed (a city's own figures by the city's reviewer under {county, city, province}), else the
     * nearest listed level above it (a town's by its county's; a county's by its city's under {city,
     * province}). The one rule of who approves figures. Null with nothing listed (every reviewer over the
     * unit approves, today's product) or with no listed level at or above it.
     */
    public Division.Level approverOf(Division.Level level) {
        return listed.stream()
                .filter(l -> l.compareTo(level) <= 0)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }

    /**
     * The levels of the units, within a unit of {@code level}, whose figures its reviewers approve, by
     * {@link #approverOf}: their own and the unlisted ones down to the next listed level below; every level
     * with nothing listed; none for an unlisted level. Only levels whose units enter figures of their own.
     */
    public Set<Division.Level> figuresApprovedBy(Division.Level level) {
        var levels = EnumSet.noneOf(Division.Level.class);
        for (var entering : ENTERING) {
            if (none() || approverOf(entering) == level) {
                levels.add(entering);
            }
        }
        return Set.copyOf(levels);
    }

    /** Whether units of the level approve figures of any unit ({@link #figuresApprovedBy}). */
    public boolean approvesFigures(Division.Level level) {
        return !figuresApprovedBy(level).isEmpty();
    }

    /**
     * The level whose units' years a unit of {@code level} accepts or returns: the next listed level below
     * it, across any unlisted level between ({county, province}: a province accepts its counties). Null
     * when the level is not listed (it decides nothing), is the deepest listed (it approves figures), or
     * nothing is listed.
     */
    public Division.Level accepts(Division.Level level) {
        return listed(level) ? nextBelow(level) : null;
    }

    /**
     * The next listed level below {@code level}, listed or not: the units whose years a unit of
     * {@code level} counts as decided. Null when none is listed below it.
     */
    public Division.Level nextBelow(Division.Level level) {
        return listed.stream()
                .filter(l -> l.compareTo(level) > 0)
                .min(Comparator.naturalOrder())
                .orElse(null);
    }

    /** Whether a listed level above decides the years of a unit of {@code level}. */
    public boolean answersAbove(Division.Level level) {
        return listed(level) && listed.stream().anyMatch(l -> l.compareTo(level) < 0);
    }
}
