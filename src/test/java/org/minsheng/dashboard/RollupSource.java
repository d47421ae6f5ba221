package org.minsheng.dashboard;

import org.springframework.context.ApplicationContext;

/**
 * Test and benchmark support: makes a running context's dashboards read their roll-ups live from the
 * figures, as before the pre-aggregates (V110), or from the pre-aggregates again, so the two can be
 * timed against each other in one run. The product never switches.
 */
public final class RollupSource {

    private RollupSource() {}

    public static void live(ApplicationContext context, boolean live) {
        context.getBean(DashboardRepository.class).source =
                live ? RollupSql.Source.LIVE : RollupSql.Source.PREAGGREGATED;
    }
}
