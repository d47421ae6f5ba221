package org.minsheng.security;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.when;
import static org.minsheng.db.Tables.APP_USER;
import static org.minsheng.db.Tables.DIVISION;
import static org.minsheng.db.Tables.USER_ROLE;
import static org.minsheng.db.Tables.USER_SCOPE;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class UserAccountRepository {

    /** What the login needs: the account with its hash, and the user it becomes. */
    record Account(AppUser user, String passwordHash, boolean enabled) {}

    private final DSLContext db;

    UserAccountRepository(DSLContext db) {
        this.db = db;
    }

    Optional<Account> findByUsername(String username) {
        return db.select(
                        APP_USER.ID,
                        APP_USER.USERNAME,
                        APP_USER.DISPLAY_NAME,
                        APP_USER.PASSWORD_HASH,
                        APP_USER.ENABLED,
                        multiset(db.select(USER_ROLE.ROLE).from(USER_ROLE).where(USER_ROLE.USER_ID.eq(APP_USER.ID))),
                        multiset(db.select(USER_SCOPE.DIVISION_ID)
                                .from(USER_SCOPE)
                                .where(USER_SCOPE.USER_ID.eq(APP_USER.ID))))
                .from(APP_USER)
                .where(APP_USER.USERNAME.eq(username))
                .fetchOptional(r -> new Account(
                        new AppUser(
                                r.value1(),
                                r.value2(),
                                r.value3(),
                                r.value6().stream()
                                        .map(x -> Role.valueOf(x.value1().name().toUpperCase()))
                                        .collect(Collectors.toSet()),
                                new HashSet<>(r.value7().getValues(USER_SCOPE.DIVISION_ID))),
                        r.value4(),
                        r.value5()));
    }

    /**
     * The scope units with every unit below them, whatever the level: a district's towns, or a
     * province's cities, counties and towns. The home page is the highest of the scope units (a leader
     * has one; the rule does not depend on it).
     */
    ReadingScope readingScope(Set<Integer> scopeUnits) {
        var tree = name("tree").fields("id");
        var id = field(name("tree", "id"), Integer.class);
        var below = tree.as(select(DIVISION.ID)
                .from(DIVISION)
                .where(DIVISION.ID.in(scopeUnits))
                // union, not union all: a wrong parent link forming a loop ends the walk instead of hanging it
                .union(select(DIVISION.ID)
                        .from(DIVISION)
                        .join(table(name("tree")))
                        .on(DIVISION.PARENT_ID.eq(id))));
        var units = db.withRecursive(below).select(id).from(below).fetchSet(id);
        return db.select(DIVISION.CODE, DIVISION.NAME)
                .from(DIVISION)
                .where(DIVISION.ID.in(scopeUnits))
                .orderBy(DIVISION.LEVEL, DIVISION.CODE)
                .limit(1)
                // a scope row always names a division (foreign key); none found is an error, never "every unit"
                .fetchSingle(r -> new ReadingScope(r.value1(), r.value2(), units));
    }

    /** False for a disabled account and for one that no longer exists. */
    boolean isEnabled(String username) {
        return db.fetchExists(APP_USER, APP_USER.USERNAME.eq(username).and(APP_USER.ENABLED));
    }

    /**
     * The account's lock against addresses it has not signed in from (see {@link LoginAttempts}):
     * its id and how long the lock lasts, if there is one.
     */
    record Lock(int userId, OffsetDateTime lockedUntil) {}

    Optional<Lock> lockOf(String username) {
        return db.select(APP_USER.ID, APP_USER.LOCKED_UNTIL)
                .from(APP_USER)
                .where(APP_USER.USERNAME.eq(username))
                .fetchOptional(r -> new Lock(r.value1(), r.value2()));
    }

    /**
     * Counts a failed sign-in in one statement, so parallel attempts cannot slip past the limit.
     * Reaching the limit locks the account until {@code lockUntil} and starts the count again, so
     * after the lockout the user has the full number of attempts. Returns the id of an account this
     * failure locked.
     */
    Optional<Integer> recordFailure(String username, int maxFailures, OffsetDateTime lockUntil) {
        var reached = APP_USER.FAILED_LOGINS.plus(1).ge(maxFailures);
        return db.update(APP_USER)
                .set(APP_USER.LOCKED_UNTIL, when(reached, lockUntil).else_(APP_USER.LOCKED_UNTIL))
                .set(APP_USER.FAILED_LOGINS, when(reached, inline(0)).else_(APP_USER.FAILED_LOGINS.plus(1)))
                .where(APP_USER.USERNAME.eq(username))
                .returning(APP_USER.ID, APP_USER.FAILED_LOGINS, APP_USER.LOCKED_UNTIL)
                .fetchOptional()
                .filter(r -> r.get(APP_USER.FAILED_LOGINS) == 0 && r.get(APP_USER.LOCKED_UNTIL) != null)
                .map(r -> r.get(APP_USER.ID));
    }

    void recordSuccess(String username) {
        db.update(APP_USER)
                .set(APP_USER.FAILED_LOGINS, 0)
                .setNull(APP_USER.LOCKED_UNTIL)
                .where(APP_USER.USERNAME.eq(username))
                .and(APP_USER.FAILED_LOGINS.ne(0).or(APP_USER.LOCKED_UNTIL.isNotNull()))
                .execute();
    }
}
