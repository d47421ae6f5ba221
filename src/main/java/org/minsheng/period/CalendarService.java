package org.minsheng.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minsheng.audit.AuditEvent;
import org.minsheng.audit.AuditLog;
import org.minsheng.base.RefusedException;
import org.minsheng.period.PeriodOverview.Status;
import org.minsheng.security.AppUser;
import org.minsheng.security.CurrentUser;
import org.minsheng.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporting calendar, kept by administrators: which periods exist, when they are due, and
 * whether they are open for entry. Publishing is the reviewers' act (PeriodService) and final:
 * a published period is never reopened here, corrections go through recorded revisions.
 */
@Service
@Transactional
public class CalendarService {

    private static final String ENTITY = "period";

    private final CalendarRepository periods;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    CalendarService(CalendarRepository periods, CurrentUser currentUser, AuditLog audit) {
        this.periods = periods;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Every period, newest first. */
    @Transactional(readOnly = true)
    public List<CalendarPeriod> calendar() {
        currentUser.require(Role.ADMINISTRATOR);
        return periods.findAll();
    }

    /** The monthly report is due on the 10th of the following month (月报制度). */
    public static LocalDate defaultDueOn(int year, Integer month) {
        return month == null
                ? LocalDate.of(year + 1, 1, 20)
                : LocalDate.of(year, month, 10).plusMonths(1);
    }

    /**
     * The year the calendar offers to create: the first one not complete, so a year created only in part
     * is completed before the next is begun. Offering the year after the last made 2022 at one click while
     * 2021 held only January, and 2021's other months were never offered (an administrator's report).
     */
    @Transactional(readOnly = true)
    public int proposedYear() {
        currentUser.require(Role.ADMINISTRATOR);
        return MissingPeriods.proposedYear(periods.findAll(), LocalDate.now().getYear());
    }

    /**
     * What creating {@code year} would add, for the administrator to confirm first. A year out of range
     * or already complete is refused here, so nothing is asked that would change nothing.
     */
    @Transactional(readOnly = true)
    public MissingPeriods missing(int year) {
        currentUser.require(Role.ADMINISTRATOR);
        checkYear(year);
        var missing = MissingPeriods.of(year, periods.findAll());
        if (missing.isEmpty()) {
            throw new RefusedException("catalogue.calendar.allExist", String.valueOf(year));
        }
        return missing;
    }

    /**
     * Creates what {@link #missing} says the year lacks, open and with the default due dates: its twelve
     * months (the calendar's first year from the month it starts with) and the year; periods that already
     * exist are left as they are, so a year created in part is completed.
     *
     * @return how many periods were created
     */
    public int createYear(int year) {
        var admin = currentUser.require(Role.ADMINISTRATOR);
        checkYear(year);
        var missing = MissingPeriods.of(year, periods.findAll());
        int created = 0;
        for (int month : missing.months()) {
            created += create(admin, year, month);
        }
        return missing.annual() ? created + create(admin, year, null) : created;
    }

    public CalendarPeriod changeDueOn(int id, int version, LocalDate dueOn) {
        var admin = currentUser.require(Role.ADMINISTRATOR);
        var before = current(id, version);
        if (dueOn == null) {
            throw new RefusedException("catalogue.calendar.error.dueOn");
        }
        if (before.status() == Status.PUBLISHED) {
            throw new RefusedException("catalogue.calendar.error.published");
        }
        // figures are due after what they count has happened: a due date inside or before the period made
        // a period not yet begun overdue (a stranger's trial saved 2021-02-15 for the 2027 annual report)
        var lastDay = before.isYear()
                ? LocalDate.of(before.year(), 12, 31)
                : YearMonth.of(before.year(), before.month()).atEndOfMonth();
        if (dueOn.isBefore(lastDay)) {
            throw new RefusedException("catalogue.calendar.error.dueBeforeEnd", lastDay.toString());
        }
        // and not so long after that the period could never be overdue: 9999-12-31 was saved (a stranger's
        // trial). A year after the period's end is more than any office's reporting deadline.
        var latest = lastDay.plusYears(1);
        if (dueOn.isAfter(latest)) {
            throw new RefusedException("catalogue.calendar.error.dueTooLate", latest.toString());
        }
        if (dueOn.equals(before.dueOn())) {
            return before; // nothing changed, so nothing to record
        }
        if (!periods.updateDueOn(id, version, dueOn)) {
            throw stale();
        }
        record(
                admin,
                "period.due_date",
                id,
                Map.of("dueOn", String.valueOf(before.dueOn())),
                Map.of("dueOn", dueOn.toString()));
        return periods.find(id).orElseThrow();
    }

    /**
     * Declares a year "annual reporting only", or takes it back: offices then report year totals in the
     * year period, its months are never overdue, and the trend says the year was reported as a total.
     */
    public CalendarPeriod setAnnualOnly(int id, int version, boolean annualOnly) {
        var admin = currentUser.require(Role.ADMINISTRATOR);
        var before = current(id, version);
        if (!before.isYear()) {
            throw new RefusedException("catalogue.calendar.error.notAYear");
        }
        if (before.status() == Status.PUBLISHED) {
            // how a published year was reported is part of what was published
            throw new RefusedException("catalogue.calendar.error.published");
        }
        if (before.annualOnly() == annualOnly) {
            return before;
        }
        if (!periods.updateAnnualOnly(id, version, annualOnly)) {
            throw stale();
        }
        record(
                admin,
                "period.annual_only",
                id,
                Map.of("annualOnly", before.annualOnly()),
                Map.of("annualOnly", annualOnly));
        return periods.find(id).orElseThrow();
    }

    /**
     * What closing this period would leave behind, for the administrator to weigh before closing it: a
     * statistician's drafts drop out of sight with the period (it leaves their period picker).
     */
    @Transactional(readOnly = true)
    public LeftOpen leftOpen(int id) {
        currentUser.require(Role.ADMINISTRATOR);
        periods.find(id).orElseThrow(() -> new RefusedException("period.unknown"));
        return periods.leftOpen(id);
    }

    /** Stops entry into a period, e.g. after its due date, while review goes on. */
    public CalendarPeriod close(int id, int version) {
        return move(id, version, Status.OPEN, Status.CLOSED, "period.close");
    }

    /** Opens a closed period for entry again; a published one stays published. */
    public CalendarPeriod reopen(int id, int version) {
        return move(id, version, Status.CLOSED, Status.OPEN, "period.reopen");
    }

    private CalendarPeriod move(int id, int version, Status from, Status to, String action) {
        var admin = currentUser.require(Role.ADMINISTRATOR);
        var before = current(id, version);
        if (before.status() == Status.PUBLISHED) {
            throw new RefusedException("catalogue.calendar.error.published");
        }
        if (before.status() != from) {
            throw new RefusedException(
                    to == Status.OPEN
                            ? "catalogue.calendar.error.alreadyOpen"
                            : "catalogue.calendar.error.alreadyClosed");
        }
        if (!periods.updateStatus(id, version, from, to)) {
            throw stale();
        }
        record(admin, action, id, Map.of("status", from.name()), Map.of("status", to.name()));
        return periods.find(id).orElseThrow();
    }

    private int create(AppUser admin, int year, Integer month) {
        if (periods.exists(year, month)) {
            return 0;
        }
        var dueOn = defaultDueOn(year, month);
        int id = periods.insert(year, month, dueOn);
        var values = new LinkedHashMap<String, Object>();
        values.put("year", year);
        values.put("month", month);
        values.put("dueOn", dueOn.toString());
        values.put("status", Status.OPEN.name());
        record(admin, "period.create", id, null, values);
        return 1;
    }

    private static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new RefusedException("catalogue.error.year");
        }
    }

    private CalendarPeriod current(int id, int version) {
        var period = periods.find(id).orElseThrow(() -> new RefusedException("period.unknown"));
        if (period.version() != version) {
            throw stale();
        }
        return period;
    }

    private void record(AppUser admin, String action, int id, Map<String, ?> before, Map<String, ?> after) {
        audit.record(admin.id(), AuditEvent.of(action, ENTITY, id, before, after, null, AuditEvent.Source.FORM));
    }

    private static RefusedException stale() {
        return new RefusedException("catalogue.error.stale");
    }
}
