package org.minsheng.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.Catalogue.indicator;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.support.Catalogue;
import org.minsheng.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The city's own annual figure (牵头市直部门) approved in the year period while the districts have
 * reported January only. The year period counted as December for the page's "as of" month, so the
 * year's page read every monthly indicator at December, where no district had a row: the districts'
 * January results vanished from the dashboard and the year in review the moment the city's annual
 * figure was approved (a stranger's trial). Only a year total of a monthly indicator (an annual-only
 * year) stands for December.
 */
@IntegrationTest
@Transactional
class CityAnnualFigureTest {

    @Autowired
    DashboardService dashboards;

    @Autowired
    DSLContext db;

    @BeforeEach
    void januaryOfTwoDistrictsAndTheCitysAnnualFigure() {
        Catalogue.approvedFigure(db, "meal_schools", "350602", 2021, 1, 4);
        Catalogue.approvedFigure(db, "meal_schools", "350623", 2021, 1, 9);
        db.execute("insert into period (kind, year, month, status) values ('year', 2021, null, 'open')");
    }

    private void approveTheCitysAnnualFigure() {
        db.execute("""
                insert into figure (indicator_id, division_id, period_id, value, not_applicable, status,
                                    approved_value, approved_not_applicable, approved_at, revision)
                values ((select id from indicator where code = 'lead_departments'),
                        (select id from division where code = '350600'),
                        (select id from period where kind = 'year' and year = 2021),
                        18, false, 'approved', 18, false, now(), 1)""");
    }

    @Test
    void the_citys_annual_figure_approved_keeps_the_districts_january_on_the_years_page() {
        var before = SignedIn.as("leader", () -> dashboards.dashboard(DashboardFilter.year(2021)));
        var meals = indicator(before, "meal_schools");
        assertThat(before.value(meals, null))
                .as("the districts' January, before")
                .isNotEmpty();
        var total = before.value(meals, null).orElseThrow();

        approveTheCitysAnnualFigure();

        var after = SignedIn.as("leader", () -> dashboards.dashboard(DashboardFilter.year(2021)));
        assertThat(after.value(meals, null))
                .as("the districts' January, once the city's annual figure is approved")
                .contains(total);
        assertThat(after.value(indicator(after, "lead_departments"), null))
                .as("and the city's annual figure beside it")
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("18"));

        var year = SignedIn.as("leader", () -> dashboards.cityYear(2021));
        assertThat(year.month()).as("the year in review is as of January still").isEqualTo(1);
    }
}
