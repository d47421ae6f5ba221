package org.minsheng.figure;

import static org.assertj.core.api.Assertions.assertThat;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.support.QueryPlans;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The review page's and the publication check's reads of a period's cells in the workflow use V006's
 * partial index: with a bound state they read all of a period's figures (886,540 a month nationally).
 */
@IntegrationTest
class PartialIndexUseTest {

    private static final int ANY_PERIOD = 1;

    @Autowired
    FigureRepository figures;

    @Autowired
    DSLContext db;

    @Test
    void a_periods_submitted_cells_are_read_through_the_partial_index() {
        for (var status : new StoredFigure.Status[] {StoredFigure.Status.SUBMITTED, StoredFigure.Status.RETURNED}) {
            assertThat(QueryPlans.explain(db, figures.inPeriodWithStatus(ANY_PERIOD, status)))
                    .as(status.name())
                    .contains("figure_status_idx");
        }
    }

    @Test
    void the_cells_blocking_publication_are_counted_through_the_partial_index() {
        assertThat(QueryPlans.explain(db, figures.pendingQuery(ANY_PERIOD))).contains("figure_status_idx");
    }
}
