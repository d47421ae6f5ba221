package org.minsheng.security;

import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.when;
import static org.minsheng.db.Tables.LOGIN_SOURCE;
import static org.minsheng.db.Tables.LOGIN_THROTTLE;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The addresses accounts signed in from, and the per-address wait (see {@link LoginAttempts}). */
@Repository
class LoginSourceRepository {

    /** An account's own address: how many wrong passwords in a row came from it, and its lock. */
    record KnownSource(int failedLogins, OffsetDateTime lockedUntil) {}

    private final DSLContext db;

    LoginSourceRepository(DSLContext db) {
        this.db = db;
    }

    /** The pair, provided the account signed in from this address at or after {@code since}. */
    Optional<KnownSource> known(int userId, String source, OffsetDateTime since) {
        return db.select(LOGIN_SOURCE.FAILED_LOGINS, LOGIN_SOURCE.LOCKED_UNTIL)
                .from(LOGIN_SOURCE)
                .where(LOGIN_SOURCE.USER_ID.eq(userId))
                .and(LOGIN_SOURCE.SOURCE.eq(source))
                .and(LOGIN_SOURCE.LAST_SUCCESS.ge(since))
                .fetchOptional(r -> new KnownSource(r.value1(), r.value2()));
    }

    /**
     * Counts a wrong password from an account's own address in one statement; reaching the limit
     * locks the pair until {@code lockUntil} and starts the count again. True if this failure locked it.
     */
    boolean recordFailure(int userId, String source, int maxFailures, OffsetDateTime lockUntil) {
        var reached = LOGIN_SOURCE.FAILED_LOGINS.plus(1).ge(maxFailures);
        return db.update(LOGIN_SOURCE)
                .set(LOGIN_SOURCE.LOCKED_UNTIL, when(reached, lockUntil).else_(LOGIN_SOURCE.LOCKED_UNTIL))
                .set(LOGIN_SOURCE.FAILED_LOGINS, when(reached, inline(0)).else_(LOGIN_SOURCE.FAILED_LOGINS.plus(1)))
                .where(LOGIN_SOURCE.USER_ID.eq(userId))
                .and(LOGIN_SOURCE.SOURCE.eq(source))
                .returning(LOGIN_SOURCE.FAILED_LOGINS, LOGIN_SOURCE.LOCKED_UNTIL)
                .fetchOptional()
                .filter(r -> r.get(LOGIN_SOURCE.FAILED_LOGINS) == 0 && r.get(LOGIN_SOURCE.LOCKED_UNTIL) != null)
                .isPresent();
    }

    /** Makes the address known to the account (again), with a clean count. */
    void recordSuccess(int userId, String source, OffsetDateTime now) {
        db.insertInto(LOGIN_SOURCE)
                .set(LOGIN_SOURCE.USER_ID, userId)
                .set(LOGIN_SOURCE.SOURCE, source)
                .set(LOGIN_SOURCE.LAST_SUCCESS, now)
                .onConflict(LOGIN_SOURCE.USER_ID, LOGIN_SOURCE.SOURCE)
                .doUpdate()
                .set(LOGIN_SOURCE.LAST_SUCCESS, now)
                .set(LOGIN_SOURCE.FAILED_LOGINS, 0)
                .setNull(LOGIN_SOURCE.LOCKED_UNTIL)
                .execute();
    }

    /** When the address may next try an account it does not know; empty if it has nothing to wait for. */
    Optional<OffsetDateTime> nextAttempt(String source) {
        return db.select(LOGIN_THROTTLE.NEXT_ATTEMPT)
                .from(LOGIN_THROTTLE)
                .where(LOGIN_THROTTLE.SOURCE.eq(source))
                .fetchOptional(LOGIN_THROTTLE.NEXT_ATTEMPT);
    }

    /**
     * Counts a failure from the address, starting again if its last one was before {@code forgetBefore},
     * and returns the count. The row stays locked until the transaction ends, so {@link #setNextAttempt}
     * writes the wait for exactly this count even when attempts arrive in parallel.
     */
    int recordSourceFailure(String source, OffsetDateTime now, OffsetDateTime forgetBefore) {
        return db.insertInto(LOGIN_THROTTLE)
                .set(LOGIN_THROTTLE.SOURCE, source)
                .set(LOGIN_THROTTLE.FAILURES, 1)
                .set(LOGIN_THROTTLE.LAST_FAILURE, now)
                .set(LOGIN_THROTTLE.NEXT_ATTEMPT, now)
                .onConflict(LOGIN_THROTTLE.SOURCE)
                .doUpdate()
                .set(
                        LOGIN_THROTTLE.FAILURES,
                        when(LOGIN_THROTTLE.LAST_FAILURE.lt(forgetBefore), inline(1))
                                .else_(LOGIN_THROTTLE.FAILURES.plus(1)))
                .set(LOGIN_THROTTLE.LAST_FAILURE, now)
                .returning(LOGIN_THROTTLE.FAILURES)
                .fetchSingle(LOGIN_THROTTLE.FAILURES);
    }

    void setNextAttempt(String source, OffsetDateTime nextAttempt) {
        db.update(LOGIN_THROTTLE)
                .set(LOGIN_THROTTLE.NEXT_ATTEMPT, nextAttempt)
                .where(LOGIN_THROTTLE.SOURCE.eq(source))
                .execute();
    }

    /** The address signed someone in: it is a colleague's desk, not a guessing machine. */
    void clearSource(String source) {
        db.deleteFrom(LOGIN_THROTTLE).where(LOGIN_THROTTLE.SOURCE.eq(source)).execute();
    }
}
