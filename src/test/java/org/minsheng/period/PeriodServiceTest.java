package org.minsheng.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.RefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class PeriodServiceTest {

    @Autowired
    PeriodService periods;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DataSource dataSource;

    @Test
    @WithMockUser("reviewer")
    void a_reviewer_sees_every_period_newest_first_with_its_cells_counted() {
        var overview = periods.overview();
        assertThat(overview).hasSize(27);
        var first = overview.getFirst();
        assertThat(first.year()).isEqualTo(2021);
        assertThat(first.status()).isEqualTo(PeriodOverview.Status.OPEN);
        var december2020 = overview.stream()
                .filter(p -> p.year() == 2020 && Integer.valueOf(12).equals(p.month()))
                .findFirst()
                .orElseThrow();
        assertThat(december2020.status()).isEqualTo(PeriodOverview.Status.PUBLISHED);
        assertThat(december2020.submitted()).isZero();
        assertThat(periods.approvedIn(december2020.id())).isEqualTo(11 * 5);
    }

    @Test
    @WithMockUser("stat-xiangcheng")
    void a_statistician_is_refused_the_reviewers_overview() {
        assertThatThrownBy(periods::overview).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser("leader")
    void a_leader_is_refused_the_reviewers_overview() {
        assertThatThrownBy(periods::overview).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser("stat-xiangcheng")
    void a_batch_holds_every_period_it_writes_against_publication_until_its_transaction_ends() {
        var months = periods.all().stream()
                .filter(p -> p.year() == 2021 && !p.isYear())
                .map(Period::id)
                .toList();
        new TransactionTemplate(transactions).executeWithoutResult(t -> {
            var locked = periods.getAllForWriting(months);
            assertThat(locked)
                    .extracting(Period::id)
                    .containsExactlyElementsOf(months.stream().sorted().toList());
            // a publisher takes the period's row exclusively: while the batch runs, it cannot
            for (int id : months) {
                assertThat(publisherCouldLock(id)).as("period %d", id).isFalse();
            }
        });
        assertThat(publisherCouldLock(months.getFirst())).isTrue();
    }

    @Test
    @WithMockUser("stat-xiangcheng")
    void a_batch_naming_an_unknown_period_is_refused() {
        assertThatThrownBy(() -> new TransactionTemplate(transactions)
                        .executeWithoutResult(t -> periods.getAllForWriting(List.of(-1))))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("period.unknown");
    }

    /** Whether another connection could lock the period's row for publishing right now. */
    private boolean publisherCouldLock(int periodId) {
        try (var c = dataSource.getConnection();
                var s = c.prepareStatement("select id from period where id = ? for update nowait")) {
            s.setInt(1, periodId);
            s.executeQuery().close();
            return true;
        } catch (SQLException e) {
            if ("55P03".equals(e.getSQLState())) {
                return false;
            }
            throw new IllegalStateException(e);
        }
    }
}
