package org.minsheng.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minsheng.division.Division;

/**
 * Which units a page's totals count in which year where the focus's level accepts the years of the units it
 * ranks (docs/levels.md, "Approval levels"), read from the acceptance decisions once per page: each child's
 * accepted years, the children of another level, which count in every year, and below each child that
 * accepts units of its own (福建省 on the country's page) its own such units, down every accepting level.
 * Apart from {@link AcceptedTotals}, which rolls the page's rows up again from the units counted here,
 * because this is also what the page's acceptance note says whatever the rows hold: the ranked units left
 * out, those further down ({@link Acceptance#deeper}), and whether last year's totals count the same units.
 *
 * <p>A focus that accepts a level below the one it ranks ({county, province}: 福建省 accepting counties
 * across its unlisted cities) counts each ranked city as its accepted counties, and names the counties left
 * out. A focus of an unlisted level decides nothing: its ranked units that accept units of their own are
 * worth what they count, the others every approved figure.
 */
final class AcceptedUnits {

    /** A page with nothing to accept. */
    static final AcceptedUnits NONE =
            new AcceptedUnits(null, Set.of(), Map.of(), Set.of(), Set.of(), null, List.of(), Map.of(), Acceptance.NONE);

    /** The focus's rule of each indicator, keeping the indicators it has a figure of its own of. */
    private final TotalsByRule byRule;
    /** The ids a total counts whatever was decided: the focus's own rows on the city's roll-up. */
    private final Set<Integer> alwaysCounted;
    /** Each child of the accepted level's accepted years. */
    private final Map<Integer, Set<Integer>> acceptedYears;
    /** Children of another level than the one accepted: they count in every year. */
    private final Set<Integer> others;
    /** Children of the accepted level, each counted in the years accepted only. */
    private final Set<Integer> ofAcceptedLevel;
    /** The level whose units' years count, or null: a focus of an unlisted level decides nothing. */
    private final Division.Level accepts;
    /** The units this one's page ranks, in the page's order. */
    private final List<Division> children;
    /**
     * The units of each child that accepts units of its own, or lies between this unit and the units of
     * the level it accepts (a city under 福建省 accepting counties), by its id: its value is what they count.
     */
    private final Map<Integer, AcceptedUnits> below;

    private final Acceptance acceptance;

    private AcceptedUnits(
            TotalsByRule byRule,
            Set<Integer> alwaysCounted,
            Map<Integer, Set<Integer>> acceptedYears,
            Set<Integer> others,
            Set<Integer> ofAcceptedLevel,
            Division.Level accepts,
            List<Division> children,
            Map<Integer, AcceptedUnits> below,
            Acceptance acceptance) {
        this.byRule = byRule;
        this.alwaysCounted = alwaysCounted;
        this.acceptedYears = acceptedYears;
        this.others = others;
        this.ofAcceptedLevel = ofAcceptedLevel;
        this.accepts = accepts;
        this.children = children;
        this.below = below;
        this.acceptance = acceptance;
    }

    /**
     * The units a frame's page counts in {@code year} and the years before it down to {@code from}: NONE
     * unless the frame's focus accepts a level of units below it or ranks children that do.
     */
    static AcceptedUnits of(AcceptanceRepository acceptances, DashboardFrames.Frame frame, int from, int year) {
        var units = frame.units();
        var accepts = frame.accepts();
        if ((accepts == null && frame.below().isEmpty())
                || units.focus().id() != units.city().id()) {
            return NONE;
        }
        var focus = units.focus();
        // the city's roll-up reads the city's own figures as a row of its own; the hierarchy's as its total
        var always = frame.levels() ? Set.<Integer>of() : Set.of(focus.id());
        var own = frame.levels() ? acceptances.ownFigures(focus.id(), from, year) : Set.<AcceptanceRepository.Own>of();
        var page = of(
                acceptances,
                acceptances.rules(),
                new DashboardFrames.Accepting(focus, accepts, units.counties(), frame.below()),
                always,
                own,
                from,
                year);
        return page.with(new Acceptance(
                true, page.acceptance.pending(), accepts, page.deeper(), page.comparable(year, units.predecessors())));
    }

