package org.minsheng.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minsheng.support.SignedIn.as;

import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.RefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A quarter of a unit's page along the hierarchy (here 漳州市 under the province root) is the one window
 * read live over its subtree; at a national root that is
 * the whole country's figures of those months. Past its limit (here 1 ms, which no statement meets)
 * the page is refused with a message instead of holding a connection for minutes, and the same unit's
 * whole year, read from the pre-aggregates, still opens.
 */
@IntegrationTest
@TestPropertySource(
        properties = {
            "minsheng.test.database=province-root",
            "minsheng.city-code=350000",
            "minsheng.dashboard.live-window-limit=1ms"
        })
@DirtiesContext
class LiveWindowLimitTest {

    @Autowired
    DashboardService dashboards;

    @Test
    void a_live_window_past_its_limit_is_refused_and_the_whole_year_still_opens() {
        var quarter =
                DashboardFilter.year(2020).withPeriod(PeriodChoice.QUARTER, 2).withDivision("350600");

        assertThatThrownBy(() -> as("leader", () -> dashboards.dashboard(quarter)))
                .isInstanceOf(RefusedException.class)
                .extracting(e -> ((RefusedException) e).messageKey())
                .isEqualTo("dashboards.error.windowTooLarge");

        var year = as(
                "leader", () -> dashboards.dashboard(DashboardFilter.year(2020).withDivision("350600")));
        assertThat(year.focus().name()).isEqualTo("漳州市");
        assertThat(year.hasData()).isTrue();
    }
}
