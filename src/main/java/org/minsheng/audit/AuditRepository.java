package org.minsheng.audit;

import static org.minsheng.db.Tables.APP_USER;
import static org.minsheng.db.Tables.AUDIT_ENTRY;
import static org.minsheng.db.Tables.DIVISION;
import static org.minsheng.db.Tables.FIGURE;
import static org.minsheng.db.Tables.INDICATOR;
import static org.minsheng.db.Tables.PERIOD;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.minsheng.base.db.Vocabularies;
import org.minsheng.db.enums.ChangeSource;
import org.minsheng.db.tables.AppUser;
import org.minsheng.db.tables.Division;
import org.minsheng.db.tables.Indicator;
import org.minsheng.db.tables.Period;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class AuditRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The division an entry is about itself, beside the figure's district joined as DIVISION. */
    private static final Division UNIT = DIVISION.as("unit");

    /** The reporting period an entry is about itself, beside the figure's period joined as PERIOD. */
    private static final Period CALENDAR = PERIOD.as("calendar");

    /** The indicator an entry is about itself, beside the figure's indicator joined as INDICATOR. */
    private static final Indicator CATALOGUED = INDICATOR.as("catalogued");

    /** The account an entry is about, beside the actor joined as APP_USER. */
    private static final AppUser ACCOUNT = APP_USER.as("account");

    /** What a target's entry recorded, after the change or (removed) before it. */
    private static final Field<JSONB> TARGET_VALUES = DSL.coalesce(AUDIT_ENTRY.NEW_VALUE, AUDIT_ENTRY.OLD_VALUE);

    private static final Field<String> TARGET_DIVISION = DSL.jsonbGetAttributeAsText(TARGET_VALUES, "division");

    private static final Field<Integer> TARGET_INDICATOR =
            DSL.jsonbGetAttributeAsText(TARGET_VALUES, "indicatorId").cast(Integer.class);

    /**
     * The year a target's entry is for, read here with its unit and indicator: the subject's words took it
     * from the recorded JSON, which the values' line then read a second time for every row.
     */
    private static final Field<Integer> TARGET_YEAR = DSL.when(
                    AUDIT_ENTRY.ENTITY.eq("target"),
                    DSL.jsonbGetAttributeAsText(TARGET_VALUES, "year").cast(Integer.class))
            .as("target_year");

    private final DSLContext db;

    /** A filter's days are the commission's days, not the server's. */
    private final ZoneId zone;

    AuditRepository(DSLContext db, Clock clock) {
        this.db = db;
        this.zone = clock.getZone();
    }

    long insert(Integer actorId, AuditEvent event) {
        return db.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.ACTOR_ID, actorId)
                .set(AUDIT_ENTRY.ACTION, event.action())
                .set(AUDIT_ENTRY.ENTITY, event.entity())
                .set(AUDIT_ENTRY.ENTITY_ID, event.entityId())
                .set(AUDIT_ENTRY.OLD_VALUE, json(event.oldValue()))
                .set(AUDIT_ENTRY.NEW_VALUE, json(event.newValue()))
                .set(AUDIT_ENTRY.REASON, event.reason())
                // by literal: jOOQ names the constant for 'import' import_, a Java keyword
                .set(AUDIT_ENTRY.SOURCE, Vocabularies.toDatabase(event.source(), ChangeSource.class))
                .set(AUDIT_ENTRY.IMPORT_ID, event.importId())
                .returning(AUDIT_ENTRY.ID)
                .fetchSingle(AUDIT_ENTRY.ID);
    }

    List<AuditEntry> search(AuditQuery query, int offset, int limit) {
        return db.select(
                        AUDIT_ENTRY.ID,
                        AUDIT_ENTRY.AT,
                        APP_USER.USERNAME,
                        APP_USER.DISPLAY_NAME,
                        AUDIT_ENTRY.ACTION,
                        AUDIT_ENTRY.ENTITY,
                        AUDIT_ENTRY.ENTITY_ID,
                        AUDIT_ENTRY.OLD_VALUE,
                        AUDIT_ENTRY.NEW_VALUE,
                        AUDIT_ENTRY.REASON,
                        AUDIT_ENTRY.SOURCE,
                        AUDIT_ENTRY.IMPORT_ID)
                .select(
                        DIVISION.NAME,
                        INDICATOR.SHORT_NAME_ZH,
                        INDICATOR.SHORT_NAME_EN,
                        INDICATOR.UNIT_ZH,
                        INDICATOR.UNIT_EN,
                        PERIOD.YEAR,
                        PERIOD.MONTH,
                        UNIT.NAME,
                        UNIT.CODE,
                        CALENDAR.YEAR,
                        CALENDAR.MONTH,
                        CATALOGUED.SHORT_NAME_ZH,
                        CATALOGUED.SHORT_NAME_EN,
                        CATALOGUED.CODE,
                        ACCOUNT.DISPLAY_NAME,
                        ACCOUNT.USERNAME,
                        TARGET_YEAR)
                .from(AUDIT_ENTRY)
                .leftJoin(APP_USER)
                .on(APP_USER.ID.eq(AUDIT_ENTRY.ACTOR_ID))
                // a figure's entry names its district, indicator and period (the page shows 50 at a time)
                .leftJoin(FIGURE)
                .on(AUDIT_ENTRY.ENTITY.eq("figure").and(FIGURE.ID.eq(AUDIT_ENTRY.ENTITY_ID)))
                .leftJoin(DIVISION)
                .on(DIVISION.ID.eq(FIGURE.DIVISION_ID))
                .leftJoin(INDICATOR)
                .on(INDICATOR.ID.eq(FIGURE.INDICATOR_ID))
                .leftJoin(PERIOD)
                .on(PERIOD.ID.eq(FIGURE.PERIOD_ID))
                // a division's entry names the division (厦门市 350200, not "division #18")
                .leftJoin(UNIT)
                .on(AUDIT_ENTRY.ENTITY.eq("division").and(AUDIT_ENTRY.ENTITY_ID.eq(UNIT.ID.coerce(Long.class))))
                // a target's entry names whose target it is: by the values it recorded, which a removed
                // target keeps (its row is gone), so 「目标值 #12」 reads 漳州市 · 农村公路单改双 · 2021年
                .or(AUDIT_ENTRY.ENTITY.eq("target").and(UNIT.CODE.eq(TARGET_DIVISION)))
                // a period's entry names the period (2027年（年报）, not "period #40")
                .leftJoin(CALENDAR)
                .on(AUDIT_ENTRY.ENTITY.eq("period").and(AUDIT_ENTRY.ENTITY_ID.eq(CALENDAR.ID.coerce(Long.class))))
                // an indicator's or a user's entry names it (农村公路单改双, not "indicator #6"; a stranger's trial)
                .leftJoin(CATALOGUED)
                .on(AUDIT_ENTRY.ENTITY.eq("indicator").and(AUDIT_ENTRY.ENTITY_ID.eq(CATALOGUED.ID.coerce(Long.class))))
                .or(AUDIT_ENTRY.ENTITY.eq("target").and(CATALOGUED.ID.eq(TARGET_INDICATOR)))
                .leftJoin(ACCOUNT)
                .on(AUDIT_ENTRY.ENTITY.eq("app_user").and(AUDIT_ENTRY.ENTITY_ID.eq(ACCOUNT.ID.coerce(Long.class))))
                .where(conditions(query))
                .orderBy(AUDIT_ENTRY.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(r -> new AuditEntry(
                        r.get(AUDIT_ENTRY.ID),
                        r.get(AUDIT_ENTRY.AT),
                        new AuditEntry.Actor(r.get(APP_USER.USERNAME), r.get(APP_USER.DISPLAY_NAME)),
                        r.get(AUDIT_ENTRY.ACTION),
                        new AuditEntry.Target(
                                r.get(AUDIT_ENTRY.ENTITY),
                                r.get(AUDIT_ENTRY.ENTITY_ID),
                                subject(r),
                                unit(r),
                                reporting(r),
                                named(r),
                                r.get(TARGET_YEAR)),
                        new AuditEntry.Change(
                                text(r.get(AUDIT_ENTRY.OLD_VALUE)),
                                text(r.get(AUDIT_ENTRY.NEW_VALUE)),
                                r.get(AUDIT_ENTRY.REASON)),
                        new AuditEntry.Origin(
                                Vocabularies.toDomain(r.get(AUDIT_ENTRY.SOURCE), AuditEvent.Source.class),
                                r.get(AUDIT_ENTRY.IMPORT_ID))));
    }

    private static AuditEntry.Subject subject(Record r) {
        return r.get(PERIOD.YEAR) == null
                ? null
                : new AuditEntry.Subject(
                        r.get(DIVISION.NAME),
                        new AuditEntry.Names(r.get(INDICATOR.SHORT_NAME_ZH), r.get(INDICATOR.SHORT_NAME_EN)),
                        new AuditEntry.Names(r.get(INDICATOR.UNIT_ZH), r.get(INDICATOR.UNIT_EN)),
                        r.get(PERIOD.YEAR),
                        r.get(PERIOD.MONTH) == null ? null : r.get(PERIOD.MONTH).intValue());
    }

    private static AuditEntry.Unit unit(Record r) {
        return r.get(UNIT.NAME) == null ? null : new AuditEntry.Unit(r.get(UNIT.NAME), r.get(UNIT.CODE));
    }

    private static AuditEntry.Named named(Record r) {
        if (r.get(CATALOGUED.CODE) != null) {
            return new AuditEntry.Named(
                    new AuditEntry.Names(r.get(CATALOGUED.SHORT_NAME_ZH), r.get(CATALOGUED.SHORT_NAME_EN)),
                    r.get(CATALOGUED.CODE));
        }
        if (r.get(ACCOUNT.USERNAME) != null) {
            var name = r.get(ACCOUNT.DISPLAY_NAME);
            return new AuditEntry.Named(new AuditEntry.Names(name, name), r.get(ACCOUNT.USERNAME));
        }
        return null;
    }

    private static AuditEntry.Reporting reporting(Record r) {
        return r.get(CALENDAR.YEAR) == null
                ? null
                : new AuditEntry.Reporting(
                        r.get(CALENDAR.YEAR),
                        r.get(CALENDAR.MONTH) == null
                                ? null
                                : r.get(CALENDAR.MONTH).intValue());
    }

    int count(AuditQuery query) {
        return db.fetchCount(db.select(AUDIT_ENTRY.ID)
                .from(AUDIT_ENTRY)
                .leftJoin(APP_USER)
                .on(APP_USER.ID.eq(AUDIT_ENTRY.ACTOR_ID))
                .where(conditions(query)));
    }

    private List<Condition> conditions(AuditQuery query) {
        var conditions = new ArrayList<Condition>();
        if (query.action() != null) {
            conditions.add(AUDIT_ENTRY.ACTION.eq(query.action()));
        }
        if (query.entity() != null) {
            conditions.add(AUDIT_ENTRY.ENTITY.eq(query.entity()));
        }
        if (query.entityId() != null) {
            conditions.add(AUDIT_ENTRY.ENTITY_ID.eq(query.entityId()));
        }
        if (query.actor() != null && !query.actor().isBlank()) {
            var pattern = "%" + query.actor().strip().replace("%", "\\%").replace("_", "\\_") + "%";
            conditions.add(APP_USER.USERNAME.likeIgnoreCase(pattern).or(APP_USER.DISPLAY_NAME.likeIgnoreCase(pattern)));
        }
        if (query.from() != null) {
            conditions.add(AUDIT_ENTRY.AT.ge(query.from().atStartOfDay(zone).toOffsetDateTime()));
        }
        if (query.to() != null) {
            conditions.add(
                    AUDIT_ENTRY.AT.lt(query.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime()));
        }
        return conditions;
    }

    private static String text(JSONB json) {
        return json == null ? null : json.data();
    }

    private static JSONB json(Map<String, ?> value) {
        return value == null ? null : JSONB.valueOf(jsonText(value));
    }

    private static String jsonText(Map<String, ?> value) {
        return value == null ? null : JSON.writeValueAsString(value);
    }
}
