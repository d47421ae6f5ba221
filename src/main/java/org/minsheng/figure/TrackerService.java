package org.minsheng.figure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.minsheng.division.DivisionService;
import org.minsheng.period.PeriodService;
import org.minsheng.security.CurrentUser;
import org.minsheng.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The submission tracker: districts by indicators with each cell's state. Reviewers, leaders and
 * administrators see every district; a statistician sees only their own. States only, never values,
 * so a draft's number reaches nobody but its author.
 */
@Service
@Transactional(readOnly = true)
public class TrackerService {

    private static final Set<CellState> NOT_SUBMITTED = Set.of(CellState.EMPTY, CellState.DRAFT, CellState.RETURNED);

    private final CellAssembler assembler;
    private final PeriodService periods;
    private final DivisionService divisions;
    private final CurrentUser currentUser;
    private final Clock clock;

    TrackerService(
            CellAssembler assembler,
            PeriodService periods,
            DivisionService divisions,
            CurrentUser currentUser,
            Clock clock) {
        this.clock = clock;
        this.assembler = assembler;
        this.periods = periods;
        this.divisions = divisions;
        this.currentUser = currentUser;
    }

    public Tracker tracker(int periodId) {
        var user = currentUser.require(Role.REVIEWER, Role.LEADER, Role.ADMINISTRATOR, Role.STATISTICIAN);
        var period = periods.get(periodId);
        var seesAll = user.has(Role.REVIEWER) || user.has(Role.LEADER) || user.has(Role.ADMINISTRATOR);
        // a leader scoped to a unit follows that unit and the units below it, as on the dashboard
        var readable = currentUser.readingScope();
        var indicators = assembler.indicatorsFor(period);
        var counties = CellAssembler.reporting(divisions.reportingUnitsIn(period.year()), indicators).stream()
                .filter(d -> seesAll ? readable.covers(d.id()) : user.scope().contains(d.id()))
                .toList();
        var cells = assembler.states(period, counties, indicators);
        var today = LocalDate.now(clock);
        // the months of a year reported as totals are never late: their figures come in the year period
        boolean annualOnly = periods.annualOnly(period.year());
        boolean pastDue = period.dueOn() != null
                && today.isAfter(period.dueOn())
                && !period.isPublished()
                && (period.isYear() || !annualOnly);
        List<Tracker.Row> rows = counties.stream()
                .map(county -> {
                    var states = new LinkedHashMap<Integer, CellState>();
                    int changed = 0;
                    for (var cell : cells) {
                        if (cell.key().divisionId() == county.id()) {
                            states.put(cell.key().indicatorId(), cell.state());
                            changed += cell.changedSinceApproval() && cell.revision() > 0 ? 1 : 0;
                        }
                    }
                    boolean submitted = indicators.stream()
                            .noneMatch(i -> states.containsKey(i.id())
                                    && NOT_SUBMITTED.contains(states.get(i.id()))
                                    && CellAssembler.required(period, i, annualOnly));
                    return new Tracker.Row(county, states, changed, submitted, pastDue && !submitted);
                })
                .toList();
        return new Tracker(period, indicators, rows);
    }
}
