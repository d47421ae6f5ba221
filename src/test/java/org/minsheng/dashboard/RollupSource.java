package org.minsheng.dashboard;

import org.springframework.context.ApplicationContext;
import org.springframework.test.util.AopTestUtils;

/**
 * Test and benchmark support: makes a running context's dashboards read their roll-ups live from the
 * figures, as before the pre-aggregates (V110), or from the pre-aggregates again, so the two can be
 * timed against each other in one run. The product never switches.
 */
public final class RollupSource {

    private RollupSource() {}

    public static void live(ApplicationContext context, boolean live) {
        // The bean is a @Repository, so the context hands out Spring's exception-translating proxy:
        // a field set on the proxy never reaches the repository that runs the statements (until
        // 2026-12-01 every "live" bench run read the pre-aggregates). Set it on the target.
        DashboardRepository repository =
                AopTestUtils.getUltimateTargetObject(context.getBean(DashboardRepository.class));
        repository.source = live ? RollupSql.Source.LIVE : RollupSql.Source.PREAGGREGATED;
    }

    /**
     * Makes the city's roll-ups group every unit row as well (GROUPING SETS), as the statement was until
     * 2026-12-01, or not: the bench records a page's statements both ways and times them side by side.
     */
    public static void groupingSets(ApplicationContext context, boolean grouped) {
        DashboardRepository repository =
                AopTestUtils.getUltimateTargetObject(context.getBean(DashboardRepository.class));
        repository.byGroupingSets = grouped;
    }
}
