package org.minsheng.indicator;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minsheng.audit.AuditEvent;
import org.minsheng.audit.AuditLog;
import org.minsheng.base.PublishedYearRevising;
import org.minsheng.base.RefusedException;
import org.minsheng.base.Texts;
import org.minsheng.division.Division;
import org.minsheng.division.DivisionService;
import org.minsheng.security.AppUser;
import org.minsheng.security.CurrentUser;
import org.minsheng.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Targets per indicator, year and division, kept by administrators for the installation's root and
 * every unit below it as they are that year, towns included (a city, its districts and their towns; a
 * province, its cities, their counties and towns); each unit's dashboard colours progress by its own
 * targets, and a county's page ranks its towns against theirs.
 *
 * <p>Once a unit's figures of a year are published, its targets of that year are part of what was
 * published: the completion is the figure against them. Changing or removing one then is a revision:
 * refused without its reason, and kept with it ({@link TargetRevision}), as a published figure changes
 * only through a correction with its reason. Setting a target where none was is not, while the year runs:
 * January's publication states no year's verdict, and targets are set as the campaign goes (a tester was
 * asked a revision's reason for a first target of 2021). Once the year is over and published, its results
 * are final, and a new target revises them too; so does setting again one removed after publication.
 * Copying last year's targets adds only targets where none was, so it is allowed as long as a new target
 * is no revision: until the year is over.
 */
@Service
@Transactional
public class TargetAdminService {

    private static final String ENTITY = "target";

    private final TargetAdminRepository targets;
    private final IndicatorAdminRepository indicators;
    private final DivisionService divisions;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    TargetAdminService(
            TargetAdminRepository targets,
            IndicatorAdminRepository indicators,
            DivisionService divisions,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock,
            ApplicationEventPublisher events) {
        this.targets = targets;
        this.indicators = indicators;
        this.divisions = divisions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /**
     * The targets of a year for one unit and the units directly below it, as its dashboard page shows
     * them: the administrator works through the installation a unit at a time, never through the
     * thousands of targets of a national one at once.
     */
    @Transactional(readOnly = true)
    public List<TargetRow> list(int year, int divisionId) {
        currentUser.require(Role.ADMINISTRATOR);
        checkYear(year);
        requireUnit(divisionId, year);
        return targets.findByYearUnder(year, divisionId);
    }

    /**
     * The units the picker offers that year: the root first, each unit followed by the units below it,
     * down to county level (2021: 龙海区, not 龙海市). A county's towns are its page's, listed with it
     * ({@link #towns}) rather than here, where a national installation would put some 40,000.
     */
    @Transactional(readOnly = true)
    public List<Division> divisions(int year) {
        currentUser.require(Role.ADMINISTRATOR);
        checkYear(year);
        return divisionsIn(year);
    }

    /** A county's towns that year, whose targets are set on the county's page. */
    @Transactional(readOnly = true)
    public List<Division> towns(int countyId, int year) {
        currentUser.require(Role.ADMINISTRATOR);
        checkYear(year);
        var county = divisionsIn(year).stream()
                .filter(d -> d.id() == countyId && d.level() == Division.Level.COUNTY)
                .findFirst()
                .orElseThrow(() -> new RefusedException("catalogue.target.error.division"));
        return divisions.childrenIn(county.id(), year);
    }

    /**
     * Whether a change to the unit's targets of the year is a revision of published results, and so needs
     * its reason: what the target dialog asks before it offers the field.
     */
    @Transactional(readOnly = true)
    public boolean revisionRequired(int year, int divisionId) {
        currentUser.require(Role.ADMINISTRATOR);
        checkYear(year);
        return targets.published(divisionId, year);
    }

    /**
     * Whether changing or removing the target revises published results, and so needs its reason: what the
     * target's dialog and its removal ask before they offer the field. Not for one set since the last
     * publication of a year still running.
     */
    @Transactional(readOnly = true)
    public boolean revisionRequiredToChange(int id) {
        currentUser.require(Role.ADMINISTRATOR);
        return changeRevises(targets.find(id).orElseThrow(() -> new RefusedException("catalogue.error.notFound")));
    }

    /**
     * Whether setting a target of the indicator for the unit where none is revises published results, and so
     * needs its reason: what the target dialog asks once the indicator and the unit are chosen.
     */
    @Transactional(readOnly = true)
    public boolean revisionRequiredToCreate(int indicatorId, int divisionId, int year) {
        currentUser.require(Role.ADMINISTRATOR);
        checkYear(year);
        return creationRevises(indicatorId, divisionId, year);
    }

    /**
     * Whether last year's targets may be copied into the year: not once a unit's year is over and published
     * ({@link #copyFromLastYear}), which the page says before the button is pressed.
     */
    @Transactional(readOnly = true)
    public boolean copyAllowed(int year) {
        currentUser.require(Role.ADMINISTRATOR);
        checkYear(year);
        return !targets.anyClosed(year);
    }

    /** The target's revisions after publication, oldest first; none for a target never revised. */
    @Transactional(readOnly = true)
    public List<TargetRevision> revisions(int id) {
        currentUser.require(Role.ADMINISTRATOR);
        return targets.revisions(id);
    }

    /**
     * Sets a new target; {@code reason} is required, and kept as a revision, when the unit's figures of
     * the year are already published, and may be null otherwise.
     */
    public TargetRow create(
            int indicatorId, int divisionId, int year, TargetDirection direction, BigDecimal value, String reason) {
        var admin = currentUser.require(Role.ADMINISTRATOR);
        checkYear(year);
        var indicator = indicators
                .find(indicatorId)
                .filter(i -> !i.retired())
                .orElseThrow(() -> new RefusedException("catalogue.target.error.indicator"));
        requireUnit(divisionId, year);
        var clean = TargetValues.checked(indicator, direction, value);
        if (targets.exists(indicatorId, divisionId, year)) {
            throw new RefusedException("catalogue.target.error.exists");
        }
        var why = reason(creationRevises(indicatorId, divisionId, year), year, reason);
        revising(why, divisionId, year);
        int id = targets.insert(indicatorId, divisionId, year, direction, clean, OffsetDateTime.now(clock));
        revise(
                admin,
                new TargetAdminRepository.Of(id, indicatorId, divisionId, year),
                null,
                setting(direction, clean),
                why);
        // read after the revision, which the row counts
        var created = targets.find(id).orElseThrow();
        record(admin, "target.create", id, null, values(created), why.text());
        return created;
    }

    /**
     * Changes the direction and value; indicator, division and year make the target what it is. The
     * reason as for {@link #create}.
     */
    public TargetRow update(int id, int version, TargetDirection direction, BigDecimal value, String reason) {
        var admin = currentUser.require(Role.ADMINISTRATOR);
        var before = current(id, version);
        var indicator = indicators.find(before.indicatorId()).orElseThrow();
        var clean = TargetValues.checked(indicator, direction, value);
        if (direction == before.direction() && clean.compareTo(before.value()) == 0) {
            // saved as it was: nothing to revise (a published year's 保存 asked a reason for "4 → 4" and
            // made a new edition of nothing), nothing to audit
            return before;
        }
        var why = reason(changeRevises(before), before.year(), reason);
        revising(why, before.divisionId(), before.year());
        if (!targets.update(id, version, direction, clean, OffsetDateTime.now(clock))) {
            throw stale();
        }
        revise(admin, of(before), setting(before), setting(direction, clean), why);
        var after = targets.find(id).orElseThrow();
        record(admin, "target.update", id, values(before), values(after), why.text());
        return after;
    }

    /** Removes a target; the reason as for {@link #create}. */
    public void remove(int id, int version, String reason) {
        var admin = currentUser.require(Role.ADMINISTRATOR);
        var before = current(id, version);
        var why = reason(changeRevises(before), before.year(), reason);
        revising(why, before.divisionId(), before.year());
        if (!targets.delete(id, version)) {
            throw stale();
        }
        revise(admin, of(before), setting(before), null, why);
        record(admin, "target.remove", id, values(before), null, why.text());
    }

    /**
     * A change's reason, stripped, and whether the change revises published results.
     *
     * @param text    the reason; null when none was given
     * @param revises the change revises published results, so it is kept as a revision
     */
    private record Why(String text, boolean revises) {}

    /**
     * The reason, stripped; refused when blank for a change that revises published results. A reason given
     * for any other goes to the audit trail only: there is no published result it revises.
     */
    private static Why reason(boolean revises, int year, String reason) {
        var text = Texts.optional(reason, Texts.LONG);
        if (text == null && revises) {
            throw new RefusedException("catalogue.target.error.reasonRequired", year);
        }
        return new Why(text, revises);
    }

    /**
     * A target set where none is revises published results once the unit's year is over and published, or
     * where one stood in them and was removed after publication; in a year still running it is planning.
     */
    private boolean creationRevises(int indicatorId, int divisionId, int year) {
        return targets.closed(divisionId, year) || targets.everRevised(indicatorId, divisionId, year);
    }

    /**
     * Changing or removing a target revises published results once the unit's year is over and published, or
     * where a period of the year was published since the target was set. One set after the last publication
     * of a year still running was never published: a first target typed wrong (99,999,999,999,999) after
     * January's was removable only as a revision, printed in the year-in-review's 修订说明 (a tester's tour).
     */
    private boolean changeRevises(TargetRow target) {
        return targets.closed(target.divisionId(), target.year()) || targets.publishedSinceSet(target.id());
    }

    /**
     * Before a change that revises published results is written, the editions it supersedes are read once
     * more as they were published (a pinned embed of them must go on showing them).
     */
    private void revising(Why why, int divisionId, int year) {
        if (why.revises()) {
            events.publishEvent(new PublishedYearRevising(year, Set.of(divisionId)));
        }
    }

    /**
     * Keeps the change as a revision when it revises published results.
     *
     * @param before its setting before the change; null when it was just created
     * @param after  its setting after the change; null when it was just removed
     */
    private void revise(
            AppUser admin,
            TargetAdminRepository.Of target,
            TargetAdminRepository.Setting before,
            TargetAdminRepository.Setting after,
            Why why) {
        if (why.revises()) {
            targets.insertRevision(target, before, after, why.text(), admin.id(), OffsetDateTime.now(clock));
            events.publishEvent(new TargetRevised(target.id(), target.divisionId(), target.year()));
        }
    }

    private static TargetAdminRepository.Of of(TargetRow target) {
        return new TargetAdminRepository.Of(target.id(), target.indicatorId(), target.divisionId(), target.year());
    }

    private static TargetAdminRepository.Setting setting(TargetRow target) {
        return setting(target.direction(), target.value());
    }

    private static TargetAdminRepository.Setting setting(TargetDirection direction, BigDecimal value) {
        return new TargetAdminRepository.Setting(direction, value);
    }

    /**
     * Copies last year's targets into this year where none is set yet, so the next campaign year
     * starts from the last one's ambitions; each new target is audited. Allowed after some months of the
     * year are published, since a target set where none was is no revision while the year runs; refused
     * once a unit's year is over and published ({@link #copyAllowed}), where it would be.
     *
     * <p>Always the whole installation, every level at once, never a chosen unit's subtree: a unit that
     * replaced another may have moved to another parent (a county re-coded under a new city), and only a
     * copy over the whole tree finds its predecessor's targets wherever they were; and since a target
     * already set is never overwritten, copying everything cannot undo what was adjusted in a subtree.
     *
     * @return how many targets were copied
     */
    public int copyFromLastYear(int year) {
        var admin = currentUser.require(Role.ADMINISTRATOR);
        checkYear(year);
        if (targets.anyClosed(year)) {
            throw new RefusedException("catalogue.target.error.copyPublished", year);
        }
        var units = divisionsIn(year).stream().map(Division::id).toList();
        var ids = targets.copy(year - 1, year, targets.withTownsIn(year, units), OffsetDateTime.now(clock));
        for (int id : ids) {
            var copied = targets.find(id).orElseThrow();
            var after = values(copied);
            after.put("copiedFrom", year - 1);
            record(admin, "target.copy", id, null, after, null);
        }
        return ids.size();
    }

    private List<Division> divisionsIn(int year) {
        return divisions.unitsIn(year);
    }

    /**
     * Refuses a unit outside the installation's tree, or one that did not exist that year, alike; a town
     * is in the tree when its county is.
     */
    private void requireUnit(int divisionId, int year) {
        var units = divisionsIn(year);
        if (units.stream().noneMatch(d -> d.id() == divisionId)
                && !targets.townUnder(
                        divisionId,
                        year,
                        units.stream()
                                .filter(d -> d.level() == Division.Level.COUNTY)
                                .map(Division::id)
                                .toList())) {
            throw new RefusedException("catalogue.target.error.division");
        }
    }

    private TargetRow current(int id, int version) {
        var target = targets.find(id).orElseThrow(() -> new RefusedException("catalogue.error.notFound"));
        if (target.version() != version) {
            throw stale();
        }
        return target;
    }

    private static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new RefusedException("catalogue.error.year");
        }
    }

    private void record(
            AppUser admin, String action, int id, Map<String, ?> before, Map<String, ?> after, String reason) {
        audit.record(admin.id(), AuditEvent.of(action, ENTITY, id, before, after, reason, AuditEvent.Source.FORM));
    }

    private static RefusedException stale() {
        return new RefusedException("catalogue.error.stale");
    }

    private static LinkedHashMap<String, Object> values(TargetRow t) {
        var v = new LinkedHashMap<String, Object>();
        v.put("indicatorId", t.indicatorId());
        v.put("division", t.divisionCode());
        v.put("year", t.year());
        v.put("direction", t.direction().name());
        v.put("value", t.value().toPlainString());
        return v;
    }
}
