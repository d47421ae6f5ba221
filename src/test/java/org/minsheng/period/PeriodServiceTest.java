package org.minsheng.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
class PeriodServiceTest {

    @Autowired
    PeriodService periods;

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
}
