package org.minsheng.dashboard;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minsheng.division.Division;

/**
 * The units of a page ({@link Dashboard}). A record of its own because it is built apart from the page's
 * figures: {@link DashboardFrames} frames it once per structure version, {@link DashboardScope} cuts it
 * down for a reader limited to part of it.
 *
 * @param city         the unit whose children the page ranks: a city installation's root on its own
 *                     page and on a district's, else the focus itself (a province, a city or county
 *                     of a province, a town)
 * @param focus        the unit chosen: a district of the city, or the city (then the same as city)
 * @param counties     the children of {@code city} the page ranks, whatever their level
 * @param formerly     the other units of the focus's line (龙海区 for 龙海市 and back), oldest first
 * @param predecessors a district of this year mapped to its predecessor last year (龙海区 → 龙海市)
 * @param path         the breadcrumbs: the installation's root (or the reader's own unit) down to the focus
 * @param founded      the units of {@code counties} that did not exist last year and succeed none that did (a
 *                     town valid from this year): last year has no figure of theirs to miss
 */
public record PageUnits(
        Division city,
        Division focus,
        List<Division> counties,
        List<Division> formerly,
        Map<Integer, Integer> predecessors,
        List<Division> path,
        Set<Integer> founded) {

    public PageUnits {
        path = List.copyOf(path);
        founded = Set.copyOf(founded);
    }

    /** Units that all existed last year, or were all read apart from last year's. */
    public PageUnits(
            Division city,
            Division focus,
            List<Division> counties,
            List<Division> formerly,
            Map<Integer, Integer> predecessors,
            List<Division> path) {
        this(city, focus, counties, formerly, predecessors, path, Set.of());
    }

    /** A city's page or one of its districts': the city, then the district. */
    public PageUnits(
            Division city,
            Division focus,
            List<Division> counties,
            List<Division> formerly,
            Map<Integer, Integer> predecessors) {
        this(
                city,
                focus,
                counties,
                formerly,
                predecessors,
                focus.id() == city.id() ? List.of(city) : List.of(city, focus));
    }
}
