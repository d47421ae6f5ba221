package org.minsheng.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minsheng.support.SignedIn.as;

import java.math.BigDecimal;
import java.util.Locale;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.RefusedException;
import org.minsheng.base.i18n.Translations;
import org.minsheng.division.Division;
import org.minsheng.division.DivisionService;
import org.minsheng.figure.FigureService;
import org.minsheng.support.ChartWords;
import org.minsheng.support.ProvinceDemo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The province demo (profile fujian-demo): 福建省 as the root over its nine real cities, every county
 * with a full year of figures, the city demo's data unchanged inside it, and the province's totals the
 * plain sums of its counties' figures.
 */
@IntegrationTest
@ProvinceDemo
@DirtiesContext
class ProvinceDemoTest {

    @Autowired
    DivisionService divisions;

    @Autowired
    DashboardService dashboards;

    @Autowired
    DashboardRepository repository;

    @Autowired
    DSLContext db;

    @Autowired
    FigureService figures;

    @Autowired
    Translations translations;

    @Test
    void the_province_is_the_root_over_its_nine_cities() {
        var cities = as("admin", () -> divisions.countiesIn(2020));
        assertThat(cities)
                .extracting(Division::name)
                .containsExactly("福州市", "厦门市", "莆田市", "三明市", "泉州市", "漳州市", "南平市", "龙岩市", "宁德市");
        assertThat(as("admin", () -> divisions.city()).level()).isEqualTo(Division.Level.PROVINCE);
    }

    @Test
    void every_county_has_a_full_year_of_every_monthly_indicator_and_the_city_demo_is_unchanged() {
        // counties of the eight generated cities: five monthly indicators x 12 months each, none missing
        var missing = value(Long.class, """
                select count(*) from division c join division city on city.id = c.parent_id
                cross join indicator i cross join period p
                where c.level = 'county' and city.code <> '350600' and p.year = 2020 and p.month is not null
                  and i.code in ('meal_schools', 'road_widening', 'passing_bays', 'family_doctor', 'dropouts')
                  and not exists (select 1 from figure f where f.division_id = c.id and f.indicator_id = i.id
                                  and f.period_id = p.id and f.status = 'approved')""");
        assertThat(missing).isZero();
        assertThat(value(
                        Long.class,
                        "select count(*) from division c join division city on city.id = c.parent_id"
                                + " where c.level = 'county' and city.code <> '350600'"))
                .isEqualTo(73);
        // 漳州市's districts still add up to the article's 2020 total (117.0 km of rural roads widened)
        assertThat(value(BigDecimal.class, """
                select sum(f.approved_value) from figure f join indicator i on i.id = f.indicator_id
                join division d on d.id = f.division_id join division city on city.id = d.parent_id
                join period p on p.id = f.period_id
                where i.code = 'road_widening' and city.code = '350600' and p.year = 2020 and p.month = 12""")).isEqualByComparingTo("117.0");
    }

    @Test
    void the_provinces_total_is_the_sum_of_all_its_counties() {
        int province = value(Integer.class, "select id from division where code = '350000'");
        int road = value(Integer.class, "select id from indicator where code = 'road_widening'");
        var expected = value(BigDecimal.class, """
                select sum(f.approved_value) from figure f join division d on d.id = f.division_id
                join period p on p.id = f.period_id
                where f.indicator_id = %d and d.level = 'county' and p.year = 2020 and p.month = 12""".formatted(road));
        var total = repository.unitCells(province, 2020, 1, 12, false).stream()
                .filter(c -> c.indicatorId() == road && c.isTotal())
                .findFirst()
                .orElseThrow();
        assertThat(total.value()).isEqualByComparingTo(expected);
    }

    /** The ranking's and the table's words follow the units ranked: 各市 on the province's page, 各区县 on a city's. */
    @Test
    void the_province_page_ranks_its_cities_in_its_own_words() {
        var province = as("leader", () -> dashboards.dashboard(DashboardFilter.year(2020)));
        var city = as(
                "leader", () -> dashboards.dashboard(DashboardFilter.year(2020).withDivision("350600")));
        var meals = province.indicators().stream()
                .filter(i -> i.code().equals("meal_schools"))
                .findFirst()
                .orElseThrow();
        assertThat(ChartWords.in(translations, Translations.CHINESE)
                        .ranking(province, meals)
                        .title())
                .startsWith("各市营养改善计划学校排名");
        assertThat(ChartWords.in(translations, Translations.CHINESE)
                        .ranking(city, meals)
                        .title())
                .startsWith("各区县营养改善计划学校排名");
        assertThat(ChartWords.in(translations, Locale.ENGLISH)
                        .ranking(province, meals)
                        .title())
                .contains("by city");
    }

    @Test
    void a_city_leader_opens_their_city_and_never_a_neighbouring_one() {
        var own = new DashboardFilter(2020, PeriodChoice.YEAR, 12, null, "350600");
        assertThat(as("leader-zhangzhou", () -> dashboards.dashboard(own))
                        .focus()
                        .name())
                .isEqualTo("漳州市");
        var neighbour = new DashboardFilter(2020, PeriodChoice.YEAR, 12, null, "350100");
        assertThatThrownBy(() -> as("leader-zhangzhou", () -> dashboards.dashboard(neighbour)))
                .isInstanceOf(RefusedException.class);
    }

    /**
     * Approval by level: county statisticians enter, each city approves, the province accepts. 2019 and
     * 2020 are accepted for every city, so the province's totals count them; 2021 waits.
     */
    @Test
    void the_province_accepts_cities_and_the_demo_has_a_reviewer_and_statisticians_for_two_cities() {
        assertThat(value(String.class, "select string_agg(level::text, ',' order by level) from approval_level"))
                .isEqualTo("province,city");
        assertThat(value(Long.class, """
                select count(*) from unit_acceptance a join division d on d.id = a.division_id
                where d.level = 'city' and a.status = 'accepted' and a.year in (2019, 2020)""")).isEqualTo(18);
        assertThat(value(Long.class, "select count(*) from unit_acceptance where year = 2021"))
                .isZero();
        assertThat(value(String.class, """
                select string_agg(u.username || ':' || d.code, ',' order by u.username)
                from app_user u join user_scope s on s.user_id = u.id join division d on d.id = s.division_id
                where u.username in ('reviewer-zhangzhou', 'reviewer-xiamen', 'stat-siming', 'stat-huli')"""))
                .isEqualTo("reviewer-xiamen:350200,reviewer-zhangzhou:350600,stat-huli:350206,stat-siming:350203");
        // a 厦门市 county statistician has an entry sheet of their own county in the province installation
        int january = value(Integer.class, "select id from period where year = 2021 and month = 1");
        assertThat(as("stat-siming", () -> figures.sheet(january)).cells())
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.division().code()).isEqualTo("350203"));
        assertThat(as("reviewer", () -> divisions.reportingUnitsIn(2021)))
                .extracting(Division::code)
                .as("every city, each followed by its counties; the province itself enters nothing")
                .startsWith("350100", "350102")
                .contains("350200", "350203", "350600", "350602")
                .doesNotContain("350000");
    }

    private <T> T value(Class<T> type, String sql) {
        return db.fetchSingle(sql).get(0, type);
    }
}
