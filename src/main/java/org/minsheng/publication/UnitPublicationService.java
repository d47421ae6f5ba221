package org.minsheng.publication;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.minsheng.approval.ApprovalLevels;
import org.minsheng.audit.AuditEvent;
import org.minsheng.audit.AuditLog;
import org.minsheng.base.RefusedException;
import org.minsheng.base.UnknownException;
import org.minsheng.base.format.Numbers;
import org.minsheng.base.i18n.Translations;
import org.minsheng.dashboard.UnitYearReleased;
import org.minsheng.division.Division;
import org.minsheng.division.DivisionService;
import org.minsheng.security.AppUser;
import org.minsheng.security.CurrentUser;
import org.minsheng.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each unit publishes its own year (issue 17): the reviewer of a unit (one scoped to it; an unscoped
 * reviewer for the root) releases its year-in-review once nothing in its subtree waits for approval
 * and, where the unit's level accepts the level below (V124), once it has accepted each of those units'
 * years. The publication fixes the unit's edition at 1; every approval in its subtree afterwards is a
 * revision of it. From then on its subtree's figures of the year are published figures: the figure
 * service takes a change to them only as a correction with its reason (figure.UnitLockRepository,
 * docs/levels.md), as it does for a period the review page published.
 */
@Service
@Transactional(readOnly = true)
public class UnitPublicationService {

    private final UnitPublicationRepository publications;
    private final UnitYears years;
    private final DivisionService divisions;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final Translations translations;
    private final ApplicationEventPublisher events;

    UnitPublicationService(
            UnitPublicationRepository publications,
            UnitYears years,
            DivisionService divisions,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock,
            Translations translations,
            ApplicationEventPublisher events) {
        this.translations = translations;
        this.events = events;
        this.publications = publications;
        this.years = years;
        this.divisions = divisions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Whether the unit's year is published (null: the root, or a scoped reader's own unit), and what
     * stands in the way; for those who may read the unit's year-in-review.
     */
    public UnitPublication status(int year, String division) {
        var user = currentUser.require(Role.COMMUNICATIONS, Role.LEADER, Role.REVIEWER, Role.ADMINISTRATOR);
        var unit = years.read(year, division).page().focus();
        return status(user, unit, year);
    }

    /**
     * Publishes the unit's year (null: a scoped reviewer's own unit, else the root). Refused to anyone but the unit's reviewer, while a figure of its subtree
     * and year is not approved, while a unit it accepts is not accepted, and a second time.
     */
    @Transactional
    public UnitPublication publish(int year, String division) {
        var reviewer = currentUser.require(Role.REVIEWER);
        var unit = unit(years.unitCode(division));
        if (!mayPublish(reviewer, unit)) {
            throw new RefusedException("publication.error.notYourUnit", unit.name());
        }
        var before = status(reviewer, unit, year);
        if (before.published()) {
            throw new RefusedException("publication.error.alreadyPublished", unit.name(), year);
        }
        if (before.pending() > 0) {
            throw new RefusedException("publication.error.pending", unit.name(), before.pending());
        }
        if (before.notAccepted() > 0) {
            throw new RefusedException("publication.error.notAccepted", unit.name(), before.notAccepted());
        }
        var id = publications
                .insert(unit.id(), year, reviewer.id(), OffsetDateTime.now(clock))
                .orElseThrow(() -> new RefusedException("publication.error.alreadyPublished", unit.name(), year));
        audit.record(
                reviewer.id(),
                AuditEvent.of(
                        "publish",
                        "unit_publication",
                        id,
                        Map.of(),
                        Map.of("unit", unit.name(), "code", unit.code(), "year", year),
                        null,
                        AuditEvent.Source.FORM));
        // open pages and walls follow once it commits, as they follow a period's publication
        events.publishEvent(new UnitYearReleased(unit.id(), year));
        return status(reviewer, unit, year);
    }

    /**
     * The unit's edition of its year: 1 as first published, one more for each approval since that
     * changed a published figure of its subtree, whichever month and unit (a month is public through
     * the read API and the embeds' trends, so a corrected July is a new edition even when the year's
     * figure, December's or a sum that the change leaves the same, is not). Published by the unit:
     * every approval after its publication; published period by period: every correction.
     */
    Edition edition(Division unit, int year) {
        var revisions = texts(publications.revisionsOfEdition(unit.id(), year));
        return new Edition(1 + revisions.size(), publications.released(unit.id(), year), revisions);
    }

