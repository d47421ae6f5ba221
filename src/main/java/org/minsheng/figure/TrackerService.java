package org.minsheng.figure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.minsheng.base.RefusedException;
import org.minsheng.base.UnknownException;
import org.minsheng.division.Division;
import org.minsheng.division.DivisionService;
import org.minsheng.indicator.Indicator;
import org.minsheng.period.Period;
import org.minsheng.period.PeriodService;
import org.minsheng.security.AppUser;
import org.minsheng.security.CurrentUser;
import org.minsheng.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The submission tracker of any unit: the states of the cells of the units that report below it, or, above
 * the reporting units (a province, the country), each child's rolled-up counts. Reviewers, leaders and
 * administrators see every unit, a leader scoped to a unit that unit's subtree only; a statistician sees
 * only their own units. States and counts only, never values, so a draft's number reaches nobody but its
 * author.
 */
@Service
@Transactional(readOnly = true)
public class TrackerService {

    private static final Set<CellState> NOT_SUBMITTED = Set.of(CellState.EMPTY, CellState.DRAFT, CellState.RETURNED);

    private final CellAssembler assembler;
    private final TrackerRepository reads;
    private final PeriodService periods;
    private final DivisionService divisions;
    private final CurrentUser currentUser;
    private final Clock clock;

    TrackerService(
            CellAssembler assembler,
            TrackerRepository reads,
            PeriodService periods,
            DivisionService divisions,
            CurrentUser currentUser,
            Clock clock) {
        this.clock = clock;
        this.assembler = assembler;
        this.reads = reads;
        this.periods = periods;
        this.divisions = divisions;
        this.currentUser = currentUser;
    }

    /** The tracker a reader opens first: the root's, or a scoped leader's own unit's. */
    public Tracker tracker(int periodId) {
        return tracker(periodId, null);
    }

    /**
     * The tracker of the unit with this code ({@code null}: the one a reader opens first). Refuses a code
     * no unit has as unknown, and a unit outside the installation or outside the reader's scope, before
     * reading anything of it.
     */
    public Tracker tracker(int periodId, String divisionCode) {
        var user = currentUser.require(Role.REVIEWER, Role.LEADER, Role.ADMINISTRATOR, Role.STATISTICIAN);
        var seesAll = user.has(Role.REVIEWER) || user.has(Role.LEADER) || user.has(Role.ADMINISTRATOR);
        // a leader scoped to a unit follows that unit and the units below it, as on the dashboard
        var readable = currentUser.readingScope();
        var root = divisions.city();
        var code = divisionCode != null ? divisionCode : readable.limited() ? readable.home() : root.code();
        var line = reads.line(code);
        if (line.isEmpty()) {
            // a code no unit has (?division=999999): the address is wrong, not the reader's rights, and every
            // reader is told so, as the dashboard tells them; it was called outside their scope (a stranger's
            // trial)
            throw new UnknownException("dashboards.error.unknownUnit", code);
        }
        int rootAt = line.stream().map(Division::id).toList().indexOf(root.id());
        if (rootAt < 0) {
            // not a unit of this installation (a neighbouring province's city): nobody here follows it
            throw new RefusedException("scope.error.outside", root.name());
        }
        var path = line.subList(rootAt, line.size());
        var focus = path.getLast();
        Predicate<Division> opens;
        Predicate<Integer> sees;
        if (seesAll) {
            readable.require(focus.id());
            opens = d -> readable.covers(d.id());
            sees = readable::covers;
        } else {
            // a statistician follows their own units, from the root's page or their own unit's
            var scope = user.scope();
            int ownAt = firstIndex(path, d -> scope.contains(d.id()));
            if (focus.id() != root.id() && ownAt < 0) {
                throw new RefusedException("scope.error.outside", ownUnits(user));
            }
            opens = d -> d.id() == root.id() || (ownAt >= 0 && path.indexOf(d) >= ownAt);
            sees = id -> scope.contains(id) || ownAt >= 0;
        }
        var period = periods.get(periodId);
        var indicators = assembler.indicatorsFor(period);
        var shownPath = path.stream().filter(opens).toList();
        // above the reporting units the rows are the children's subtrees, counted in SQL
        if (focus.level().compareTo(Division.Level.CITY) < 0) {
            return rolledUp(
                    period,
                    focus,
                    shownPath,
                    indicators,
                    seesAll ? Optional.empty() : Optional.<Collection<Integer>>of(user.scope()));
        }
        var units = new ArrayList<Division>();
        units.add(focus);
        units.addAll(divisions.childrenIn(focus.id(), period.year()));
        var shown = CellAssembler.reporting(units, indicators).stream()
                .filter(d -> sees.test(d.id()))
                .toList();
        return new Tracker(period, focus, shownPath, indicators, rows(period, shown, indicators), List.of(), false);
    }

