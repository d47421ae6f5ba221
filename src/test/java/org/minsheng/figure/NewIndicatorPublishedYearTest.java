package org.minsheng.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.Catalogue.clinics;
import static org.minsheng.support.Catalogue.monthId;
import static org.minsheng.support.SignedIn.as;

import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.indicator.Indicator;
import org.minsheng.indicator.IndicatorAdminService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new indicator reached back into 2020, whose figures the demo has published: it stood as an empty,
 * editable row on the published 2020年12月 entry sheet (a tester's tour). It belongs to the years after
 * the latest published one (V154's first year), on the sheets as on the dashboard.
 */
@IntegrationTest
@Transactional
class NewIndicatorPublishedYearTest {

    @Autowired
    FigureService entry;

    @Autowired
    DashboardService dashboards;

    @Autowired
    IndicatorAdminService catalogue;

    @Autowired
    DSLContext db;

    @Test
    void a_new_indicator_is_not_on_the_sheets_or_pages_of_a_published_year_but_on_the_next_years() {
        as("admin", () -> catalogue.create(clinics(db)));

        assertThat(sheet(monthId(db, 2020, 12))).contains("meal_schools").doesNotContain("village_clinics");
        assertThat(as("leader", () -> dashboards.dashboard(DashboardFilter.year(2020)))
                        .indicators())
                .extracting(Indicator::code)
                .contains("meal_schools")
                .doesNotContain("village_clinics");
        assertThat(sheet(monthId(db, 2021, 1))).contains("meal_schools", "village_clinics");
    }

    private List<String> sheet(int periodId) {
        return as("stat-xiangcheng", () -> entry.sheet(periodId)).indicators().stream()
                .map(Indicator::code)
                .toList();
    }
}
