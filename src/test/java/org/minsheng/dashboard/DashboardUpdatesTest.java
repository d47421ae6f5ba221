package org.minsheng.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.approval.UnitYearDecided;
import org.minsheng.figure.ApprovedFiguresChanged;
import org.minsheng.indicator.TargetRevised;
import org.minsheng.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Open dashboards hear of a committed change once it is committed, and a closed one no more. */
@IntegrationTest
class DashboardUpdatesTest {

    @Autowired
    DashboardUpdates updates;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void a_committed_correction_tells_every_open_dashboard_and_a_closed_one_no_more() throws Exception {
        var open = new CountDownLatch(1);
        var closedCalls = new AtomicInteger();
        var subscription = SignedIn.as("leader", () -> updates.subscribe(open::countDown));
        var closed = SignedIn.as("leader", () -> updates.subscribe(closedCalls::incrementAndGet));
        closed.cancel();
        try {
            // the closed one is out of the list before the change: telling iterates the list at commit
            new TransactionTemplate(transactions)
                    .executeWithoutResult(tx -> events.publishEvent(
                            new ApprovedFiguresChanged(1, ApprovedFiguresChanged.Change.CORRECTED)));
            assertThat(open.await(20, TimeUnit.SECONDS))
                    .as("the open dashboard is told")
                    .isTrue();
            assertThat(closedCalls).hasValue(0);
        } finally {
            subscription.cancel();
        }
    }

    /** A province's page counts accepted cities only, so a decision on a city's year is a new edition of it. */
    @Test
    void a_committed_decision_on_a_units_year_tells_the_open_dashboards() throws Exception {
        var told = new CountDownLatch(1);
        var subscription = SignedIn.as("leader", () -> updates.subscribe(told::countDown));
        try {
            new TransactionTemplate(transactions)
                    .executeWithoutResult(tx -> events.publishEvent(new UnitYearDecided(2, 2020)));
            assertThat(told.await(20, TimeUnit.SECONDS))
                    .as("the open dashboard is told")
                    .isTrue();
        } finally {
            subscription.cancel();
        }
    }

    /** A target revised after publication is a new edition: 第n版 and 完成 / 未完成 change on the open page. */
    @Test
    void a_committed_target_revision_tells_the_open_dashboards() throws Exception {
        var told = new CountDownLatch(1);
        var subscription = SignedIn.as("leader", () -> updates.subscribe(told::countDown));
        try {
            new TransactionTemplate(transactions)
                    .executeWithoutResult(tx -> events.publishEvent(new TargetRevised(1, 1, 2020)));
            assertThat(told.await(20, TimeUnit.SECONDS))
                    .as("the open dashboard is told")
                    .isTrue();
        } finally {
            subscription.cancel();
        }
    }

    /** A unit's year released from its year-in-review is its first edition, and may be a wall's new default year. */
    @Test
    void a_committed_release_of_a_units_year_tells_the_open_dashboards() throws Exception {
        var told = new CountDownLatch(1);
        var subscription = SignedIn.as("display", () -> updates.subscribe(told::countDown));
        try {
            new TransactionTemplate(transactions)
                    .executeWithoutResult(tx -> events.publishEvent(new UnitYearReleased(1, 2021)));
            assertThat(told.await(20, TimeUnit.SECONDS))
                    .as("the open wall is told")
                    .isTrue();
        } finally {
            subscription.cancel();
        }
    }

    @Test
    void nobody_signed_in_cannot_follow_a_dashboard() {
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> updates.subscribe(() -> {})).isInstanceOf(AccessDeniedException.class);
    }
}
