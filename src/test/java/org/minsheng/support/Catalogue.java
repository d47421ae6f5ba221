package org.minsheng.support;

import static org.minsheng.db.Tables.AUDIT_ENTRY;
import static org.minsheng.db.Tables.DIVISION;
import static org.minsheng.db.Tables.FIGURE;
import static org.minsheng.db.Tables.INDICATOR;
import static org.minsheng.db.Tables.INDICATOR_CATEGORY;
import static org.minsheng.db.Tables.PERIOD;

import java.math.BigDecimal;
import java.util.List;
import org.jooq.DSLContext;
import org.minsheng.dashboard.Dashboard;
import org.minsheng.db.enums.PeriodStatus;
import org.minsheng.db.tables.records.AuditEntryRecord;
import org.minsheng.db.tables.records.FigureRecord;
import org.minsheng.figure.CellKey;
import org.minsheng.indicator.Indicator;
import org.minsheng.indicator.IndicatorDraft;
import org.minsheng.indicator.TargetDirection;

/** What the catalogue tests share: demo ids and figures by code, a realistic new indicator, and the audit trail. */
public final class Catalogue {

    private Catalogue() {}

    public static int indicatorId(DSLContext db, String code) {
        return db.select(INDICATOR.ID)
                .from(INDICATOR)
                .where(INDICATOR.CODE.eq(code))
                .fetchSingle(INDICATOR.ID);
    }

