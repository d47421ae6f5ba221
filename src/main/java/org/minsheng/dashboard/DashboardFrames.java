package org.minsheng.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.minsheng.approval.ApprovalLevels;
import org.minsheng.division.Division;
import org.minsheng.division.DivisionException;
import org.minsheng.division.DivisionHistoryService;
import org.minsheng.division.DivisionService;
import org.minsheng.indicator.Indicator;
import org.minsheng.indicator.IndicatorService;
import org.minsheng.indicator.Target;
import org.springframework.stereotype.Component;

/**
 * Which units a page shows, for any focus of the installation's subtree. A city installation keeps the
 * pages it always had: the city ranking its districts, and the page of a district without towns within
 * the city's, both read by the city's roll-up. Any other focus (a district with towns, which ranks them) (a town there; a province, a city or a county
 * of a province) is a page of its own: the focus's value by each indicator's rule and its children ranked,
 * each read along the hierarchy (docs/levels.md), so a child that reports nothing shows its own children's
 * total.
 */
@Component
class DashboardFrames {

    /** Which year and division link a frame is of. */
    record Key(int year, String division) {}

    /**
     * What a page is framed by, which no approval changes: the units, the catalogue and targets, each
     * indicator's category, a district's line and towns, whether its figures are read along the
     * hierarchy, the level whose units' years the focus accepts (null: none), and those of its children
     * whose value on the page is what they count themselves: children that accept units of their own (three
     * or more approval levels) and children of an unlisted level between the focus and the level it
     * accepts (福建省's cities with {county, province}). Read again whenever V113's version moves (V130:
     * approval levels move it too).
     */
    record Frame(
            PageUnits units,
            List<Indicator> catalogue,
            List<Target> targets,
            Map<Integer, String> categories,
            List<Division> line,
            List<Division> towns,
            boolean levels,
            Division.Level accepts,
            List<Accepting> below) {}

    /**
     * A unit below a page's focus whose children of level {@code accepts} count once their year is
     * accepted: one that accepts them itself (with three or more approval levels, 福建省 below 全国), so on
     * the focus's page its value is what its own page counts, or one of an unlisted level between the focus
     * and the units the focus accepts (a city under 福建省 accepting counties), worth its accepted units.
     */
    record Accepting(Division unit, Division.Level accepts, List<Division> children, List<Accepting> below) {}

    private final FrameRepository reads;
    private final AcceptanceRepository acceptances;
    private final DivisionService divisions;
    private final IndicatorService indicators;
    private final DivisionHistoryService history;

    DashboardFrames(
            FrameRepository reads,
            AcceptanceRepository acceptances,
            DivisionService divisions,
            IndicatorService indicators,
            DivisionHistoryService history) {
        this.reads = reads;
        this.acceptances = acceptances;
        this.divisions = divisions;
        this.indicators = indicators;
        this.history = history;
    }

    /** An unknown code, or one outside the installation, opens the root's page, as it always has. */
    Frame frame(Key key) {
        var root = divisions.city();
        int year = key.year();
        if (root.level() == Division.Level.CITY) {
            var counties = divisions.countiesIn(year);
            var district = district(key.division(), counties);
            if (district.isPresent()) {
                // a unit's page ranks its children: a district with towns ranks them, as a county of a
                // province does; one without keeps the district view the city has always had
                var towns = divisions.childrenIn(district.get().id(), year);
                if (!towns.isEmpty()) {
                    return unitFrame(List.of(root, district.get()), line(district.get()), towns, year);
                }
            }
            if (key.division() == null || district.isPresent()) {
                return cityFrame(root, district.orElse(root), counties, year);
            }
            // below a district (a town), or else the root's page as for any unknown code
            var path = reads.pathFrom(root.id(), key.division());
            return path.size() < 3 ? cityFrame(root, root, counties, year) : unitFrame(path, year);
        }
        var path = key.division() == null ? List.<Division>of() : reads.pathFrom(root.id(), key.division());
        return unitFrame(path.isEmpty() ? List.of(root) : path, year);
    }

    /** The city's page or a district's, read by the city's roll-up. */
    private Frame cityFrame(Division city, Division focus, List<Division> counties, int year) {
        boolean cityPage = focus.id() == city.id();
        var line = cityPage ? List.<Division>of() : line(focus);
        var formerly = line.stream().filter(d -> d.id() != focus.id()).toList();
        var before = divisions.countiesIn(year - 1);
        return new Frame(
                units(city, focus, counties, formerly, before, cityPage ? List.of(city) : List.of(city, focus)),
                indicators.indicatorsOf(year),
                indicators.targetsUnder(city.id(), year),
                cityPage ? reads.indicatorCategories() : Map.of(),
                line,
                cityPage ? List.of() : towns(focus),
                false,
                cityPage ? accepts(city) : null,
                cityPage ? accepting(counties, city, year) : List.of());
    }

    /** The page of the last unit of {@code path}, ranking its children. */
    private Frame unitFrame(List<Division> path, int year) {
        return unitFrame(path, List.of(), divisions.childrenIn(path.getLast().id(), year), year);
    }