    /** The units of {@code unit}'s page, and of each unit below it that accepts units in turn. */
    private static AcceptedUnits of(
            AcceptanceRepository acceptances,
            Map<Integer, AcceptanceRepository.Rule> rules,
            DashboardFrames.Accepting unit,
            Set<Integer> always,
            Set<AcceptanceRepository.Own> own,
            int from,
            int year) {
        var acceptedYears = new HashMap<Integer, Set<Integer>>();
        var returned = new HashMap<Integer, String>();
        for (var d : acceptances.decisions(unit.unit().id(), from, year)) {
            if (d.accepted()) {
                acceptedYears
                        .computeIfAbsent(d.divisionId(), k -> new HashSet<>())
                        .add(d.year());
            } else if (d.year() == year) {
                returned.put(d.divisionId(), d.reason());
            }
        }
        // children of another level than the one accepted (a mixed list) count as they always did
        var others = new HashSet<Integer>();
        var ofAcceptedLevel = new HashSet<Integer>();
        var pending = new LinkedHashMap<Integer, Acceptance.Pending>();
        for (var child : unit.children()) {
            if (child.level() != unit.accepts()) {
                others.add(child.id());
                continue;
            }
            ofAcceptedLevel.add(child.id());
            if (!acceptedYears.getOrDefault(child.id(), Set.of()).contains(year)) {
                pending.put(
                        child.id(), new Acceptance.Pending(returned.containsKey(child.id()), returned.get(child.id())));
            }
        }
        var below = new HashMap<Integer, AcceptedUnits>();
        for (var child : unit.below()) {
            // a unit below the root is always read along the hierarchy: its own figures are its total
            var childOwn = acceptances.ownFigures(child.unit().id(), from, year);
            below.put(child.unit().id(), of(acceptances, rules, child, Set.of(), childOwn, from, year));
        }
        // a total of a year counts the children of another level and those accepted for that year
        TotalsByRule.Roster roster = inYear -> {
            var counted = new HashSet<>(others);
            acceptedYears.forEach((id, years) -> {
                if (years.contains(inYear)) {
                    counted.add(id);
                }
            });
            return counted;
        };
        return new AcceptedUnits(
                new TotalsByRule(rules, own, always, roster),
                always,
                acceptedYears,
                others,
                ofAcceptedLevel,
                unit.accepts(),
                unit.children(),
                below,
                new Acceptance(true, pending, unit.accepts(), Acceptance.Deeper.NONE));
    }

    private AcceptedUnits with(Acceptance page) {
        return new AcceptedUnits(
                byRule, alwaysCounted, acceptedYears, others, ofAcceptedLevel, accepts, children, below, page);
    }

    /**
     * The units below the ranked ones whose years the totals follow: those of the ranked units worth what
     * they count that are not pending themselves (a pending ranked unit is marked on its own), and down
     * through theirs, so a county 福建省 has not accepted is named on its page though it ranks cities.
     */
    private Acceptance.Deeper deeper() {
        var pending = new ArrayList<Acceptance.PendingBelow>();
        var counted = new int[1];
        var level = new ArrayList<Division.Level>(1);
        collectBelow(null, pending, counted, level);
        return level.isEmpty() ? Acceptance.Deeper.NONE : new Acceptance.Deeper(level.getFirst(), counted[0], pending);
    }

    private void collectBelow(
            Integer ranked, List<Acceptance.PendingBelow> pending, int[] counted, List<Division.Level> level) {
        for (var child : children) {
            var node = below.get(child.id());
            if (node == null || acceptance.pending().containsKey(child.id())) {
                continue;
            }
            int in = ranked == null ? child.id() : ranked;
            if (level.isEmpty()) {
                level.add(node.accepts);
            }
            for (var unit : node.children) {
                if (node.ofAcceptedLevel.contains(unit.id())) {
                    var waiting = node.acceptance.pending().get(unit.id());
                    if (waiting == null) {
                        counted[0]++;
                    } else {
                        pending.add(new Acceptance.PendingBelow(unit, in, waiting));
                    }
                }
            }
            node.collectBelow(in, pending, counted, level);
        }
    }

    /**
     * Whether the totals of {@code year} and of the year before count the same units, or one of them counts
     * none (a year nobody was accepted for has no total to compare, and says so as a year without figures).
     */
    private boolean comparable(int year, Map<Integer, Integer> predecessors) {
        return countsAlike(year, year - 1, predecessors)
                || children.stream().noneMatch(c -> counted(c.id(), year))
                || children.stream().noneMatch(c -> counted(predecessors.getOrDefault(c.id(), c.id()), year - 1));
    }

    /**
     * The totals of {@code year} and of {@code earlier} count the same units, down every accepting level:
     * each unit counted in one is counted in the other (last year under its predecessor's id, {@code
     * predecessors}, which this level alone has; a renamed unit further down then reads as a different
     * one, which withholds a change rather than claiming one).
     */
    private boolean countsAlike(int year, int earlier, Map<Integer, Integer> predecessors) {
        for (var child : children) {
            boolean now = counted(child.id(), year);
            if (now != counted(predecessors.getOrDefault(child.id(), child.id()), earlier)) {
                return false;
            }
            var node = below.get(child.id());
            if (now && node != null && !node.countsAlike(year, earlier, Map.of())) {
                return false;
            }
        }
        return true;
    }

    boolean applies() {
        return acceptance.applies();
    }

    /** The ranked units outside the totals of the page's year, for the page to mark and name. */
    Acceptance acceptance() {
        return acceptance;
    }

    /** The focus's rule of each indicator, by which its totals are rolled up again from the counted rows. */
    TotalsByRule byRule() {
        return byRule;
    }

    /** The units below whose value is what they count themselves, each with its own, by id. */
    Map<Integer, AcceptedUnits> below() {
        return below;
    }

    /** Every unit of the accepted level below this one is accepted for the year, down every level. */
    boolean complete(int inYear) {
        return ofAcceptedLevel.stream()
                        .allMatch(id -> acceptedYears.getOrDefault(id, Set.of()).contains(inYear))
                && below.values().stream().allMatch(b -> b.complete(inYear));
    }

    /** Whether {@code divisionId}'s row of {@code inYear} counts towards the totals. */
    boolean counted(int divisionId, int inYear) {
        return alwaysCounted.contains(divisionId)
                || others.contains(divisionId)
                || acceptedYears.getOrDefault(divisionId, Set.of()).contains(inYear);
    }
}
