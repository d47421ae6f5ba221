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
 * A window of several months not from January (a quarter of a unit's page along the hierarchy, here
 * 漳州市 under the province root) is bounded: until V150 a quarter's per-period indicators were read
 * below its children's rows, from the rows of every unit whose own figures count (some 3,000 units an
 * indicator at a national root, ~0.9 s), and any such window that is not a quarter still is. Past its
 * limit (here 1 ms, which no statement meets) the page is refused with a message instead of holding a
 * connection for minutes, and the same unit's whole year and any one month, not bounded, still open.
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
    void a_quarter_past_its_limit_is_refused_and_a_month_and_the_whole_year_still_open() {
        var quarter =
                DashboardFilter.year(2020).withPeriod(PeriodChoice.QUARTER, 2).withDivision("350600");

        assertThatThrownBy(() -> as("leader", () -> dashboards.dashboard(quarter)))
                .isInstanceOf(RefusedException.class)
                .extracting(e -> ((RefusedException) e).messageKey())
                .isEqualTo("dashboards.error.windowTooLarge");

        var month = as(
                "leader",
                () -> dashboards.dashboard(DashboardFilter.year(2020)
                        .withPeriod(PeriodChoice.MONTH, 5)
                        .withDivision("350600")));
        assertThat(month.focus().name()).isEqualTo("漳州市");
        assertThat(month.hasData()).isTrue();

        var year = as(
                "leader", () -> dashboards.dashboard(DashboardFilter.year(2020).withDivision("350600")));
        assertThat(year.focus().name()).isEqualTo("漳州市");
        assertThat(year.hasData()).isTrue();
    }
}