    /**
     * The number {@link #edition} gives, counted instead of listed, when the unit's year is out; empty
     * when it is not (a page then says 未发布, and there is nothing to number). What a dashboard asks on
     * every page it computes: listing a national root's corrections with their texts took seconds, and
     * counting those of a year not yet out took as long for nothing (docs/benchmarks.md 4.5.4).
     */
    OptionalInt editionNumber(Division unit, int year) {
        if (!publications.released(unit.id(), year)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(1 + publications.countOfEdition(unit.id(), year));
    }

    /**
     * The unit's years out for the public, newest first: those whose edition {@link #edition} calls
     * published. For a caller that has checked who asks (the years of the public page are no secret).
     */
    List<Integer> releasedYears(int unitId) {
        return publications.releasedYears(unitId);
    }

    /**
     * Each revision as the publication (Chinese, whatever the screen language) states it, and as the
     * public page read in English states it.
     */
    private List<Edition.Revision> texts(List<UnitPublicationRepository.RevisionRow> rows) {
        return rows.stream()
                .map(r -> new Edition.Revision(r.indicatorId(), line(r, Translations.CHINESE), line(r, Locale.ENGLISH)))
                .toList();
    }

    /** 「†芗城区 · 营养改善计划学校 · 12月 4 → 5：原因」 in the locale's words; the unit and the reason as stored. */
    private String line(UnitPublicationRepository.RevisionRow r, Locale locale) {
        return t(
                locale,
                "publication.revisions.line",
                r.unit(),
                Translations.isChinese(locale) || r.indicatorEn() == null ? r.indicator() : r.indicatorEn(),
                r.target() != null
                        ? t(
                                locale,
                                "publication.revisions.target",
                                setting(
                                        locale,
                                        r.target(),
                                        r.target().beforeDirection(),
                                        r.target().before()),
                                setting(
                                        locale,
                                        r.target(),
                                        r.target().afterDirection(),
                                        r.target().after()))
                        : t(
                                locale,
                                "publication.revisions.figure",
                                r.month() == null
                                        ? t(locale, "publication.revisions.year")
                                        : t(locale, "publication.revisions.month", r.month()),
                                r.figure().hadBefore()
                                        ? approved(locale, r.figure().before())
                                        : t(locale, "publication.noData"),
                                approved(locale, r.figure().after())),
                r.reason() == null ? t(locale, "publication.revisions.noReason") : r.reason());
    }

    /**
     * A target's value as the line states it (「156」), with its direction when the revision turned it
     * (「增加到 3 → 不超过 3」 where 「3 → 3」 said nothing), or 未设定 on the side where it did not exist.
     */
    private String setting(
            Locale locale, TargetRevisionRepository.TargetChange change, String direction, BigDecimal value) {
        if (value == null) {
            return t(locale, "publication.revisions.target.none");
        }
        return change.turned()
                ? t(locale, "catalogue.direction." + direction) + " " + Numbers.exact(value)
                : Numbers.exact(value);
    }

    /**
     * An approved figure as its revision's line states it: every digit and no trailing zeros, as the
     * target's line does (「18 → 17」), or 不适用. The line said only the month and the reason, while a
     * revised target's said what it was and became.
     */
    private String approved(Locale locale, BigDecimal value) {
        return value == null ? t(locale, "figure.notApplicable") : Numbers.exact(value);
    }

    private String t(Locale locale, String key, Object... parameters) {
        return translations.getTranslation(key, locale, parameters);
    }

    private UnitPublication status(AppUser user, Division unit, int year) {
        var release = publications
                .find(unit.id(), year)
                .map(p -> new UnitPublication.Release(p.at(), p.by()))
                .orElse(null);
        return new UnitPublication(
                unit,
                year,
                release,
                publications.pending(unit.id(), year),
                notAccepted(unit, year),
                user.has(Role.REVIEWER) && mayPublish(user, unit),
                publications.wholeYearsPublished().contains(year));
    }

    /**
     * Units of the level the unit's level accepts ({@link ApprovalLevels#accepts}): a province accepting
     * its cities waits for each of them, one accepting its counties across its cities for each county; the
     * deepest level accepts no units (it and any middle level approve figures, {@link
     * ApprovalLevels#approverOf}) and an unlisted one decides nothing, so neither waits.
     */
    private int notAccepted(Division unit, int year) {
        var accepts = publications.approvalLevels().accepts(unit.level());
        return accepts == null ? 0 : publications.notAccepted(unit.id(), year, accepts);
    }

    /** The reviewer of the unit: scoped to it, or unscoped for the root. */
    private boolean mayPublish(AppUser reviewer, Division unit) {
        return reviewer.scope().isEmpty()
                ? unit.id() == divisions.city().id()
                : reviewer.scope().contains(unit.id());
    }

    /** The unit of a code (null: the root), refused when unknown. */
    private Division unit(String code) {
        if (code == null) {
            return divisions.city();
        }
        return divisions
                .node(code)
                .map(n -> new Division(n.id(), n.code(), n.name(), n.level(), n.parentId()))
                .orElseThrow(() -> new UnknownException("publication.error.unknownUnit", code));
    }
}
