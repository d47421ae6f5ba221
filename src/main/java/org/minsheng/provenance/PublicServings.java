package org.minsheng.provenance;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts what the public side serves, per day, kind, unit year and edition, instead of writing a row
 * per request (the page answers thousands a second): counts gather in memory and are added to the
 * day's rows (V143) at most once a minute, by the first request after the minute, on a thread of
 * this component, and when the node stops. A node killed outright loses at most its last minute's
 * counts; nothing a visitor waits for writes.
 */
@Component
public class PublicServings {

    /** What was served. */
    public enum Kind {
        PUBLIC_PAGE,
        OPEN_DATA,
        API,
        /** A live embed: it follows every new edition. */
        EMBED,
        /** A pinned embed: it stays on the edition in its address. */
        EMBED_PINNED;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    record Key(LocalDate day, Kind kind, int year, String unitCode, int revision) {}

    private static final Logger log = LoggerFactory.getLogger(PublicServings.class);
    private static final Duration EVERY = Duration.ofMinutes(1);

    private final Map<Key, AtomicLong> counts = new ConcurrentHashMap<>();
    private final ProvenanceRepository records;
    private final TransactionTemplate inTransaction;
    private final Clock clock;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("public-servings").daemon().factory());
    private final AtomicBoolean writing = new AtomicBoolean();
    private volatile long lastWrite = System.nanoTime();

    PublicServings(ProvenanceRepository records, PlatformTransactionManager transactions, Clock clock) {
        this.records = records;
        this.inTransaction = new TransactionTemplate(transactions);
        // its own transaction, also when the history page asks for a write inside its read
        inTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** One answer served of the unit's year at that edition. */
    public void served(Kind kind, int year, String unitCode, int revision) {
        counts.computeIfAbsent(new Key(LocalDate.now(clock), kind, year, unitCode, revision), k -> new AtomicLong())
                .incrementAndGet();
        if (System.nanoTime() - lastWrite > EVERY.toNanos() && writing.compareAndSet(false, true)) {
            lastWrite = System.nanoTime();
            writer.execute(() -> {
                try {
                    write();
                } finally {
                    writing.set(false);
                }
            });
        }
    }

    /** Adds the counts gathered so far to the day's rows (the history page calls it before reading). */
    public void write() {
        var today = LocalDate.now(clock);
        for (var entry : counts.entrySet()) {
            var key = entry.getKey();
            long n = entry.getValue().getAndSet(0);
            if (n == 0) {
                if (key.day().isBefore(today)) {
                    counts.remove(key, entry.getValue());
                }
                continue;
            }
            try {
                inTransaction.executeWithoutResult(status -> records.addServed(key, n));
            } catch (RuntimeException e) {
                // kept for the next write: a database away for a moment must not lose the day's counts
                entry.getValue().addAndGet(n);
                log.warn("could not write the public side's counts, keeping them for the next try: {}", e.getMessage());
                return;
            }
        }
    }

    @PreDestroy
    void stop() {
        writer.shutdown();
        try {
            write();
        } catch (RuntimeException e) {
            log.warn("the public side's last counts were not written: {}", e.getMessage());
        }
    }
}
