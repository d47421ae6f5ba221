package org.minsheng.security;

import static org.jooq.impl.DSL.currentOffsetDateTime;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.minsheng.db.Tables.APP_USER;
import static org.minsheng.db.Tables.DIVISION;
import static org.minsheng.db.Tables.LOGIN_SOURCE;
import static org.minsheng.db.Tables.USER_ROLE;
import static org.minsheng.db.Tables.USER_SCOPE;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Record4;
import org.jooq.Record8;
import org.jooq.Result;
import org.jooq.SelectConditionStep;
import org.jooq.impl.DSL;
import org.minsheng.base.db.AtVersion;
import org.minsheng.base.db.Vocabularies;
import org.minsheng.db.enums.AppRole;
import org.minsheng.db.enums.DivisionLevel;
import org.springframework.stereotype.Repository;

@Repository
class UserAdminRepository {

    private final DSLContext db;

    UserAdminRepository(DSLContext db) {
        this.db = db;
    }

    List<UserSummary> findAll() {
        return summaries(noCondition()).orderBy(APP_USER.USERNAME).fetch(UserAdminRepository::toSummary);
    }

    Optional<UserSummary> findById(int id) {
        return summaries(APP_USER.ID.eq(id)).fetchOptional(UserAdminRepository::toSummary);
    }

    boolean usernameExists(String username) {
        return db.fetchExists(APP_USER, APP_USER.USERNAME.eq(username));
    }

    /** A division by its code, as the user administration names units; empty where no such code is stored. */
    Optional<District> division(String code) {
        return db.select(DIVISION.ID, DIVISION.CODE, DIVISION.NAME, DIVISION.LEVEL)
                .from(DIVISION)
                .where(DIVISION.CODE.eq(code))
                .and(DIVISION.VALID_TO.isNull())
                .fetchOptional(r -> new District(r.value1(), r.value2(), r.value3(), r.value4() == DivisionLevel.city));
    }

    /**
     * The units a user can be scoped to: the city itself first (its city-level indicators), then the
     * units below the root down to county level, current and former, so a 2020 statistician can keep
     * 龙海市 as a scope; only this root's, even when the division table holds the whole country.
     */
    List<District> districts(String cityCode) {
        var parent = DIVISION.as("parent");
        return db.select(
                        DIVISION.ID,
                        DIVISION.CODE,
                        DIVISION.NAME,
                        DIVISION.LEVEL,
                        DIVISION.VALID_TO,
                        // the unit it lies in, where that is not the root (a city's counties need none)
                        DSL.when(parent.CODE.ne(cityCode), parent.NAME))
                .from(DIVISION)
                .leftJoin(parent)
                .on(parent.ID.eq(DIVISION.PARENT_ID))
                .where(scopeUnitOf(cityCode, SCOPE_LEVELS))
                .orderBy(
                        DIVISION.CODE.ne(cityCode),
                        DIVISION.VALID_TO.isNotNull(),
                        // a province's cities before its counties; a city's counties share one level
                        DIVISION.LEVEL,
                        DIVISION.DISPLAY_ORDER,
                        DIVISION.CODE)
                .fetch(r -> new District(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4() == DivisionLevel.city,
                        r.value5() != null,
                        r.value6()));
    }

    /** Of {@code ids}, the units a user can be scoped to ({@link #districts}). */
    Set<Integer> scopeUnitIds(String cityCode, Collection<Integer> ids) {
        return unitIds(cityCode, ids, SCOPE_LEVELS);
    }

    /** Of {@code ids}, the units a statistician can enter for: the city- and county-level ones. */
    Set<Integer> reportingUnitIds(String cityCode, Collection<Integer> ids) {
        return unitIds(cityCode, ids, EnumSet.of(DivisionLevel.city, DivisionLevel.county));
    }

    private Set<Integer> unitIds(String cityCode, Collection<Integer> ids, Set<DivisionLevel> levels) {
        return db.select(DIVISION.ID)
                .from(DIVISION)
                .where(DIVISION.ID.in(ids))
                .and(scopeUnitOf(cityCode, levels))
                .fetchSet(DIVISION.ID);
    }

    /**
     * The levels a user's scope unit can be of below the root: a province's too, so the country's
     * administrator can give a province its leader and reviewer (the dialog offered cities and counties
     * only). Towns are left out: no level below county approves, and the country has 41,353 of them.
     */
    private static final Set<DivisionLevel> SCOPE_LEVELS =
            EnumSet.of(DivisionLevel.province, DivisionLevel.city, DivisionLevel.county);

    /**
     * The root when it is a city (or a county), and the units of {@code levels} below it down to three
     * levels (a city's counties, a province's cities and counties, the country's provinces, their cities
     * and counties): for a city installation exactly the city and its county-level units, as before.
     */
    private static Condition scopeUnitOf(String cityCode, Set<DivisionLevel> levels) {
        var root = DIVISION.as("root");
        var rootId = select(root.ID).from(root).where(root.CODE.eq(cityCode));
        var child = DIVISION.as("child");
        var grandchild = DIVISION.as("grandchild");
        var below = DIVISION.PARENT_ID
                .in(rootId)
                .or(DIVISION.PARENT_ID.in(select(child.ID).from(child).where(child.PARENT_ID.in(rootId))))
                .or(DIVISION.PARENT_ID.in(select(grandchild.ID)
                        .from(grandchild)
                        .where(grandchild.PARENT_ID.in(
                                select(child.ID).from(child).where(child.PARENT_ID.in(rootId))))));
        return DIVISION.CODE
                .eq(cityCode)
                .and(DIVISION.LEVEL.in(DivisionLevel.city, DivisionLevel.county))
                .or(DIVISION.LEVEL.in(levels).and(below));
    }

