package org.minsheng.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.Catalogue.divisionId;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

/**
 * The benches' switch to the live roll-up (RollupSource) must reach the repository that runs the
 * statements: with the pre-aggregates emptied (in this test's transaction only), the live roll-up
 * still finds the approved figures and the pre-aggregated one finds nothing.
 */
@IntegrationTest
@Transactional
class RollupSourceTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DashboardRepository rollups;

    @Autowired
    DSLContext db;

    @Test
    void the_live_switch_reads_the_figures_not_the_pre_aggregates() {
        int city = divisionId(db, "350600");
        db.execute("delete from rollup_month");
        try {
            RollupSource.live(context, true);
            assertThat(rollups.cells(city, 2020, 1, 12, true)).isNotEmpty();
            RollupSource.live(context, false);
            assertThat(rollups.cells(city, 2020, 1, 12, true)).isEmpty();
        } finally {
            RollupSource.live(context, false);
        }
    }
}
