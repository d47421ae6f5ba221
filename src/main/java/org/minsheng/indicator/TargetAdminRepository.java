package org.minsheng.indicator;

import static org.minsheng.db.Tables.APP_USER;
import static org.minsheng.db.Tables.DIVISION;
import static org.minsheng.db.Tables.INDICATOR;
import static org.minsheng.db.Tables.INDICATOR_CATEGORY;
import static org.minsheng.db.Tables.PERIOD;
import static org.minsheng.db.Tables.TARGET;
import static org.minsheng.db.Tables.TARGET_REVISION;
import static org.minsheng.db.Tables.UNIT_PUBLICATION;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.minsheng.base.db.AtVersion;
import org.minsheng.base.db.PublishedLines;
import org.minsheng.base.db.Vocabularies;
import org.minsheng.base.db.YearsOver;
import org.minsheng.db.enums.DivisionLevel;
import org.minsheng.db.enums.PeriodStatus;
import org.springframework.stereotype.Repository;

@Repository
class TargetAdminRepository {

    private final DSLContext db;

    TargetAdminRepository(DSLContext db) {
        this.db = db;
    }

    /** The year's targets of a unit and of the units directly below it. */
    List<TargetRow> findByYearUnder(int year, int divisionId) {
        return rows(TARGET.YEAR.eq((short) year).and(DIVISION.ID.eq(divisionId).or(DIVISION.PARENT_ID.eq(divisionId))));
    }

    Optional<TargetRow> find(int id) {
        return rows(TARGET.ID.eq(id)).stream().findFirst();
    }

    boolean exists(int indicatorId, int divisionId, int year) {
        return db.fetchExists(
                TARGET,
                TARGET.INDICATOR_ID
                        .eq(indicatorId)
                        .and(TARGET.DIVISION_ID.eq(divisionId))
                        .and(TARGET.YEAR.eq((short) year)));
    }

    int insert(
            int indicatorId, int divisionId, int year, TargetDirection direction, BigDecimal value, OffsetDateTime at) {
        return db.insertInto(TARGET)
                .set(TARGET.SET_AT, at)
                .set(TARGET.INDICATOR_ID, indicatorId)
                .set(TARGET.DIVISION_ID, divisionId)
                .set(TARGET.YEAR, (short) year)
                .set(TARGET.DIRECTION, toDb(direction))
                .set(TARGET.VALUE, value)
                .returning(TARGET.ID)
                .fetchSingle(TARGET.ID);
    }

    boolean update(int id, int version, TargetDirection direction, BigDecimal value, OffsetDateTime at) {
        return AtVersion.update(
                db.update(TARGET)
                        .set(TARGET.DIRECTION, toDb(direction))
                        .set(TARGET.VALUE, value)
                        .set(TARGET.SET_AT, at),
                TARGET.ID,
                id,
                TARGET.VERSION,
                version);
    }

    boolean delete(int id, int version) {
        return db.deleteFrom(TARGET)
                        .where(TARGET.ID.eq(id))
                        .and(TARGET.VERSION.eq(version))
                        .execute()
                == 1;
    }

    /**
     * Copies the targets of one year into the next, for indicators still in use. A target of a unit
     * that has since been renamed or re-coded goes to its successor (龙海市's 2020 targets become
     * 龙海区's for 2021); a target already set for the new year is kept as it is, and where two units
     * merged into one the first copied wins, to be adjusted by hand. Nor is one copied where the new year
     * had a target removed after publication: setting it again is a revision, which needs its reason.
     *
     * @param divisionIds the units that exist in the new year, at every level of the installation
     * @return the ids of the new targets
     */
    List<Integer> copy(int fromYear, int toYear, Collection<Integer> divisionIds, OffsetDateTime at) {
        var unit = DIVISION.as("source_unit");
        // one array parameter, not one per unit: a national installation has some 3,400 units
        var ids = DSL.val(divisionIds.toArray(Integer[]::new));
        var inNewYear = unit.ID.eq(DSL.any(ids));
        var carriedTo = DSL.when(inNewYear, unit.ID).otherwise(unit.SUCCESSOR_ID);
        return db.insertInto(
                        TARGET,
                        TARGET.INDICATOR_ID,
                        TARGET.DIVISION_ID,
                        TARGET.YEAR,
                        TARGET.DIRECTION,
                        TARGET.VALUE,
                        TARGET.SET_AT)
                .select(DSL.select(
                                TARGET.INDICATOR_ID,
                                carriedTo,
                                DSL.val((short) toYear),
                                TARGET.DIRECTION,
                                TARGET.VALUE,
                                DSL.val(at))
                        .from(TARGET)
                        .join(INDICATOR)
                        .on(INDICATOR.ID.eq(TARGET.INDICATOR_ID))
                        .join(unit)
                        .on(unit.ID.eq(TARGET.DIVISION_ID))
                        .where(TARGET.YEAR.eq((short) fromYear))
                        .and(inNewYear.or(unit.SUCCESSOR_ID.eq(DSL.any(ids))))
                        .and(INDICATOR.RETIRED_ON.isNull())
                        .andNotExists(DSL.selectOne()
                                .from(TARGET_REVISION)
                                .where(revisionsOf(TARGET.INDICATOR_ID, carriedTo, toYear)))
                        .orderBy(TARGET.ID))
                .onConflictDoNothing()
                .returning(TARGET.ID)
                .fetch(TARGET.ID);
    }

