package org.minsheng.security;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttles sign-in by account and client address together, so guessing a password online stays as
 * slow as a plain lockout makes it, while a stranger's wrong passwords cannot keep the real user out.
 * Every count is in the database, so all nodes share it; every method takes the time, so tests pass
 * time without waiting.
 *
 * <ul>
 * <li>An account's <em>own</em> addresses are those it signed in from within {@link #KNOWN_FOR}. From
 * each, {@code max-failures} wrong passwords in a row lock the account for that address alone, for
 * {@code lock-minutes}.
 * <li>Wrong passwords from all <em>other</em> addresses share one count per account (today's rule): at
 * {@code max-failures} the account is locked for every address that is not its own, for
 * {@code lock-minutes}. Its own addresses still get in.
 * <li>Each address may fail {@link #FREE_FAILURES} times against accounts it is not an own address of
 * (unknown usernames included); after that it waits 2, 4, 8 … seconds, at most {@code lock-minutes},
 * before each further such attempt, which is refused unchecked and counted nowhere if it comes early.
 * Its count starts again after {@link #SOURCE_MEMORY} without a failure, or when it signs someone in.
 * </ul>
 * A success clears the count it would have added to.
 */
@Service
@Transactional
class LoginAttempts {

    /** Long enough to cover holidays; short enough that a reassigned address stops counting as the user's. */
    static final Duration KNOWN_FOR = Duration.ofDays(90);
    /** Enough for a few colleagues' typos behind one address; spraying many accounts is slowed after. */
    static final int FREE_FAILURES = 10;

    static final Duration SOURCE_MEMORY = Duration.ofHours(1);

    /**
     * One sign-in attempt as the throttle sees it.
     *
     * @param userId       empty for a username that does not exist
     * @param ownSource    the account signed in from this address before (within {@link #KNOWN_FOR})
     * @param waitUntil    when the address may try this account; null if it need not wait
     */
    record Attempt(String username, LoginSource source, Integer userId, boolean ownSource, Instant waitUntil) {

        boolean mustWait(Instant now) {
            return waitUntil != null && now.isBefore(waitUntil);
        }
    }

    private final UserAccountRepository accounts;
    private final LoginSourceRepository sources;
    private final ApplicationEventPublisher events;
    private final int maxFailures;
    private final Duration lock;

    LoginAttempts(
            UserAccountRepository accounts,
            LoginSourceRepository sources,
            ApplicationEventPublisher events,
            @Value("${minsheng.login.max-failures}") int maxFailures,
            @Value("${minsheng.login.lock-minutes}") int lockMinutes) {
        this.accounts = accounts;
        this.sources = sources;
        this.events = events;
        this.maxFailures = maxFailures;
        this.lock = Duration.ofMinutes(lockMinutes);
    }

    Attempt begin(String username, LoginSource source, Instant now) {
        var name = normalize(username);
        var userId =
                accounts.lockOf(name).map(UserAccountRepository.Lock::userId).orElse(null);
        boolean own = userId != null
                && sources.known(userId, source.key(), time(now.minus(KNOWN_FOR)))
                        .isPresent();
        var waitUntil = own
                ? null
                : sources.nextAttempt(source.key())
                        .map(OffsetDateTime::toInstant)
                        .orElse(null);
        return new Attempt(name, source, userId, own, waitUntil);
    }

    /** A wrong password, or an unknown username. */
    void failed(Attempt attempt, Instant now) {
        var lockUntil = time(now.plus(lock));
        if (attempt.ownSource()) {
            if (sources.recordFailure(attempt.userId(), attempt.source().key(), maxFailures, lockUntil)) {
                auditLock(attempt.userId(), attempt.source().key());
            }
            return;
        }
        if (attempt.userId() != null) {
            accounts.recordFailure(attempt.username(), maxFailures, lockUntil).ifPresent(id -> auditLock(id, null));
        }
        countAgainstSource(attempt.source(), now);
    }

    /** After the right password: refuses it if the lock for this address is on. */
    void refuseIfLocked(Attempt attempt, Instant now) {
        var lockedUntil = attempt.ownSource()
                ? sources.known(attempt.userId(), attempt.source().key(), time(now.minus(KNOWN_FOR)))
                        .map(LoginSourceRepository.KnownSource::lockedUntil)
                        .orElse(null)
                : accounts.lockOf(attempt.username())
                        .map(UserAccountRepository.Lock::lockedUntil)
                        .orElse(null);
        if (lockedUntil != null && now.isBefore(lockedUntil.toInstant())) {
            if (!attempt.ownSource()) {
                // trying a locked account from elsewhere is still a failed attempt of that address
                countAgainstSource(attempt.source(), now);
            }
            throw new LockedException("locked");
        }
    }

    void succeeded(Attempt attempt, Instant now) {
        sources.recordSuccess(attempt.userId(), attempt.source().key(), time(now));
        if (!attempt.ownSource()) {
            accounts.recordSuccess(attempt.username());
        }
        sources.clearSource(attempt.source().key());
    }

    private void countAgainstSource(LoginSource source, Instant now) {
        int failures = sources.recordSourceFailure(source.key(), time(now), time(now.minus(SOURCE_MEMORY)));
        sources.setNextAttempt(source.key(), time(now.plus(waitAfter(failures))));
    }

    /** Nothing for the free failures, then 2 s, 4 s, 8 s … up to the lock time. */
    Duration waitAfter(int failures) {
        if (failures <= FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES, 30);
        var wait = Duration.ofSeconds(1L << doublings);
        return wait.compareTo(lock) < 0 ? wait : lock;
    }

    private void auditLock(int userId, String source) {
        var locked = source == null
                ? Map.<String, Object>of("locked", true, "minutes", lock.toMinutes())
                : Map.<String, Object>of("locked", true, "minutes", lock.toMinutes(), "from", source);
        events.publishEvent(new AccountChanged(
                null,
                "user.locked",
                userId,
                Map.of("locked", false),
                locked,
                maxFailures + " failed sign-ins in a row"
                        + (source == null ? " from other addresses" : " from " + source)));
    }

    /** PostgreSQL keeps microseconds; so do the times written and compared here. */
    private static OffsetDateTime time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    /** The same normalisation as the account lookup, so "Admin " counts against admin. */
    static String normalize(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
