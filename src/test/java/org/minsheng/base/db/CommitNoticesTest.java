package org.minsheng.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * LISTEN/NOTIFY as the nodes use it: a notice arrives only when its transaction commits, and a
 * listener whose connection was cut listens again and is told it may have missed notices.
 */
@IntegrationTest
class CommitNoticesTest {

    private static final String CHANNEL = "minsheng_test_notices";

    @Autowired
    CommitNotices notices;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DSLContext db;

    @Test
    void a_notice_arrives_when_its_transaction_commits_and_never_when_it_rolls_back() throws Exception {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        var listening = notices.listen(CHANNEL, received::add);
        try {
            assertThat(received.poll(20, TimeUnit.SECONDS)).isEqualTo(CommitNotices.RECONNECTED);
            var tx = new TransactionTemplate(transactions);
            tx.executeWithoutResult(status -> {
                notices.sendOnCommit(CHANNEL, "rolled back");
                status.setRollbackOnly();
            });
            tx.executeWithoutResult(status -> notices.sendOnCommit(CHANNEL, "committed"));

            // one connection receives in commit order: had the rolled-back notice gone out, it came first
            assertThat(received.poll(20, TimeUnit.SECONDS)).isEqualTo("committed");
        } finally {
            listening.stop();
        }
    }

    @Test
    void a_notice_outside_a_transaction_is_refused() {
        assertThatThrownBy(() -> notices.sendOnCommit(CHANNEL, "nowhere")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_channel_name_that_is_not_a_plain_identifier_is_refused() {
        assertThatThrownBy(() -> notices.listen("x; drop table figure", payload -> {}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_listener_whose_connection_was_cut_listens_again_and_is_told_it_may_have_missed_notices() throws Exception {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        var listening = notices.listen(CHANNEL, received::add);
        try {
            assertThat(received.poll(20, TimeUnit.SECONDS)).isEqualTo(CommitNotices.RECONNECTED);
            var cut = db.fetchValue(
                    "select count(pg_terminate_backend(pid)) from pg_stat_activity where application_name = ?",
                    CommitNotices.applicationName(CHANNEL));
            assertThat(((Number) cut).intValue())
                    .as("the listening connection was found")
                    .isEqualTo(1);

            assertThat(received.poll(20, TimeUnit.SECONDS))
                    .as("told after listening again")
                    .isEqualTo(CommitNotices.RECONNECTED);
            new TransactionTemplate(transactions)
                    .executeWithoutResult(status -> notices.sendOnCommit(CHANNEL, "after the cut"));
            assertThat(received.poll(20, TimeUnit.SECONDS)).isEqualTo("after the cut");
            assertThat(List.copyOf(received)).isEmpty();
        } finally {
            listening.stop();
        }
    }
}
