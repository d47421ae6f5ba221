package org.minsheng.dashboard;

import java.util.List;
import org.springframework.context.ApplicationContext;

/**
 * The dashboard's roll-up statements one by one, for the benchmarks in org.minsheng.bench, which
 * time each chart's statement apart from the page that combines them.
 */
public final class DashboardStatements {

    private final DashboardRepository repository;

    public DashboardStatements(ApplicationContext context) {
        this.repository = context.getBean(DashboardRepository.class);
    }

    /** The cells of every unit under {@code parentId} and their total over months from..to. */
    public List<YearCell> cells(int parentId, int year, int from, int to, boolean yearly) {
        return repository.cells(parentId, year, from, to, yearly);
    }

    public List<TrendPoint> trend(int parentId, int year, int to) {
        return repository.trend(parentId, year, to);
    }

    /** The roll-up statement with its parameters inlined, for EXPLAIN ANALYZE. */
    public static String rollupSql(int parentId, int year, int from, int to, boolean yearly, boolean lastOnly) {
        return DashboardRepository.ROLLUP.replace("{0}", String.valueOf(parentId)).replace("{1}", String.valueOf(year))
                .replace("{2}", String.valueOf(from)).replace("{3}", String.valueOf(to))
                .replace("{4}", String.valueOf(yearly)).replace("{5}", String.valueOf(lastOnly));
    }
}