    /**
     * The page of the last unit of {@code path}, ranking {@code children}; {@code line} is the units it
     * replaced and that replaced it (a district of the city), whose years its years chart follows.
     */
    private Frame unitFrame(List<Division> path, List<Division> line, List<Division> children, int year) {
        var focus = path.getLast();
        var before = divisions.childrenIn(focus.id(), year - 1);
        var formerly = line.stream().filter(d -> d.id() != focus.id()).toList();
        return new Frame(
                units(focus, focus, children, formerly, before, path),
                indicators.indicatorsOf(year),
                indicators.targetsUnder(focus.id(), year),
                reads.indicatorCategories(),
                line,
                List.of(),
                true,
                accepts(focus),
                accepting(children, focus, year));
    }

    /**
     * The units among {@code children} of {@code focus} whose value on its page is what they count
     * themselves rather than every approved figure below them, each with its children and theirs that are,
     * down to the deepest listed level: read once per structure version, so a page never looks the tree up
     * again. A focus that accepts a level (docs/levels.md, "Approval levels") counts its accepted units of
     * it, across any unlisted level between ({county, province}: 福建省's cities are worth their accepted
     * counties); a focus of an unlisted level decides nothing, but a child that accepts units of its own
     * ({county, city, country}: a city on 福建省's page) is worth what its own page counts.
     */
    private List<Accepting> accepting(List<Division> children, Division focus, int year) {
        var levels = acceptances.approvalLevels();
        var accepts = levels.accepts(focus.level());
        if (accepts != null) {
            return accepting(children, accepts, levels, year);
        }
        var below = levels.nextBelow(focus.level());
        if (below == null || levels.accepts(below) == null) {
            return List.of(); // the deepest listed level below approves figures: every approved one counts
        }
        return accepting(children.stream().filter(c -> c.level() == below).toList(), below, levels, year);
    }

    /**
     * Those of {@code units} that accept a level of their own, or that lie between the accepting unit and
     * the units of the {@code accepted} level it accepts, each with its children and theirs.
     */
    private List<Accepting> accepting(List<Division> units, Division.Level accepted, ApprovalLevels levels, int year) {
        var below = new ArrayList<Accepting>();
        for (var unit : units) {
            // a unit of an unlisted level between (a city under 福建省 accepting counties) is worth the
            // units of the accepted level below it that were accepted, the decisions its parent's level took
            var accepts = unit.level() == accepted
                    ? levels.accepts(unit.level())
                    : unit.level().compareTo(accepted) < 0 ? accepted : null;
            if (accepts != null) {
                var children = divisions.childrenIn(unit.id(), year);
                below.add(new Accepting(unit, accepts, children, accepting(children, accepts, levels, year)));
            }
        }
        return List.copyOf(below);
    }

    /**
     * The level whose units' years {@code unit} accepts (docs/levels.md, "Approval levels"), by
     * {@link ApprovalLevels#accepts}: the next listed level below the unit's, across any unlisted one,
     * when the unit's level is listed; null when it is not, when it is the deepest listed (it approves
     * figures), or when no level is listed (the city product).
     */
    private Division.Level accepts(Division unit) {
        return acceptances.approvalLevels().accepts(unit.level());
    }

    /** The district with the units it replaced and that replaced it, so its trend reads across a rename. */
    private List<Division> line(Division district) {
        return history.lineage(district.code()).chain().stream()
                .map(n -> new Division(n.id(), n.code(), n.name(), n.level(), n.parentId()))
                .toList();
    }

    private List<Division> towns(Division district) {
        return divisions.node(district.code()).map(node -> divisions.children(node, 0, 2000)).orElse(List.of()).stream()
                .map(n -> new Division(n.id(), n.code(), n.name(), n.level(), n.parentId()))
                .toList();
    }

    /** The district of the code, or of its line in the chosen year (a 龙海区 link for 2020 is 龙海市). */
    private Optional<Division> district(String code, List<Division> counties) {
        if (code == null) {
            return Optional.empty();
        }
        var direct = counties.stream().filter(c -> c.code().equals(code)).findFirst();
        if (direct.isPresent()) {
            return direct;
        }
        try {
            var line = history.lineage(code).codes();
            return counties.stream().filter(c -> line.contains(c.code())).findFirst();
        } catch (DivisionException unknown) {
            return Optional.empty();
        }
    }

    /** The page's units, with last year's units ({@code before}) they succeed and those new this year. */
    private PageUnits units(
            Division city,
            Division focus,
            List<Division> units,
            List<Division> formerly,
            List<Division> before,
            List<Division> path) {
        var predecessors = predecessors(units, before);
        // a unit valid from this year that succeeds none of last year's (a town the README's import adds for
        // 2021) did not exist last year: its 同比 bar of last year said 暂无数据, as if a figure were missing
        var founded = units.stream()
                .filter(c -> !before.contains(c) && !predecessors.containsKey(c.id()))
                .map(Division::id)
                .collect(Collectors.toSet());
        return new PageUnits(city, focus, units, formerly, predecessors, path, founded);
    }

    /** Units new this year mapped to the unit they replaced, so 同比 compares 龙海区 with 龙海市. */
    private Map<Integer, Integer> predecessors(List<Division> units, List<Division> before) {
        var map = new HashMap<Integer, Integer>();
        if (before.isEmpty()) {
            return map; // no unit last year to compare with
        }
        units.stream().filter(c -> !before.contains(c)).forEach(c -> {
            var line = history.lineage(c.code()).predecessors();
            before.stream()
                    .filter(b -> line.stream().anyMatch(p -> p.id() == b.id()))
                    .findFirst()
                    .ifPresent(b -> map.put(c.id(), b.id()));
        });
        return map;
    }
}
