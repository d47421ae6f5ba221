package org.minsheng.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.Catalogue.indicator;

import java.math.BigDecimal;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.division.Division;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * The multi-year trend: whole years from one statement, and for a renamed district the line of units
 * it belongs to, so 龙海 reads 2019 and 2020 from 龙海市 (350681) and 2021 from 龙海区 (350604).
 */
@IntegrationTest
@WithMockUser("leader")
class DashboardYearsTest {

    @Autowired
    DashboardService dashboards;

    @Autowired
    DSLContext db;

    @Test
    void the_city_trend_shows_each_published_year_at_its_year_end() {
        var year = dashboards.dashboard(DashboardFilter.year(2020));
        var roads = indicator(year, "road_widening");
        assertThat(year.years(roads)).extracting(YearPoint::year).containsExactly(2019, 2020);
        // 2019: round(year-end * 0.55, 1) per district = 64.3 km; 2020: the article's 117 km
        assertThat(year.years(roads).get(0).value()).isEqualByComparingTo("64.3");
        assertThat(year.years(roads).get(1).value()).isEqualByComparingTo("117");
        var bays = indicator(year, "passing_bays");
        assertThat(year.years(bays).get(1).value()).isEqualByComparingTo("267");
        assertThat(year.formerly()).as("the city has no former units").isEmpty();
    }

    @Test
    @Transactional
    void longhai_reads_three_years_across_its_2021_change_of_code() {
        approve2021January("road_widening", "350604", "2.5");
        var y2021 = dashboards.dashboard(new DashboardFilter(2021, PeriodChoice.YEAR, 12, null, "350604"));
        assertThat(y2021.focus().code()).isEqualTo("350604");
        assertThat(y2021.focus().name()).isEqualTo("龙海区");
        var roads = indicator(y2021, "road_widening");
        var points = y2021.years(roads);
        assertThat(points).extracting(YearPoint::year).containsExactly(2019, 2020, 2021);
        // 2019 and 2020 are 龙海市's own figures (14.6 km in 2020, round(14.6 * 0.55, 1) = 8.0 in 2019)
        assertThat(points.get(0).value()).isEqualByComparingTo("8.0");
        assertThat(points.get(1).value()).isEqualByComparingTo("14.6");
        assertThat(points.get(2).value()).isEqualByComparingTo("2.5");
        assertThat(y2021.formerly()).extracting(Division::code).containsExactly("350681");

        var y2020 = dashboards.dashboard(new DashboardFilter(2020, PeriodChoice.YEAR, 12, null, "350681"));
        assertThat(y2020.formerly())
                .as("the old unit's page names its successor")
                .extracting(Division::code)
                .containsExactly("350604");
        assertThat(y2020.years(roads))
                .extracting(YearPoint::year)
                .as("2021 lies after the chosen year")
                .containsExactly(2019, 2020);
    }

    @Test
    @Transactional
    void the_figures_stay_with_the_unit_they_were_reported_for() {
        approve2021January("road_widening", "350604", "2.5");
        var longhaiDistrict2020 = db.fetchValue("""
                select count(*) from figure f join division d on d.id = f.division_id
                join period p on p.id = f.period_id where d.code = '350604' and p.year = 2020""");
        assertThat(((Number) longhaiDistrict2020).intValue()).isZero();
        var xiangcheng = dashboards.dashboard(new DashboardFilter(2021, PeriodChoice.YEAR, 12, null, "350602"));
        assertThat(xiangcheng.years(indicator(xiangcheng, "road_widening")))
                .extracting(YearPoint::year)
                .as("芗城区 reported nothing in 2021; 龙海's January figure is not its own")
                .containsExactly(2019, 2020);
    }

    private void approve2021January(String indicator, String division, String value) {
        db.execute("""
                insert into figure (indicator_id, division_id, period_id, value, not_applicable, status,
                                    approved_value, approved_not_applicable, approved_at, revision)
                values ((select id from indicator where code = ?), (select id from division where code = ?),
                        (select id from period where kind = 'month' and year = 2021 and month = 1),
                        ?, false, 'approved', ?, false, now(), 1)""", indicator, division, new BigDecimal(value), new BigDecimal(value));
    }
}
