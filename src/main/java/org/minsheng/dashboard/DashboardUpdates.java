package org.minsheng.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.minsheng.approval.UnitYearDecided;
import org.minsheng.base.db.CommitNotices;
import org.minsheng.base.db.ReadReplica;
import org.minsheng.figure.ApprovedFiguresChanged;
import org.minsheng.indicator.TargetRevised;
import org.minsheng.security.CurrentUser;
import org.minsheng.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells open dashboards that a new edition of the approved figures has been committed (an approval,
 * a correction, a publication, a unit's year accepted or returned, a target revised after publication),
 * so they redraw without a reload,
 * on every application node of the installation.
 *
 * <p>Two halves, kept apart on purpose: {@link #committed} queues a notice on {@link #CHANNEL} inside
 * the changing transaction ({@link CommitNotices}: PostgreSQL's NOTIFY, delivered only if it commits,
 * to every node); each node listens on one connection of its own and {@link #deliver}s to its own
 * subscribers, this node's changes arriving the same way as another node's. After the listening
 * connection was lost and is back, every subscriber is told, since a notice may have been missed.
 *
 * <p>Subscribers are told on a small pool of this service's own threads, never on the reviewer's
 * request thread (their click does not wait for every open dashboard to redraw), and at most one
 * telling per subscriber waits at a time: a burst of approvals redraws a dashboard once or twice,
 * not once per approval. A subscriber reads the figures afresh (the page cache is keyed by the data
 * version, so the first dashboard computes and the others read its answer).
 *
 * <p>A dashboard that could not read the new edition (the database busy or out of reach for a
 * moment) asks to be told again ({@link Subscription#retry}) rather than staying on the old edition
 * until the next approval, which may be days away.
 */
@Service
public class DashboardUpdates {

    private static final Logger log = LoggerFactory.getLogger(DashboardUpdates.class);

    /**
     * Threads redrawing dashboards at once: each redraw holds its session's lock and a database
     * connection for a few milliseconds, so a few threads keep up without crowding the request pool.
     */
    private static final int THREADS = 2;

    /** The first pause before telling a dashboard again; it doubles with each failure in a row. */
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    /** The longest pause between two tries: an outage of minutes is retried twice a minute. */
    private static final Duration LAST_RETRY = Duration.ofSeconds(30);

    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService telling = Executors.newScheduledThreadPool(
            THREADS, Thread.ofPlatform().name("dashboard-updates-", 1).daemon().factory());
    private final CurrentUser currentUser;
    private final CommitNotices notices;
    private final DashboardRepository dashboards;
    private final ReadReplica replica;
    private CommitNotices.Listening listening;

    /** The notice channel of dashboard editions; one database is one installation, so no more is needed. */
    static final String CHANNEL = "minsheng_dashboard_edition";

    DashboardUpdates(
            CurrentUser currentUser, CommitNotices notices, DashboardRepository dashboards, ReadReplica replica) {
        this.currentUser = currentUser;
        this.notices = notices;
        this.dashboards = dashboards;
        this.replica = replica;
    }

    @PostConstruct
    void startListening() {
        listening = notices.listen(CHANNEL, payload -> {
            // the edition's data version: the dashboards told of it must not draw an older one (a node of
            // the version before sends no number; its notice still redraws)
            if (payload.matches("[0-9]{1,18}")) {
                replica.saw(Long.parseLong(payload));
            }
            deliver();
        });
    }

    /** What {@link #subscribe} returns: cancel it when the dashboard closes, or the service keeps it. */
    public interface Subscription {
        void cancel();

        /**
         * Asks to be told again after a pause, because taking the new edition failed for a passing
         * reason. The pause doubles with each retry in a row (1 s, 2 s, … up to 30 s) and starts again
         * at the next committed change.
         */
        void retry();
    }

    /**
     * Calls {@code onNewEdition} after each committed change to the approved figures, on a thread of
     * this service; it must hand its work to its own UI (Vaadin's {@code UI.access}). Anyone who may
     * read a dashboard may follow it.
     */
    public Subscription subscribe(Runnable onNewEdition) {
        currentUser.require(Role.values());
        var subscriber = new Subscriber(onNewEdition);
        subscribers.add(subscriber);
        return subscriber;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void committed(ApprovedFiguresChanged change) {
        log.debug("{} for period {}: notice on commit", change.change(), change.periodId());
        noticeOnCommit();
    }

    /** An accepted or returned unit changes what an accepting level's page counts, as an approval does. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void committed(UnitYearDecided decision) {
        log.debug("unit {}'s year {} decided: notice on commit", decision.divisionId(), decision.year());
        noticeOnCommit();
    }

    /**
     * A unit's year released from its year-in-review is its first edition: 第1版 where 年度未发布 stood, and
     * a wall on its default year moves on to it. Only a period's publication was told before, so an open
     * wall stayed on the year before until reloaded.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void committed(UnitYearReleased release) {
        log.debug("unit {}'s year {} released: notice on commit", release.divisionId(), release.year());
        noticeOnCommit();
    }

    /** A target changed after publication makes a new edition: 第n版 and the 完成 / 未完成 beside it change. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void committed(TargetRevised revision) {
        log.debug("target {} of {} revised: notice on commit", revision.targetId(), revision.year());
        noticeOnCommit();
    }

    /**
     * The notice carries the data version the transaction commits (its triggers have run by now), and
     * this node's read floor rises to it as soon as it commits, before the notice comes round: the
     * reviewer's next page, drawn at once, is never read from a replica that has not yet replayed it.
     */
    private void noticeOnCommit() {
        long counter = dashboards.versions().counter();
        notices.sendOnCommit(CHANNEL, Long.toString(counter));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                replica.saw(counter);
            }
        });
    }

    /** Tells this node's subscribers, for a notice from any node. */
    void deliver() {
        log.debug("a new edition: telling {} dashboards", subscribers.size());
        subscribers.forEach(subscriber -> {
            subscriber.retries.set(0);
            subscriber.tell();
        });
    }

    @PreDestroy
    void stop() {
        if (listening != null) {
            listening.stop();
        }
        telling.shutdownNow();
    }

    private final class Subscriber implements Subscription {

        private final Runnable onNewEdition;
        /** A telling is queued and has not started: a later change is covered by it. */
        private final AtomicBoolean queued = new AtomicBoolean();
        /** Retries asked for since the last committed change. */
        private final AtomicInteger retries = new AtomicInteger();

        Subscriber(Runnable onNewEdition) {
            this.onNewEdition = onNewEdition;
        }

        @Override
        public void cancel() {
            subscribers.remove(this);
        }

        @Override
        public void retry() {
            if (!subscribers.contains(this)) {
                return;
            }
            long pause =
                    Math.min(FIRST_RETRY.toMillis() << Math.min(retries.getAndIncrement(), 16), LAST_RETRY.toMillis());
            try {
                telling.schedule(this::tell, pause, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException shuttingDown) {
                // the application is stopping: nobody is left to tell
            }
        }

        void tell() {
            if (!subscribers.contains(this) || !queued.compareAndSet(false, true)) {
                return;
            }
            try {
                telling.execute(() -> {
                    queued.set(false);
                    try {
                        onNewEdition.run();
                    } catch (RuntimeException e) {
                        // one broken dashboard must not keep the others from their update
                        log.warn("a dashboard could not take the new edition", e);
                    }
                });
            } catch (RejectedExecutionException shuttingDown) {
                queued.set(false);
            }
        }
    }
}
