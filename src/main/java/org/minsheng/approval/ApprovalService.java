package org.minsheng.approval;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.minsheng.audit.AuditEvent;
import org.minsheng.audit.AuditLog;
import org.minsheng.base.RefusedException;
import org.minsheng.base.Texts;
import org.minsheng.division.Division;
import org.minsheng.division.DivisionService;
import org.minsheng.security.AppUser;
import org.minsheng.security.CurrentUser;
import org.minsheng.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approval by level. An administrator lists the levels that take part; a unit's figures are approved by
 * the reviewers of the nearest listed level at or above its own ({@link ApprovalLevels#approverOf}: the
 * review page's maker-checker, scoped to the reviewer's unit), and each listed level accepts, or returns
 * with a reason, the units of the next listed level below its reviewer's unit, one year at a time. The
 * lower level sees a return with its reason and offers the year again once fixed. A figure approved
 * after its unit's year was accepted takes that acceptance back (see {@link #figuresApproved}). Every
 * decision is audited with its reason in the same transaction.
 */
@Service
public class ApprovalService {

    private final ApprovalRepository approvals;
    private final DivisionService divisions;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ApprovalService(
            ApprovalRepository approvals,
            DivisionService divisions,
            CurrentUser currentUser,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.approvals = approvals;
        this.divisions = divisions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
    }

    /** The listed levels, highest first; empty: one level, the root's, as in a city installation. */
    @Transactional(readOnly = true)
    public List<Division.Level> levels() {
        currentUser.require(Role.REVIEWER, Role.ADMINISTRATOR);
        return approvals.levels();
    }

    /**
     * Sets the levels that take part. Refused unless every level is at or below the root's and no lower
     * than county (towns do not report), and, when any is listed, the root's own level is among them:
     * otherwise nobody would accept the highest listed level's units.
     */
    @Transactional
    public List<Division.Level> setLevels(Set<Division.Level> levels) {
        var admin = currentUser.require(Role.ADMINISTRATOR);
        var root = divisions.city();
        for (var level : levels) {
            if (level.ordinal() < root.level().ordinal()) {
                throw new RefusedException("approval.error.levelAboveRoot", root.name());
            }
            if (level.ordinal() > Division.Level.COUNTY.ordinal()) {
                throw new RefusedException("approval.error.levelBelowCounty");
            }
        }
        if (!levels.isEmpty() && !levels.contains(root.level())) {
            throw new RefusedException("approval.error.rootLevelMissing", root.name());
        }
        var before = approvals.levels();
        var after = List.copyOf(levels.isEmpty() ? Set.of() : EnumSet.copyOf(levels));
        if (!before.equals(after)) {
            approvals.replaceLevels(after);
            audit.record(
                    admin.id(),
                    new AuditEvent(
                            "approval.levels",
                            "approval_level",
                            null,
                            Map.of("levels", names(before)),
                            Map.of("levels", names(after)),
                            null,
                            AuditEvent.Source.FORM,
                            null));
        }
        return after;
    }

    /**
     * The levels an administrator may list, highest first: the root's down to county, the ones {@link
     * #setLevels} accepts. The page offered 省级 in a city installation, where no province is above the
     * root, and refused it only after saving; and never offered 全国 a national root, whose level must be listed.
     */
    @Transactional(readOnly = true)
    public List<Division.Level> listableLevels() {
        currentUser.require(Role.ADMINISTRATOR);
        var root = divisions.city().level();
        if (root.compareTo(Division.Level.COUNTY) > 0) {
            return List.of();
        }
        return List.copyOf(EnumSet.range(root, Division.Level.COUNTY));
    }

    /**
     * The levels an administrator may list (the root's down to county) at which no enabled reviewer
     * works, highest first: listed, such a level's figures would never be approved or its units' years
     * never accepted, and everything above it would wait. The approval levels page warns with them before
     * and after saving; saving stays allowed, since the accounts are often created after the levels.
     */
    @Transactional(readOnly = true)
    public List<Division.Level> levelsWithoutReviewer() {
        currentUser.require(Role.ADMINISTRATOR);
        var root = divisions.city().level();
        if (root.compareTo(Division.Level.COUNTY) > 0) {
            return List.of();
        }
        var staffed = approvals.reviewerLevels(root);
        return EnumSet.range(root, Division.Level.COUNTY).stream()
                .filter(level -> !staffed.contains(level))
                .toList();
    }

    /** What the signed-in reviewer does under the configured levels. */
    @Transactional(readOnly = true)
    public ReviewerDuties duties() {
        currentUser.require(Role.REVIEWER);
        return duties(ApprovalLevels.of(approvals.levels()));
    }

    /**
     * The units the signed-in reviewer accepts, for a year: those of the next listed level below their
     * unit, within it, each with its figures not yet approved and its decision. Refused for a reviewer
     * who accepts nothing.
     */
    @Transactional(readOnly = true)
    public List<UnitYear> queue(int year) {
        var duties = accepting();
        var units = approvals.unitYears(duties.unit().id(), duties.accepts(), checkedYear(year));
        var below = ApprovalLevels.of(approvals.levels()).accepts(duties.accepts());
        if (below == null) {
            return units;
        }
        // a middle level's unit waits for its own units too: counted here so the list can say so
        var waiting = approvals.notAcceptedBelow(
                units.stream().map(u -> u.unit().id()).toList(), below, year);
        return units.stream()
                .map(u -> u.withNotAcceptedBelow(waiting.getOrDefault(u.unit().id(), 0L)))
                .toList();
    }

    /**
     * Accepts a unit's year: from now on the level above counts it. Refused while any of its figures
     * or those below it are not approved (the message gives how many), while it has not accepted its own
     * units of the next listed level (with three or more levels), and for a reviewer of any other level or
     * outside the unit's parent level.
     */
    @Transactional
    public UnitYear accept(int divisionId, int year) {
        var reviewer = currentUser.require(Role.REVIEWER);
        var before = decidable(divisionId, year);
        if (before.status() == AcceptanceStatus.ACCEPTED) {
            throw new RefusedException(
                    "approval.error.alreadyAccepted", before.unit().name(), year);
        }
        if (before.notApproved() > 0) {
            throw new RefusedException(
                    "approval.error.notApproved", before.unit().name(), before.notApproved());
        }
        // with three or more levels a unit of a middle level is accepted once it has accepted its own units
        var below = ApprovalLevels.of(approvals.levels()).accepts(before.unit().level());
        long waiting = below == null
                ? 0
                : approvals.notAcceptedBelow(List.of(divisionId), below, year).getOrDefault(divisionId, 0L);
        if (waiting > 0) {
            throw new RefusedException(
                    "approval.error.notAcceptedBelow", before.unit().name(), waiting);
        }
        approvals.decide(divisionId, year, AcceptanceStatus.ACCEPTED, null, reviewer.id());
        return recorded(reviewer, "unit.accept", before, null);
    }

    /** Returns a unit's year to its reviewers with a reason (required); the level above no longer counts it. */
    @Transactional
    public UnitYear returnUnit(int divisionId, int year, String reason) {
        var reviewer = currentUser.require(Role.REVIEWER);
        var text = Texts.required(reason, Texts.LONG, "approval.error.reasonRequired");
        var before = decidable(divisionId, year);
        if (before.status() == AcceptanceStatus.RETURNED) {
            throw new RefusedException(
                    "approval.error.alreadyReturned", before.unit().name(), year);
        }
        approvals.decide(divisionId, year, AcceptanceStatus.RETURNED, text, reviewer.id());
        return recorded(reviewer, "unit.return", before, text);
    }

    /**
     * The signed-in reviewer's own unit's year as the level above decided it (pending, accepted, or
     * returned with its reason), and while pending what it still waits for: figures not approved, units of
     * its own not accepted, or any figure at all. Refused for a reviewer whose year nobody above decides.
     */
    @Transactional(readOnly = true)
    public OwnYear ownYear(int year) {
        var duties = answering();
        int unitId = duties.unit().id();
        var own = approvals.unitYear(unitId, checkedYear(year)).orElseThrow();
        if (duties.acceptsUnits()) {
            // a middle level's year waits for its own units too, as the level above's list says
            own = own.withNotAcceptedBelow(approvals
                    .notAcceptedBelow(List.of(unitId), duties.accepts(), year)
                    .getOrDefault(unitId, 0L));
        }
        // 「等待上级接收」 was said of a year nobody had reported a figure of yet (a stranger's trial): a figure
        // of the year below the unit is either not approved yet or approved, so the year's line read with it
        // says whether there is any, without a second walk of the subtree's figures
        return new OwnYear(own, own.notApproved() > 0 || own.anyApproved());
    }

    /**
     * Offers the reviewer's own unit's returned year to the level above again, once fixed: the return
     * is cleared (the trail keeps it) and the year waits for a decision.
     */
    @Transactional
    public UnitYear reoffer(int year) {
        var reviewer = currentUser.require(Role.REVIEWER);
        var duties = answering();
        approvals.lock(duties.unit().id(), checkedYear(year));
        var before = approvals.unitYear(duties.unit().id(), year).orElseThrow();
        if (before.status() != AcceptanceStatus.RETURNED) {
            throw new RefusedException(
                    "approval.error.notReturned", before.unit().name(), year);
        }
        approvals.clear(duties.unit().id(), year);
        return recorded(reviewer, "unit.reoffer", before, before.reason());
    }

    /**
     * Called by the review service in the transaction that approved figures of these units in this year:
     * an acceptance of any of them or of a unit above them is taken back to pending and audited, so the
     * level above never counts a figure it did not accept. Not an entry point: it checks no caller and
     * refuses to run outside the approving transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void figuresApproved(Collection<Integer> divisionIds, int year) {
        if (divisionIds.isEmpty()) {
            return;
        }
        var reviewer = currentUser.get();
        for (var unit : approvals.reopenAcceptedAbove(Set.copyOf(divisionIds), year)) {
            audit.record(
                    reviewer.id(),
                    AuditEvent.of(
                            "unit.reopen",
                            "division",
                            unit.id(),
                            values(unit, year, AcceptanceStatus.ACCEPTED),
                            values(unit, year, AcceptanceStatus.PENDING),
                            null,
                            AuditEvent.Source.SYSTEM));
        }
    }

    private ReviewerDuties duties(ApprovalLevels levels) {
        var scope = currentUser.readingScope();
        var root = divisions.city();
        var unit = scope.limited() ? approvals.unit(scope.home()).orElseThrow() : root;
        // nothing listed: every reviewer approves and accepts nothing, today's product
        var level = unit.level();
        return new ReviewerDuties(
                unit, levels.figuresApprovedBy(level), levels.accepts(level), levels.answersAbove(level));
    }

    private ReviewerDuties accepting() {
        currentUser.require(Role.REVIEWER);
        var duties = duties(ApprovalLevels.of(approvals.levels()));
        if (!duties.acceptsUnits()) {
            throw new RefusedException(
                    "approval.error.notAccepting", duties.unit().name());
        }
        return duties;
    }

    private ReviewerDuties answering() {
        currentUser.require(Role.REVIEWER);
        var duties = duties(ApprovalLevels.of(approvals.levels()));
        if (!duties.answersAbove()) {
            throw new RefusedException(
                    "approval.error.nothingAbove", duties.unit().name());
        }
        return duties;
    }

    /**
     * The unit's year, locked, when the signed-in reviewer decides it: the unit is of the level they
     * accept and inside their unit. A unit outside their unit is refused as outside their scope.
     */
    private UnitYear decidable(int divisionId, int year) {
        var duties = accepting();
        currentUser.readingScope().require(divisionId);
        approvals.lock(divisionId, checkedYear(year));
        var unitYear = approvals
                .unitYear(divisionId, year)
                .orElseThrow(() -> new RefusedException(
                        "approval.error.notAcceptedHere", duties.unit().name()));
        if (unitYear.unit().level() != duties.accepts() || !below(unitYear.unit(), duties.unit())) {
            throw new RefusedException(
                    "approval.error.notAcceptedHere", duties.unit().name());
        }
        return unitYear;
    }

    /** Whether {@code unit} is the next listed level's unit inside {@code top}; the scope check did the rest. */
    private boolean below(Division unit, Division top) {
        return unit.id() != top.id() && unit.level().ordinal() > top.level().ordinal();
    }

    private UnitYear recorded(AppUser reviewer, String action, UnitYear before, String reason) {
        var after = approvals.unitYear(before.unit().id(), before.year()).orElseThrow();
        audit.record(
                reviewer.id(),
                AuditEvent.of(
                        action,
                        "division",
                        before.unit().id(),
                        values(before.unit(), before.year(), before.status()),
                        values(after.unit(), after.year(), after.status()),
                        reason,
                        AuditEvent.Source.FORM));
        // the level above counts the unit, or no longer does: open dashboards redraw after the commit
        events.publishEvent(new UnitYearDecided(before.unit().id(), before.year()));
        return after;
    }

    private static Map<String, Object> values(Division unit, int year, AcceptanceStatus status) {
        var values = new LinkedHashMap<String, Object>();
        values.put("unit", unit.name());
        values.put("year", year);
        values.put("acceptance", status.name().toLowerCase(Locale.ROOT));
        return values;
    }

    private static List<String> names(List<Division.Level> levels) {
        return levels.stream().map(l -> l.name().toLowerCase(Locale.ROOT)).toList();
    }

    private static int checkedYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new RefusedException("approval.error.year", year);
        }
        return year;
    }
}
