package org.minsheng.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** The city dashboard's numbers on the demo data, which must reproduce the 回眸2020 article. */
@IntegrationTest
@WithMockUser("leader")
class CityYearTest {

    /** The city totals published in the article (漳州市纪委监委, 回眸2020). */
    private static final Map<String, String> ARTICLE = Map.of(
            "meal_schools",
            "156",
            "dropouts",
            "0",
            "cross_inspected",
            "51",
            "road_widening",
            "117",
            "passing_bays",
            "267",
            "family_doctor",
            "118000",
            "lead_departments",
            "17",
            "problem_categories",
            "17");

    @Autowired
    DashboardService dashboards;

    @Autowired
    DSLContext db;

    @Test
    void the_2020_city_totals_are_the_figures_published_in_the_year_in_review() {
        var year = dashboards.cityYear(2020);
        assertThat(year.month()).isEqualTo(12);
        assertThat(year.revision()).as("as first published").isEqualTo(1);
        assertThat(year.dataAsOf()).isNotNull();
        ARTICLE.forEach(
                (code, published) -> assertThat(total(year, code)).as(code).isEqualByComparingTo(published));
    }

    @Test
    void the_district_values_add_up_exactly_to_the_city_totals() {
        var year = dashboards.cityYear(2020);
        assertThat(year.counties()).hasSize(11);
        for (Indicator indicator : year.districtIndicators()) {
            var sum = year.counties().stream()
                    .map(c -> year.cell(indicator, c).orElseThrow().value())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).as(indicator.code()).isEqualByComparingTo(total(year, indicator.code()));
        }
    }

    @Test
    void the_total_row_equals_an_independent_query_over_approved_figures() {
        var year = dashboards.cityYear(2020);
        var independent = db.fetch("""
                select i.code, sum(f.approved_value) as total
                from figure f
                join indicator i on i.id = f.indicator_id
                join period p on p.id = f.period_id
                join division d on d.id = f.division_id
                join division city on city.id = d.parent_id and city.code = '350600'
                where f.revision > 0 and p.year = 2020
                  and ((p.kind = 'month' and p.month = 12) or (p.kind = 'year' and i.frequency = 'year'))
                group by i.code""");
        assertThat(independent).hasSize(year.districtIndicators().size());
        independent.forEach(r -> assertThat(total(year, r.get("code", String.class)))
                .as(r.get("code", String.class))
                .isEqualByComparingTo(r.get("total", BigDecimal.class)));
    }

    @Test
    @Transactional
    void a_draft_never_reaches_the_dashboard() {
        int changed = db.execute("""
                update figure set value = 999, status = 'draft'
                where indicator_id = (select id from indicator where code = 'meal_schools')
                  and division_id = (select id from division where code = '350602')
                  and period_id = (select id from period where year = 2020 and month = 12)""");
        assertThat(changed).isEqualTo(1);
        assertThat(total(dashboards.cityYear(2020), "meal_schools")).isEqualByComparingTo("156");
    }

    @Test
    void dropouts_cleared_to_zero_meet_the_reach_zero_target_and_a_zero_is_a_value_not_a_gap() {
        var year = dashboards.cityYear(2020);
        var dropouts = indicator(year, "dropouts");
        assertThat(year.total(dropouts).orElseThrow().value()).isNotNull().isZero();
        assertThat(year.targetMet(dropouts)).contains(true);
        assertThat(year.targetMet(indicator(year, "road_widening"))).contains(true);
    }

    @Test
    void each_year_lists_the_county_level_units_that_existed_then() {
        assertThat(dashboards.cityYear(2020).counties())
                .extracting(Division::code)
                .contains("350681", "350625")
                .doesNotContain("350604", "350605");
        assertThat(dashboards.cityYear(2021).counties())
                .extracting(Division::code)
                .contains("350604", "350605")
                .doesNotContain("350681", "350625")
                .hasSize(11);
    }

    @Test
    void the_2019_figures_are_there_for_year_on_year_and_smaller() {
        var y2019 = dashboards.cityYear(2019);
        assertThat(total(y2019, "road_widening")).isLessThan(new BigDecimal("117"));
        assertThat(y2019.total(indicator(y2019, "dropouts")).orElseThrow().value())
                .isPositive();
    }

    @Test
    @WithMockUser("nobody")
    void an_unknown_user_gets_nothing() {
        assertThatThrownBy(() -> dashboards.cityYear(2020)).isInstanceOf(AccessDeniedException.class);
    }

    private static Indicator indicator(CityYear year, String code) {
        return year.indicators().stream()
                .filter(i -> i.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static BigDecimal total(CityYear year, String code) {
        return year.total(indicator(year, code)).orElseThrow().value();
    }
}