    int insert(String username, String displayName, String passwordHash) {
        return db.insertInto(APP_USER)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .returning(APP_USER.ID)
                .fetchSingle(APP_USER.ID);
    }

    /** Each update below only applies at the expected version; false means someone changed it first. */
    boolean updateDisplayName(int id, int version, String displayName) {
        return AtVersion.update(
                db.update(APP_USER).set(APP_USER.DISPLAY_NAME, displayName),
                APP_USER.ID,
                id,
                APP_USER.VERSION,
                version);
    }

    boolean updateEnabled(int id, int version, boolean enabled) {
        return AtVersion.update(
                db.update(APP_USER).set(APP_USER.ENABLED, enabled), APP_USER.ID, id, APP_USER.VERSION, version);
    }

    /** A new password also lifts a lockout: the administrator has just vouched for the account. */
    boolean updatePassword(int id, int version, String passwordHash) {
        boolean updated = AtVersion.update(
                db.update(APP_USER)
                        .set(APP_USER.PASSWORD_HASH, passwordHash)
                        .set(APP_USER.FAILED_LOGINS, 0)
                        .setNull(APP_USER.LOCKED_UNTIL),
                APP_USER.ID,
                id,
                APP_USER.VERSION,
                version);
        if (updated) {
            // the locks of the account's own addresses too (LoginAttempts)
            db.update(LOGIN_SOURCE)
                    .set(LOGIN_SOURCE.FAILED_LOGINS, 0)
                    .setNull(LOGIN_SOURCE.LOCKED_UNTIL)
                    .where(LOGIN_SOURCE.USER_ID.eq(id))
                    .execute();
        }
        return updated;
    }

    void replaceRoles(int userId, Set<Role> roles) {
        db.deleteFrom(USER_ROLE).where(USER_ROLE.USER_ID.eq(userId)).execute();
        for (var role : roles) {
            db.insertInto(USER_ROLE)
                    .set(USER_ROLE.USER_ID, userId)
                    .set(USER_ROLE.ROLE, toAppRole(role))
                    .execute();
        }
    }

    void replaceScope(int userId, Set<Integer> divisionIds) {
        db.deleteFrom(USER_SCOPE).where(USER_SCOPE.USER_ID.eq(userId)).execute();
        for (var divisionId : divisionIds) {
            db.insertInto(USER_SCOPE)
                    .set(USER_SCOPE.USER_ID, userId)
                    .set(USER_SCOPE.DIVISION_ID, divisionId)
                    .execute();
        }
    }

    /**
     * Ids of the enabled administrators, with their rows locked until the transaction ends. Two
     * administrators demoting each other at the same moment then queue here, and the second sees
     * the first one's change, so the last administrator cannot be lost in a race.
     */
    Set<Integer> lockEnabledAdministrators() {
        return db.select(APP_USER.ID)
                .from(APP_USER)
                .where(APP_USER.ENABLED.isTrue())
                .and(APP_USER.ID.in(
                        select(USER_ROLE.USER_ID).from(USER_ROLE).where(USER_ROLE.ROLE.eq(AppRole.administrator))))
                .forUpdate()
                .fetchSet(APP_USER.ID);
    }

    private SelectConditionStep<
                    Record8<
                            Integer,
                            String,
                            String,
                            Boolean,
                            Boolean,
                            Result<Record1<AppRole>>,
                            Result<Record4<Integer, String, String, DivisionLevel>>,
                            Integer>>
            summaries(Condition where) {
        return db.select(
                        APP_USER.ID,
                        APP_USER.USERNAME,
                        APP_USER.DISPLAY_NAME,
                        APP_USER.ENABLED,
                        APP_USER.LOCKED_UNTIL.isNotNull().and(APP_USER.LOCKED_UNTIL.gt(currentOffsetDateTime())),
                        multiset(select(USER_ROLE.ROLE).from(USER_ROLE).where(USER_ROLE.USER_ID.eq(APP_USER.ID))),
                        multiset(select(DIVISION.ID, DIVISION.CODE, DIVISION.NAME, DIVISION.LEVEL)
                                .from(USER_SCOPE)
                                .join(DIVISION)
                                .on(DIVISION.ID.eq(USER_SCOPE.DIVISION_ID))
                                .where(USER_SCOPE.USER_ID.eq(APP_USER.ID))
                                .orderBy(DIVISION.LEVEL, DIVISION.DISPLAY_ORDER, DIVISION.CODE)),
                        APP_USER.VERSION)
                .from(APP_USER)
                .where(where);
    }

    private static UserSummary toSummary(
            Record8<
                            Integer,
                            String,
                            String,
                            Boolean,
                            Boolean,
                            Result<Record1<AppRole>>,
                            Result<Record4<Integer, String, String, DivisionLevel>>,
                            Integer>
                    r) {
        var roles = r.value6().stream()
                .map(x -> toRole(x.value1()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        var scope =
                r.value7().map(x -> new District(x.value1(), x.value2(), x.value3(), x.value4() == DivisionLevel.city));
        return new UserSummary(
                r.value1(),
                r.value2(),
                r.value3(),
                r.value4(),
                Boolean.TRUE.equals(r.value5()),
                roles,
                scope,
                r.value8());
    }

    static Role toRole(AppRole role) {
        return Vocabularies.toDomain(role, Role.class);
    }

    static AppRole toAppRole(Role role) {
        return Vocabularies.toDatabase(role, AppRole.class);
    }
}