    /**
     * Whether what the unit's page published of the year stands against its targets of that year: the
     * review page published a period of the year (for every unit at once, as the city product does), or a
     * unit of its line, itself included, published its year (V133).
     */
    boolean published(int divisionId, int year) {
        return periodPublished(year)
                || db.fetch(PublishedLines.of(year, Set.of(divisionId))).isNotEmpty();
    }

    /**
     * Whether a period of the target's year was published since the target was last set, so that what was
     * published stood against it as it is (V158).
     */
    boolean publishedSinceSet(int targetId) {
        return db.fetchExists(DSL.selectOne()
                .from(TARGET)
                .join(PERIOD)
                .on(PERIOD.YEAR.eq(TARGET.YEAR))
                .where(TARGET.ID.eq(targetId))
                .and(PERIOD.STATUS.eq(DSL.inline(PeriodStatus.published)))
                .and(PERIOD.PUBLISHED_AT.ge(TARGET.SET_AT)));
    }

    /**
     * Whether the unit's year is over and published, so its results are final: every period of the year is
     * published up to its last ({@link YearsOver}), or a unit of its line published its year (V133). A target
     * set where none was is then a revision of those final results; in a year still running it is planning.
     */
    boolean closed(int divisionId, int year) {
        return yearOver(year)
                || db.fetch(PublishedLines.of(year, Set.of(divisionId))).isNotEmpty();
    }

    /** Whether any unit's year is over and published, by the periods or by a unit (V133). */
    boolean anyClosed(int year) {
        return yearOver(year) || db.fetchExists(UNIT_PUBLICATION, UNIT_PUBLICATION.YEAR.eq((short) year));
    }

    private boolean yearOver(int year) {
        return db.select(DSL.field(YearsOver.over(year))).fetchSingle().value1();
    }

    /**
     * Whether a target of the indicator, unit and year was ever revised after publication: where none is set
     * now, one stood in published results and was removed with its reason, and setting one again revises them.
     */
    boolean everRevised(int indicatorId, int divisionId, int year) {
        return db.fetchExists(TARGET_REVISION, revisionsOf(DSL.val(indicatorId), DSL.val(divisionId), year));
    }

    private static Condition revisionsOf(Field<Integer> indicatorId, Field<Integer> divisionId, int year) {
        return TARGET_REVISION
                .INDICATOR_ID
                .eq(indicatorId)
                .and(TARGET_REVISION.DIVISION_ID.eq(divisionId))
                .and(TARGET_REVISION.YEAR.eq((short) year));
    }

    private boolean periodPublished(int year) {
        return db.fetchExists(
                PERIOD, PERIOD.YEAR.eq((short) year).and(PERIOD.STATUS.eq(DSL.inline(PeriodStatus.published))));
    }

    /** A target's value before and after a change; null on the side where it did not exist. */
    record Setting(TargetDirection direction, BigDecimal value) {}

    /** Which target a revision is of: its id and what makes it that target. */
    record Of(int id, int indicatorId, int divisionId, int year) {}

    void insertRevision(Of target, Setting before, Setting after, String reason, int userId, OffsetDateTime at) {
        db.insertInto(TARGET_REVISION)
                .set(TARGET_REVISION.TARGET_ID, target.id())
                .set(TARGET_REVISION.INDICATOR_ID, target.indicatorId())
                .set(TARGET_REVISION.DIVISION_ID, target.divisionId())
                .set(TARGET_REVISION.YEAR, (short) target.year())
                .set(TARGET_REVISION.OLD_DIRECTION, before == null ? null : toDb(before.direction()))
                .set(TARGET_REVISION.OLD_VALUE, before == null ? null : before.value())
                .set(TARGET_REVISION.NEW_DIRECTION, after == null ? null : toDb(after.direction()))
                .set(TARGET_REVISION.NEW_VALUE, after == null ? null : after.value())
                .set(TARGET_REVISION.REASON, reason)
                .set(TARGET_REVISION.CHANGED_BY, userId)
                .set(TARGET_REVISION.CHANGED_AT, at)
                .execute();
    }

    /** A target's revisions after publication, oldest first, with who made each. */
    List<TargetRevision> revisions(int targetId) {
        return revisions(TARGET_REVISION.TARGET_ID.eq(targetId));
    }

