package org.minsheng.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.division.Division;
import org.minsheng.support.QueryPlans;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The review page's period list reads V006's and V121's partial indexes: with a bound state the
 * planner cannot prove their predicates and reads every figure (3 s and more at 21 million).
 */
@IntegrationTest
class PartialIndexUseTest {

    @Autowired
    PeriodRepository periods;

    @Autowired
    DSLContext db;

    @Test
    void the_period_list_counts_the_cells_in_the_workflow_through_their_partial_index() {
        assertThat(QueryPlans.explain(db, periods.overviewQuery(Set.of(), null)))
                .contains("figure_status_idx");
    }

    /**
     * A middle level's reviewer counts their own unit's figures alone (docs/levels.md, "Approval levels"): the
     * figures are still found through an index, the workflow's partial one or, for a few units, the units'
     * own, never by reading every figure.
     */
    @Test
    void the_period_list_of_some_levels_only_reads_the_figures_through_an_index_too() {
        assertThat(QueryPlans.explain(db, periods.overviewQuery(Set.of(), Set.of(Division.Level.CITY))))
                .containsAnyOf("figure_status_idx", "figure_division_period_idx")
                .doesNotContain("Seq Scan on figure");
    }

    @Test
    void a_periods_approved_cells_are_counted_through_their_partial_index() {
        int period = periods.overviewQuery(Set.of(), null).fetch().getFirst().value1();
        assertThat(QueryPlans.explain(db, periods.approvedInQuery(period, Set.of(), null)))
                .contains("figure_approved_period_idx");
    }
}