    /** The indicator of the page with {@code code}: how a test names what it reads off a dashboard. */
    public static Indicator indicator(Dashboard data, String code) {
        return data.indicators().stream()
                .filter(i -> i.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    public static int divisionId(DSLContext db, String code) {
        return db.select(DIVISION.ID)
                .from(DIVISION)
                .where(DIVISION.CODE.eq(code))
                .fetchSingle(DIVISION.ID);
    }

    public static int monthId(DSLContext db, int year, int month) {
        return db.select(PERIOD.ID)
                .from(PERIOD)
                .where(PERIOD.YEAR.eq((short) year))
                .and(PERIOD.MONTH.eq((short) month))
                .fetchSingle(PERIOD.ID);
    }

    /** A demo cell's figure row: an indicator of a unit in a month, by their codes. */
    public static FigureRecord figure(DSLContext db, String indicator, String division, int year, int month) {
        return db.selectFrom(FIGURE)
                .where(FIGURE.INDICATOR_ID.eq(indicatorId(db, indicator)))
                .and(FIGURE.DIVISION_ID.eq(divisionId(db, division)))
                .and(FIGURE.PERIOD_ID.eq(monthId(db, year, month)))
                .fetchSingle();
    }

    public static int categoryId(DSLContext db, String code) {
        return db.select(INDICATOR_CATEGORY.ID)
                .from(INDICATOR_CATEGORY)
                .where(INDICATOR_CATEGORY.CODE.eq(code))
                .fetchSingle(INDICATOR_CATEGORY.ID);
    }

    /** A new healthcare indicator in the style of the article's: villages with a clinic, counted up. */
    public static IndicatorDraft clinics(DSLContext db) {
        return new IndicatorDraft(
                new IndicatorDraft.Names(
                        "village_clinics",
                        "标准化村卫生所",
                        "Standardised village clinics",
                        "标准化村卫生所",
                        "Village clinics",
                        "截至报告期末建成的标准化村卫生所数。",
                        "Standardised village clinics built by the end of the period."),
                new IndicatorDraft.Measure("个", "clinics", null, Indicator.ValueType.INTEGER, 0, BigDecimal.ZERO, null),
                new IndicatorDraft.Totals(Indicator.Aggregation.SUM, null, null, true),
                new IndicatorDraft.Reporting(true, false),
                new IndicatorDraft.Placement(categoryId(db, "education"), "市卫健委", null, 9),
                new IndicatorDraft.Phrase("建成标准化村卫生所{value}", null),
                TargetDirection.INCREASE_TO);
    }

    /**
     * Sets a published month back to closed, as if the review page had not published it yet: the demo
     * publishes 2020 period by period, so without its December the year is not public.
     */
    public static void unpublishMonth(DSLContext db, int year, int month) {
        db.update(PERIOD)
                .set(PERIOD.STATUS, PeriodStatus.closed)
                .setNull(PERIOD.PUBLISHED_AT)
                .setNull(PERIOD.PUBLISHED_BY)
                .where(PERIOD.YEAR.eq((short) year).and(PERIOD.MONTH.eq((short) month)))
                .execute();
    }

    /** Adds a unit below the unit of {@code parentCode} (the demo has none below its districts). */
    public static void addDivision(DSLContext db, String code, String name, String level, String parentCode) {
        db.execute(
                "insert into division (code, name, level, parent_id)"
                        + " select ?, ?, ?::division_level, id from division where code = ?",
                code,
                name,
                level,
                parentCode);
    }

    /**
     * Two towns of 漳浦县 (the demo has none), 绥安镇 and 旧镇镇, with December 2020's approved 营养改善计划学校
     * of 15 and 9: what a county's page ranks.
     */
    public static void zhangpuTowns(DSLContext db) {
        addDivision(db, "350623100", "绥安镇", "town", "350623");
        addDivision(db, "350623101", "旧镇镇", "town", "350623");
        db.execute("""
                insert into figure (indicator_id, division_id, period_id, value, status, approved_value,
                                    approved_not_applicable, approved_at, revision)
                select i.id, d.id, p.id, t.v, 'approved', t.v, false, now(), 1
                from (values ('350623100', 15), ('350623101', 9)) as t (code, v)
                join division d on d.code = t.code
                join indicator i on i.code = 'meal_schools'
                join period p on p.year = 2020 and p.kind = 'month' and p.month = 12""");
    }

    /**
     * 芗城区's January 2021 营养改善计划学校 approved at 4 and nothing else of 2021: the first district of a
     * new year, whose figure is all the year's totals hold while the other ten still enter theirs.
     */
    public static void xiangchengFirstOf2021(DSLContext db) {
        approvedFigure(db, "meal_schools", "350602", 2021, 1, 4);
    }

    /**
     * A figure of the unit's month approved at {@code value} now, unless the cell has one already; a count
     * as an int, kilometres and the like as a BigDecimal with the indicator's scale.
     */
    public static void approvedFigure(
            DSLContext db, String indicator, String division, int year, int month, Number value) {
        db.execute("""
                insert into figure (indicator_id, division_id, period_id, value, status, approved_value,
                                    approved_not_applicable, approved_at, revision)
                select i.id, d.id, p.id, ?, 'approved', ?, false, now(), 1
                from indicator i, division d, period p
                where i.code = ? and d.code = ?
                  and p.year = ? and p.kind = 'month' and p.month = ?
                on conflict do nothing""", value, value, indicator, division, year, month);
    }

    /**
     * The year of every unit directly below {@code parentCode} but {@code exceptCode} accepted by the
     * root's reviewer, as the approval workflow records it.
     */
    public static void acceptChildren(DSLContext db, String parentCode, int year, String exceptCode) {
        db.execute("""
                insert into unit_acceptance (division_id, year, status, decided_by)
                select d.id, ?, 'accepted', u.id
                from division d join division p on p.id = d.parent_id and p.code = ?
                cross join app_user u
                where u.username = 'reviewer' and d.code <> ?""", year, parentCode, exceptCode);
    }

    /**
     * Accepts the year of every unit two levels below {@code code} (a province's counties) but {@code
     * exceptCode}, as their cities accepting their counties or a province accepting them across its cities.
     */
    public static void acceptGrandchildren(DSLContext db, String code, int year, String exceptCode) {
        db.execute("""
                insert into unit_acceptance (division_id, year, status, decided_by)
                select d.id, ?, 'accepted', u.id
                from division d
                join division c on c.id = d.parent_id
                join division p on p.id = c.parent_id and p.code = ?
                cross join app_user u
                where u.username = 'reviewer' and d.code <> ?""", year, code, exceptCode);
    }

    /**
     * Inserts a figure of the indicator, unit and period in the state ({@code draft}, {@code submitted}, ...)
     * with value 4, entered (and, when submitted, submitted) by the user.
     */
    public static CellKey figureIn(
            DSLContext db, String indicatorCode, String unitCode, int periodId, String status, String enteredBy) {
        int indicator = indicatorId(db, indicatorCode);
        int unit = divisionId(db, unitCode);
        boolean submitted = status.equals("submitted");
        db.execute("""
                insert into figure (indicator_id, division_id, period_id, value, status, entered_by, submitted_by,
                                    submitted_at)
                select ?, ?, ?, 4, ?::figure_status, u.id, case when ? then u.id end, case when ? then now() end
                from app_user u where u.username = ?""", indicator, unit, periodId, status, submitted, submitted, enteredBy);
        return new CellKey(indicator, unit, periodId);
    }

    /** The stored figure of the cell. */
    public static FigureRecord figure(DSLContext db, CellKey key) {
        return db.selectFrom(FIGURE)
                .where(FIGURE.INDICATOR_ID.eq(key.indicatorId()))
                .and(FIGURE.DIVISION_ID.eq(key.divisionId()))
                .and(FIGURE.PERIOD_ID.eq(key.periodId()))
                .fetchSingle();
    }

    /** A user with the role, scoped to the unit (the user dialog's 负责单位). */
    public static void scopedUser(DSLContext db, String username, String role, String unitCode) {
        db.execute(
                "insert into app_user (username, display_name, password_hash) values (?, ?, '{noop}not-used')"
                        + " on conflict (username) do nothing",
                username,
                username);
        db.execute(
                "insert into user_role (user_id, role) select id, ?::app_role from app_user where username = ?"
                        + " on conflict do nothing",
                role,
                username);
        db.execute("""
                insert into user_scope (user_id, division_id)
                select u.id, d.id from app_user u, division d where u.username = ? and d.code = ?
                on conflict do nothing""", username, unitCode);
    }

    public static int auditCount(DSLContext db) {
        return db.fetchCount(AUDIT_ENTRY);
    }

    public static List<AuditEntryRecord> audit(DSLContext db, String entity, long id) {
        return db.selectFrom(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.ENTITY.eq(entity))
                .and(AUDIT_ENTRY.ENTITY_ID.eq(id))
                .orderBy(AUDIT_ENTRY.ID)
                .fetch();
    }

    /**
     * Takes every figure of the indicator away, as if never reported: a gap. (不适用 is not one: it is an
     * answer, and the outputs say 不适用.)
     */
    public static void neverReported(DSLContext db, String indicatorCode) {
        db.execute("""
                delete from figure_revision where figure_id in
                    (select id from figure where indicator_id = (select id from indicator where code = ?))""", indicatorCode);
        db.execute("delete from figure where indicator_id = (select id from indicator where code = ?)", indicatorCode);
    }

    /** The unit's figures of the indicator in these months of the year, entered and approved as 不适用. */
    public static void approvedAsNotApplicable(
            DSLContext db, String indicatorCode, String divisionCode, int year, Integer... months) {
        db.execute("""
                update figure set value = null, not_applicable = true,
                                  approved_value = null, approved_not_applicable = true
                where indicator_id = (select id from indicator where code = ?)
                  and division_id = (select id from division where code = ?)
                  and period_id in (select id from period where kind = 'month' and year = ? and month = any(?))""", indicatorCode, divisionCode, year, months);
    }
}