    /**
     * The revisions of a unit's target of an indicator and year, oldest first: those of a target removed
     * and set again too, as the dashboard's tile states the completion against whichever is set now.
     */
    List<TargetRevision> revisions(int indicatorId, int divisionId, int year) {
        return revisions(revisionsOf(DSL.val(indicatorId), DSL.val(divisionId), year));
    }

    private List<TargetRevision> revisions(Condition which) {
        return db.select(
                        TARGET_REVISION.OLD_DIRECTION,
                        TARGET_REVISION.OLD_VALUE,
                        TARGET_REVISION.NEW_DIRECTION,
                        TARGET_REVISION.NEW_VALUE,
                        TARGET_REVISION.REASON,
                        APP_USER.DISPLAY_NAME,
                        TARGET_REVISION.CHANGED_AT)
                .from(TARGET_REVISION)
                .join(APP_USER)
                .on(APP_USER.ID.eq(TARGET_REVISION.CHANGED_BY))
                .where(which)
                .orderBy(TARGET_REVISION.ID)
                .fetch(r -> new TargetRevision(
                        r.value1() == null ? null : Vocabularies.toDomain(r.value1(), TargetDirection.class),
                        r.value2(),
                        r.value3() == null ? null : Vocabularies.toDomain(r.value3(), TargetDirection.class),
                        r.value4(),
                        r.value5(),
                        r.value6(),
                        r.value7()));
    }

    /** Whether the unit is a town of one of the counties that existed in the year. */
    boolean townUnder(int divisionId, int year, Collection<Integer> countyIds) {
        return db.fetchExists(
                DIVISION,
                DIVISION.ID
                        .eq(divisionId)
                        .and(DIVISION.LEVEL.eq(DivisionLevel.town))
                        .and(DIVISION.PARENT_ID.eq(DSL.any(DSL.val(countyIds.toArray(Integer[]::new)))))
                        .and(existedIn(year)));
    }

    /** The units and the towns that existed in the year below those of them that are counties. */
    List<Integer> withTownsIn(int year, Collection<Integer> unitIds) {
        var towns = db.select(DIVISION.ID)
                .from(DIVISION)
                .where(DIVISION.LEVEL.eq(DivisionLevel.town))
                .and(DIVISION.PARENT_ID.eq(DSL.any(DSL.val(unitIds.toArray(Integer[]::new)))))
                .and(existedIn(year))
                .fetch(DIVISION.ID);
        var all = new java.util.ArrayList<Integer>(unitIds);
        all.addAll(towns);
        return all;
    }

    private static Condition existedIn(int year) {
        return DIVISION.VALID_FROM
                .le(LocalDate.of(year, 12, 31))
                .and(DIVISION.VALID_TO.isNull().or(DIVISION.VALID_TO.gt(LocalDate.of(year, 1, 1))));
    }

    private List<TargetRow> rows(Condition where) {
        return db.select(
                        TARGET.ID,
                        TARGET.VERSION,
                        TARGET.INDICATOR_ID,
                        INDICATOR.SHORT_NAME_ZH,
                        INDICATOR.SHORT_NAME_EN,
                        INDICATOR.UNIT_ZH,
                        INDICATOR.UNIT_EN,
                        INDICATOR.UNIT_ONE_EN,
                        TARGET.DIVISION_ID,
                        DIVISION.CODE,
                        DIVISION.NAME,
                        TARGET.YEAR,
                        TARGET.DIRECTION,
                        TARGET.VALUE,
                        DSL.field(
                                DSL.selectCount().from(TARGET_REVISION).where(TARGET_REVISION.TARGET_ID.eq(TARGET.ID))))
                .from(TARGET)
                .join(INDICATOR)
                .on(INDICATOR.ID.eq(TARGET.INDICATOR_ID))
                .join(INDICATOR_CATEGORY)
                .on(INDICATOR_CATEGORY.ID.eq(INDICATOR.CATEGORY_ID))
                .join(DIVISION)
                .on(DIVISION.ID.eq(TARGET.DIVISION_ID))
                .where(where)
                // the indicators in the catalogue's order, as the dashboard and the entry sheet list them
                .orderBy(Stream.concat(
                                IndicatorRepository.CATALOGUE_ORDER.stream(),
                                Stream.of(DIVISION.LEVEL.asc(), DIVISION.DISPLAY_ORDER.asc(), DIVISION.CODE.asc()))
                        .toList())
                .fetch(r -> new TargetRow(
                        r.value1(),
                        r.value2(),
                        new TargetRow.Of(r.value3(), r.value4(), r.value5(), r.value6(), r.value7(), r.value8()),
                        new TargetRow.For(r.value9(), r.value10(), r.value11()),
                        r.value12(),
                        Vocabularies.toDomain(r.value13(), TargetDirection.class),
                        r.value14(),
                        r.value15()));
    }

    private static org.minsheng.db.enums.TargetDirection toDb(TargetDirection direction) {
        return Vocabularies.toDatabase(direction, org.minsheng.db.enums.TargetDirection.class);
    }
}
