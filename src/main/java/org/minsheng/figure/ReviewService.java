package org.minsheng.figure;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.minsheng.approval.ApprovalService;
import org.minsheng.audit.AuditEvent;
import org.minsheng.audit.AuditLog;
import org.minsheng.base.RefusedException;
import org.minsheng.base.Texts;
import org.minsheng.division.Division;
import org.minsheng.division.DivisionService;
import org.minsheng.period.Period;
import org.minsheng.period.PeriodService;
import org.minsheng.security.AppUser;
import org.minsheng.security.CurrentUser;
import org.minsheng.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The city reviewers' side of maker-checker: what waits for review, approving or returning it with a
 * reason, publishing a period, and correcting a published figure as a new, reasoned revision.
 * A reviewer never approves a figure they entered themselves. A reviewer scoped to a unit works on its
 * subtree only; under approval levels a unit's figures are approved by the reviewers of the nearest listed
 * level at or above its own ({@link ApprovalService#duties()}), and approving a figure of a unit whose year was accepted above takes
 * that acceptance back in the same transaction.
 */
@Service
public class ReviewService {

    /** How many units a refusal to publish names; a national period may have thousands. */
    private static final int PENDING_UNITS_NAMED = 10;

    private final FigureRepository figures;
    private final CellAssembler assembler;
    private final PeriodService periods;
    private final DivisionService divisions;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final ApprovalService approvals;
    private final PublishedCorrections corrections;

    ReviewService(
            FigureRepository figures,
            CellAssembler assembler,
            PeriodService periods,
            DivisionService divisions,
            CurrentUser currentUser,
            AuditLog audit,
            ApplicationEventPublisher events,
            ApprovalService approvals,
            PublishedCorrections corrections) {
        this.corrections = corrections;
        this.events = events;
        this.approvals = approvals;
        this.figures = figures;
        this.assembler = assembler;
        this.periods = periods;
        this.divisions = divisions;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Submitted cells of a period across all districts, with what changed since their last approval. */
    @Transactional(readOnly = true)
    public List<Cell> queue(int periodId) {
        currentUser.require(Role.REVIEWER);
        var period = periods.get(periodId);
        var scope = approving(period);
        var units = divisions.reportingUnitsIn(period.year()).stream()
                .filter(u -> scope.covers(u.id()))
                .toList();
        return assembler.cells(period, units, assembler.indicatorsFor(period)).stream()
                .filter(c -> c.state() == CellState.SUBMITTED)
                .toList();
    }

    @Transactional
    public void approve(CellKey key, int expectedVersion) {
        var reviewer = currentUser.require(Role.REVIEWER);
        var period = periods.get(key.periodId());
        approving(period).require(key.divisionId());
        var figure = submitted(key, expectedVersion);
        var published = corrections.published(period, Set.of(key.divisionId()));
        corrections.revising(period, List.of(figure), published);
        approve(reviewer, period, figure, published);
        approvals.figuresApproved(Set.of(key.divisionId()), period.year());
        changed(period);
    }

    /** Approves every submitted cell of a district's period; refused whole if one is the reviewer's own. */
    @Transactional
    public int approveDivision(int periodId, int divisionId) {
        var reviewer = currentUser.require(Role.REVIEWER);
        var period = periods.get(periodId);
        approving(period).require(divisionId);
        var cells = submittedOf(periodId, divisionId);
        var published = corrections.published(period, Set.of(divisionId));
        corrections.revising(period, cells, published);
        cells.forEach(f -> approve(reviewer, period, f, published));
        approvals.figuresApproved(Set.of(divisionId), period.year());
        changed(period);
        return cells.size();
    }

    /**
     * Approves every submitted cell of the period, across districts (within a scoped reviewer's unit),
     * each audited as if approved one by one. Refused whole if one is the reviewer's own entry, as for a
     * district.
     */
    @Transactional
    public int approvePeriod(int periodId) {
        var reviewer = currentUser.require(Role.REVIEWER);
        var period = periods.get(periodId);
        var scope = approving(period);
        var cells = figures.findInPeriodWithStatus(periodId, StoredFigure.Status.SUBMITTED).stream()
                .filter(f -> scope.covers(f.key().divisionId()))
                .toList();
        if (cells.isEmpty()) {
            throw new RefusedException("review.error.nothingSubmitted");
        }
        var units = cells.stream().map(f -> f.key().divisionId()).collect(Collectors.toSet());
        var published = corrections.published(period, units);
        corrections.revising(period, cells, published);
        cells.forEach(f -> approve(reviewer, period, f, published));
        approvals.figuresApproved(units, period.year());
        changed(period);
        return cells.size();
    }

    @Transactional
    public void returnCell(CellKey key, int expectedVersion, String reason) {
        var reviewer = currentUser.require(Role.REVIEWER);
        approving(periods.get(key.periodId())).require(key.divisionId());
        requireReason(reason);
        giveBack(reviewer, submitted(key, expectedVersion), reason.strip());
    }

    @Transactional
    public int returnDivision(int periodId, int divisionId, String reason) {
        var reviewer = currentUser.require(Role.REVIEWER);
        approving(periods.get(periodId)).require(divisionId);
        requireReason(reason);
        var cells = submittedOf(periodId, divisionId);
        cells.forEach(f -> giveBack(reviewer, f, reason.strip()));
        return cells.size();
    }

    /**
     * Whether the signed-in reviewer may publish periods: a period is the whole installation's, so only
     * an unscoped reviewer (the root's) locks every unit's figures; a scoped one publishes their own
     * unit's year on the publication page instead. The review page offers the button by this answer.
     */
    @Transactional(readOnly = true)
    public boolean publishesPeriods() {
        currentUser.require(Role.REVIEWER);
        return !currentUser.readingScope().limited();
    }

    /**
     * Publishes a period once nothing in it waits for entry or review; its figures are then locked.
     * Refused to a reviewer scoped to a unit, saying who publishes periods (not "outside your scope": the
     * period is not a unit the reviewer fails to read, it is every unit's).
     */
    @Transactional
    public void publish(int periodId) {
        requirePublisher();
        var period = periods.lockForPublishing(periodId);
        requireNothingPending(period);
        periods.markPublished(period);
        events.publishEvent(new ApprovedFiguresChanged(periodId, ApprovedFiguresChanged.Change.PUBLISHED));
    }

    /**
     * Refuses, with the words {@link #publish} would use, a period that cannot be published now; locks and
     * writes nothing. The review page asks before its confirmation, which asked 「仍然发布？」 about the
     * units not complete and was then refused for figures not yet reviewed (a tester's trial). A check
     * only: {@link #publish} checks again under its lock, as a figure may be submitted in between.
     */
    @Transactional(readOnly = true)
    public void checkPublishable(int periodId) {
        requirePublisher();
        requireNothingPending(periods.get(periodId));
    }

    private void requirePublisher() {
        currentUser.require(Role.REVIEWER);
        var scope = currentUser.readingScope();
        if (scope.limited()) {
            throw new RefusedException(
                    "review.error.publishScoped",
                    scope.homeName(),
                    divisions.city().name());
        }
    }

    private void requireNothingPending(Period period) {
        if (period.isPublished()) {
            throw new RefusedException("period.alreadyPublished");
        }
        int pending = figures.countPending(period.id());
        if (pending > 0) {
            // whose figures hold it back, so the reviewer knows whom to call (it gave only a count)
            var units = figures.pendingUnits(period.id(), PENDING_UNITS_NAMED + 1);
            var named = String.join("、", units.subList(0, Math.min(units.size(), PENDING_UNITS_NAMED)));
            throw new RefusedException(
                    "review.error.pending", pending, units.size() > PENDING_UNITS_NAMED ? named + "…" : named);
        }
    }

    /** An approval of a published period's figure is a correction: the edition moves on. */
    private void changed(Period period) {
        events.publishEvent(new ApprovedFiguresChanged(
                period.id(),
                period.isPublished()
                        ? ApprovedFiguresChanged.Change.CORRECTED
                        : ApprovedFiguresChanged.Change.APPROVED));
    }

    /**
     * A reviewer's correction of a published figure: a new approved revision at once, with its
     * mandatory reason; the old value stays in the history.
     */
    @Transactional
    public Cell revise(FigureInput input) {
        var reviewer = currentUser.require(Role.REVIEWER);
        var key = input.key();
        var period = periods.get(key.periodId());
        approving(period).require(key.divisionId());
        if (!period.isPublished()) {
            throw new RefusedException("review.error.notPublished");
        }
        requireReason(input.correctionReason());
        var division = unit(period, key.divisionId());
        var indicator = assembler.indicatorsFor(period).stream()
                .filter(i -> i.id() == key.indicatorId() && CellAssembler.reports(division, i))
                .findFirst()
                .orElseThrow(() -> new RefusedException("figure.error.notReported"));
        ValueParser.Parsed parsed;
        try {
            parsed = input.notApplicable()
                    ? ValueParser.Parsed.NOT_APPLICABLE
                    : ValueParser.parse(input.text(), indicator, key);
        } catch (ValueParser.InvalidValue invalid) {
            throw new RefusedException(
                    invalid.finding().messageKey(),
                    invalid.finding().parameters().toArray());
        }
        if (parsed.isBlank()) {
            throw new RefusedException("figure.error.notANumber", "");
        }
        var current = figures.findForUpdate(key).orElseThrow(() -> new RefusedException("review.error.noFigure"));
        if (current.version() != input.expectedVersion()) {
            throw new ConflictException(assembler.cell(key, indicator, division, period));
        }
        var reason = input.correctionReason().strip();
        // the period is published: the unit's editions of the year are read once more before the revision
        corrections.revising(period, List.of(current), Set.of());
        try {
            var edited = figures.updateWorking(
                    current,
                    current.version(),
                    parsed.value(),
                    parsed.notApplicable(),
                    current.explanation(),
                    reason,
                    reviewer.id());
            var revised = figures.approve(edited, reviewer.id(), true, reason);
            record(reviewer, "revise", revised, current.auditView(), revised.auditView(), reason);
            approvals.figuresApproved(Set.of(key.divisionId()), period.year());
            events.publishEvent(new ApprovedFiguresChanged(period.id(), ApprovedFiguresChanged.Change.CORRECTED));
        } catch (StaleCell stale) {
            throw new ConflictException(assembler.cell(key, indicator, division, period));
        }
        return assembler.cell(key, indicator, division, period);
    }

    /**
     * The units whose figures the signed-in reviewer approves in the period's year: within their scope's
     * subtree, the units of the levels their duties approve (under {county, city, province} a city's
     * reviewer approves the city's own figures, never its counties', which the county reviewers approve).
     * Refused outright for a reviewer of a level that approves no figures (an unlisted one).
     */
    private Approving approving(Period period) {
        var duties = approvals.duties();
        if (!duties.approvesFigures()) {
            throw new RefusedException(
                    "review.error.notApprovingLevel", duties.unit().name());
        }
        var units = divisions.reportingUnitsIn(period.year());
        return Approving.of(currentUser.readingScope(), duties, units);
    }

    private void approve(AppUser reviewer, Period period, StoredFigure figure, Set<Integer> published) {
        if (figure.enteredBy() != null && figure.enteredBy() == reviewer.id()) {
            throw new RefusedException("review.error.ownEntry");
        }
        boolean correction = PublishedCorrections.correction(period, figure, published);
        var approved = figures.approve(figure, reviewer.id(), correction, figure.correctionReason());
        record(
                reviewer,
                correction ? "approve_correction" : "approve",
                approved,
                figure.auditView(),
                approved.auditView(),
                figure.correctionReason());
    }

    private void giveBack(AppUser reviewer, StoredFigure figure, String reason) {
        var returned = figures.setStatus(figure, StoredFigure.Status.RETURNED, reason, reviewer.id());
        record(reviewer, "return", returned, figure.auditView(), returned.auditView(), reason);
    }

    private StoredFigure submitted(CellKey key, int expectedVersion) {
        var figure = figures.findForUpdate(key).orElseThrow(() -> new RefusedException("review.error.noFigure"));
        if (figure.version() != expectedVersion) {
            throw new RefusedException("review.error.changed");
        }
        if (figure.status() != StoredFigure.Status.SUBMITTED) {
            throw new RefusedException("review.error.notSubmitted");
        }
        return figure;
    }

    private List<StoredFigure> submittedOf(int periodId, int divisionId) {
        var cells = figures.findInPeriod(periodId, List.of(divisionId)).stream()
                .filter(f -> f.status() == StoredFigure.Status.SUBMITTED)
                .toList();
        if (cells.isEmpty()) {
            throw new RefusedException("review.error.nothingSubmitted");
        }
        return cells;
    }

    private Division unit(Period period, int divisionId) {
        return divisions.reportingUnitsIn(period.year()).stream()
                .filter(d -> d.id() == divisionId)
                .findFirst()
                .orElseThrow(() -> new RefusedException("figure.error.divisionNotInPeriod"));
    }

    private static void requireReason(String reason) {
        Texts.required(reason, Texts.LONG, "review.error.reasonRequired");
    }

    private void record(
            AppUser user,
            String action,
            StoredFigure figure,
            Map<String, ?> before,
            Map<String, ?> after,
            String reason) {
        audit.record(
                user.id(), AuditEvent.of(action, "figure", figure.id(), before, after, reason, AuditEvent.Source.FORM));
    }
}
