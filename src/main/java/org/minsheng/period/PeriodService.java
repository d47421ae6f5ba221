package org.minsheng.period;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.minsheng.approval.ApprovalService;
import org.minsheng.audit.AuditEvent;
import org.minsheng.audit.AuditLog;
import org.minsheng.base.RefusedException;
import org.minsheng.base.db.ReadOnce;
import org.minsheng.division.Division;
import org.minsheng.security.CurrentUser;
import org.minsheng.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Reporting periods: which are open, closed or published, and how far their review has got. */
@Service
@Transactional(readOnly = true)
public class PeriodService {

    private final PeriodRepository periods;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ApprovalService approvals;

    PeriodService(PeriodRepository periods, CurrentUser currentUser, AuditLog audit, ApprovalService approvals) {
        this.periods = periods;
        this.currentUser = currentUser;
        this.audit = audit;
        this.approvals = approvals;
    }

    /** A period by id; every signed-in user may know which periods exist. */
    public Period get(int id) {
        currentUser.get();
        return periods.find(id).orElseThrow(() -> new RefusedException("period.unknown"));
    }

    /**
     * A period whose figures the caller is about to write: its status cannot change (be published)
     * until the caller's transaction ends, and a publication that came first is seen.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Period getForWriting(int id) {
        currentUser.get();
        return periods.findLocked(id, false).orElseThrow(() -> new RefusedException("period.unknown"));
    }

    /**
     * {@link #getForWriting} for every period a batch writes, in one statement and in id order (so two
     * batches over the same periods queue instead of deadlocking): an import of a city's year locked
     * its twelve months one statement each.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Period> getAllForWriting(Collection<Integer> ids) {
        currentUser.get();
        var locked = periods.findAllLocked(ids);
        if (locked.size() != Set.copyOf(ids).size()) {
            throw new RefusedException("period.unknown");
        }
        return locked;
    }

    /** A period about to be published: waits for figure writes in flight and holds off new ones. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Period lockForPublishing(int id) {
        currentUser.require(Role.REVIEWER);
        return periods.findLocked(id, true).orElseThrow(() -> new RefusedException("period.unknown"));
    }

    /**
     * Whether the administrator declared the year "annual reporting only": its figures are year totals,
     * so its months are never overdue and its trend is one year-end value, not twelve months.
     */
    public boolean annualOnly(int year) {
        currentUser.requireSignedIn();
        return periods.annualOnly(year);
    }

    /** Every period, newest first. */
    public List<Period> all() {
        currentUser.get();
        // an import's dry run maps its file with the periods, then checks it with them
        return new ArrayList<>(ReadOnce.inTransaction(List.of("periods"), periods::findAll));
    }

    /** The period before: the previous month (December of the year before for January), or the previous year. */
    public Optional<Period> previous(Period period) {
        currentUser.requireSignedIn();
        if (period.isYear()) {
            return periods.find(period.year() - 1, null);
        }
        return period.month() == 1
                ? periods.find(period.year() - 1, 12)
                : periods.find(period.year(), period.month() - 1);
    }

    /** December of the year, which a year total of a cumulative monthly indicator is compared with. */
    public Optional<Period> lastMonthOf(int year) {
        currentUser.requireSignedIn();
        return periods.find(year, 12);
    }

    /** The same period one year earlier, for year-on-year checks. */
    public Optional<Period> sameLastYear(Period period) {
        currentUser.requireSignedIn();
        return periods.find(period.year() - 1, period.month());
    }

    /**
     * Locks a period: from now on its figures change only through a recorded revision. Callers check
     * that nothing is pending; this only refuses a second publication.
     */
    @Transactional
    public void markPublished(Period period) {
        var reviewer = currentUser.require(Role.REVIEWER);
        if (!periods.markPublished(period.id(), reviewer.id())) {
            throw new RefusedException("period.alreadyPublished");
        }
        audit.record(
                reviewer.id(),
                AuditEvent.of(
                        "publish",
                        "period",
                        period.id(),
                        Map.of("status", period.status().name()),
                        Map.of("status", "PUBLISHED"),
                        null,
                        AuditEvent.Source.FORM));
    }

    /**
     * Every period, newest first, with its cells still in the workflow counted by state; for the
     * reviewers, counting the figures of their own unit's subtree only (a city's reviewer in a province
     * installation never reads how many figures the neighbouring city has), and of those the figures they
     * approve ({@link #counted}).
     */
    public List<PeriodOverview> overview() {
        currentUser.require(Role.REVIEWER, Role.ADMINISTRATOR);
        return periods.overview(currentUser.readingScope().units(), counted());
    }

    /**
     * A period's approved cells. Apart from {@link #overview} because nationally they are millions: the
     * review page asks for the periods it shows, not for every period on every visit. Counted over the
     * same units as the overview's.
     */
    public int approvedIn(int periodId) {
        currentUser.require(Role.REVIEWER, Role.ADMINISTRATOR);
        return periods.approvedIn(periodId, currentUser.readingScope().units(), counted());
    }

    /**
     * The levels of the units whose figures the period list counts; null for every level. Under {county,
     * city, province} a city's reviewer approves only the city's own figures (ApprovalLevels.approverOf), so
     * their list counts those and not the counties', which promised work they are refused. Every level for
     * a reviewer who approves every level's figures in their unit, for one who approves none (they see no
     * period list; the root's reviewer publishes a period once nothing in it waits), and for an
     * administrator.
     */
    private Set<Division.Level> counted() {
        if (!currentUser.get().has(Role.REVIEWER)) {
            return null;
        }
        var duties = approvals.duties();
        return duties.approvesSomeLevelsOnly() ? duties.approves() : null;
    }
}
