package org.minsheng.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures users are told are a database outage (try again shortly), and which are not. */
class FailuresTest {

    @Test
    void a_connection_broken_mid_transaction_is_an_outage_even_behind_the_failed_rollback_spring_reports() {
        var broken = new DataAccessResourceFailureException(
                "insert into figure", new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        var rollback = new TransactionSystemException(
                "JDBC rollback failed", new SQLException("This connection has been closed."));
        rollback.initApplicationException(broken);
        assertThat(Failures.databaseUnavailable(rollback)).isTrue();
        assertThat(Failures.messageKey(rollback)).isEqualTo("error.database");
    }

    @Test
    void a_server_shutting_down_is_an_outage() {
        assertThat(Failures.databaseUnavailable(new RuntimeException(
                        new SQLException("FATAL: terminating connection due to administrator command", "57P01"))))
                .isTrue();
    }

    @Test
    void a_refused_statement_is_not_an_outage() {
        assertThat(Failures.databaseUnavailable(new DataIntegrityViolationException(
                        "duplicate key", new SQLException("duplicate key value violates unique constraint", "23505"))))
                .isFalse();
        assertThat(Failures.messageKey(new IllegalStateException("bug"))).isEqualTo("error.unexpected");
    }
}