    private Tracker rolledUp(
            Period period,
            Division focus,
            List<Division> path,
            List<Indicator> indicators,
            Optional<Collection<Integer>> only) {
        boolean annualOnly = periods.annualOnly(period.year());
        var counts = TrackerRepository.byChild(reads.rolledUp(
                focus.id(),
                period.id(),
                period.year(),
                reported(period, indicators, Division.Level.CITY, annualOnly),
                reported(period, indicators, Division.Level.COUNTY, annualOnly),
                only));
        boolean pastDue = pastDue(period, annualOnly);
        var children = divisions.childrenIn(focus.id(), period.year()).stream()
                .filter(child -> only.isEmpty() || counts.containsKey(child.id()))
                .map(child -> new Tracker.Child(
                        child,
                        counts.getOrDefault(child.id(), List.of()).stream()
                                .map(c -> new Tracker.Completeness(
                                        c.level(), c.units(), c.submitted(), pastDue ? c.units() - c.submitted() : 0))
                                .reduce(Tracker.Completeness.NONE, Tracker.Completeness::plus)))
                .toList();
        return new Tracker(period, focus, path, indicators, List.of(), children, true);
    }

    /** The indicators a unit of this level reports in the period, and those it must. */
    private static TrackerRepository.Reported reported(
            Period period, List<Indicator> indicators, Division.Level level, boolean annualOnly) {
        var unit = new Division(0, "", "", level, null);
        var reported =
                indicators.stream().filter(i -> CellAssembler.reports(unit, i)).toList();
        return TrackerRepository.Reported.of(
                reported.stream().map(Indicator::id).toList(),
                reported.stream()
                        .filter(i -> CellAssembler.required(period, i, annualOnly))
                        .map(Indicator::id)
                        .toList());
    }

    private List<Tracker.Row> rows(Period period, List<Division> units, List<Indicator> indicators) {
        var cells = assembler.states(period, units, indicators);
        boolean annualOnly = periods.annualOnly(period.year());
        boolean pastDue = pastDue(period, annualOnly);
        return units.stream()
                .map(unit -> {
                    var states = new LinkedHashMap<Integer, CellState>();
                    int changed = 0;
                    for (var cell : cells) {
                        if (cell.key().divisionId() == unit.id()) {
                            states.put(cell.key().indicatorId(), cell.state());
                            changed += cell.changedSinceApproval() && cell.revision() > 0 ? 1 : 0;
                        }
                    }
                    boolean submitted = indicators.stream()
                            .noneMatch(i -> states.containsKey(i.id())
                                    && NOT_SUBMITTED.contains(states.get(i.id()))
                                    && CellAssembler.required(period, i, annualOnly));
                    var row = new Tracker.Row(unit, states, changed, submitted, false);
                    // a town's figures detail its county's: shown, never chased
                    return row.counted() && pastDue && !submitted
                            ? new Tracker.Row(unit, states, changed, submitted, true)
                            : row;
                })
                .toList();
    }

    /** The months of a year reported as totals are never late: their figures come in the year period. */
    private boolean pastDue(Period period, boolean annualOnly) {
        var today = LocalDate.now(clock);
        return period.dueOn() != null
                && today.isAfter(period.dueOn())
                && !period.isPublished()
                && (period.isYear() || !annualOnly);
    }

    private static int firstIndex(List<Division> path, Predicate<Division> test) {
        for (int i = 0; i < path.size(); i++) {
            if (test.test(path.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private String ownUnits(AppUser user) {
        var names = user.scope().stream().map(reads::name).collect(Collectors.joining("、"));
        return names.isEmpty() ? divisions.city().name() : names;
    }
}
