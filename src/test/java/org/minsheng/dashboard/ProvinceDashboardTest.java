package org.minsheng.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.Catalogue.indicator;
import static org.minsheng.support.SignedIn.as;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.division.Division;
import org.minsheng.support.Catalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo run by the province (福建省 350000 as the root): 福建省 → 漳州市 → its counties → towns. Every
 * unit is a page that ranks its own children, each child's value its own figure or else its children's
 * total: the province ranks 漳州市 by its districts' total, 漳州市 ranks its districts with the 156 schools
 * its own installation shows, and 漳浦县 ranks its towns.
 */
@IntegrationTest
@TestPropertySource(properties = {"minsheng.test.database=province-root", "minsheng.city-code=350000"})
@DirtiesContext
class ProvinceDashboardTest {

    private static final DashboardFilter YEAR_2020 = DashboardFilter.year(2020);
    private static final DashboardFilter YEAR_2021 = DashboardFilter.year(2021);

    @Autowired
    DashboardService dashboards;

    @Autowired
    DSLContext db;

    @Autowired
    ApplicationContext context;

    @Test
    void the_province_ranks_zhangzhou_by_the_live_sum_of_its_districts_figures() {
        var page = as("leader", () -> dashboards.dashboard(YEAR_2020));

        assertThat(page.focus().code()).isEqualTo("350000");
        assertThat(page.cityWide()).isTrue();
        assertThat(page.counties()).extracting(Division::code).containsExactly("350600");
        var meals = indicator(page, "meal_schools");
        var zhangzhou = page.counties().getFirst();
        assertThat(page.value(meals, zhangzhou.id()))
                .as("漳州市 reports no school count of its own: its districts' December figures, added up")
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(liveDecemberSum("350600", "meal_schools")))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("156"));
        assertThat(page.value(meals, null))
                .as("the province's total is its only city's")
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("156"));
        assertThat(page.value(indicator(page, "lead_departments"), zhangzhou.id()))
                .as("a city-level indicator is the city's own figure")
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("17"));
        assertThat(page.years(meals))
                .as("the years chart of the province, along the hierarchy")
                .anySatisfy(p -> {
                    assertThat(p.year()).isEqualTo(2020);
                    assertThat(p.value()).isEqualByComparingTo("156");
                });
    }

    @Test
    void a_city_of_the_province_ranks_its_counties_and_its_totals_equal_the_live_sums() {
        var page = as("leader", () -> dashboards.dashboard(YEAR_2020.withDivision("350600")));

        assertThat(page.focus().code()).isEqualTo("350600");
        assertThat(page.cityWide()).as("the city ranks its own children").isTrue();
        assertThat(page.counties()).hasSize(11).extracting(Division::code).contains("350681", "350623");
        assertThat(page.path()).extracting(Division::code).containsExactly("350000", "350600");
        for (var code : new String[] {"meal_schools", "family_doctor", "road_widening", "passing_bays"}) {
            var indicator = indicator(page, code);
            var live = liveDecemberSum("350600", code);
            assertThat(page.value(indicator, null))
                    .as(code + ": the city's total is the live sum of its counties' figures")
                    .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(live));
            var ranked = page.ranking(indicator);
            assertThat(ranked.values().stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .as(code + ": the ranked counties add up to it")
                    .isEqualByComparingTo(live);
        }
        var meals = page.ranking(indicator(page, "meal_schools"));
        assertThat(meals.districts().getFirst().code())
                .as("28 schools, the most")
                .isEqualTo("350628");
        assertThat(page.target(indicator(page, "meal_schools"), null))
                .as("the city's own target, as on its own installation")
                .isPresent();
    }

    @Test
    @Transactional
    void a_county_ranks_its_towns_and_keeps_its_own_figure_as_its_total() {
        Catalogue.zhangpuTowns(db);

        var page = as("leader", () -> dashboards.dashboard(YEAR_2020.withDivision("350623")));

        assertThat(page.focus().name()).isEqualTo("漳浦县");
        assertThat(page.path()).extracting(Division::code).containsExactly("350000", "350600", "350623");
        var meals = indicator(page, "meal_schools");
        var ranking = page.ranking(meals);
        assertThat(ranking.districts()).extracting(Division::name).containsExactly("绥安镇", "旧镇镇");
        assertThat(ranking.values())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(bd(15), bd(9));
        assertThat(page.value(meals, null))
                .as("漳浦县's own 24 schools, not its towns' added to it")
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("24"));

        var town = as("leader", () -> dashboards.dashboard(YEAR_2020.withDivision("350623100")));
        assertThat(town.focus().name()).isEqualTo("绥安镇");
        assertThat(town.counties()).isEmpty();
        assertThat(town.value(meals, null))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("15"));
        assertThat(town.path()).extracting(Division::name).containsExactly("福建省", "漳州市", "漳浦县", "绥安镇");
    }

    /**
     * 芗城区 answers 不适用 for January 2021 and the other districts have not reported: 漳州市 has no value yet,
     * not 不适用, on its own page and as the province's child, and so has the province, from the
     * pre-aggregates (V155) and live alike. Both read 不适用 (every row present was) while 漳州市's own
     * installation read 暂无数据. A figure beside the 不适用 is the total of the figures.
     */
    @Test
    @Transactional
    void one_district_not_applicable_while_the_others_have_not_reported_is_no_data_yet_up_the_hierarchy() {
        Catalogue.approvedFigure(db, "meal_schools", "350602", 2021, 1, 0);
        Catalogue.approvedAsNotApplicable(db, "meal_schools", "350602", 2021, 1);
        var january = new DashboardFilter(2021, PeriodChoice.MONTH, 1, null, null);
        for (boolean live : new boolean[] {false, true}) {
            var source = live ? "live: " : "pre-aggregated: ";
            for (var filter : List.of(YEAR_2021, january)) {
                var province = page(filter, live);
                var meals = indicator(province, "meal_schools");
                int zhangzhou = province.counties().getFirst().id();
                assertThat(province.cell(meals, zhangzhou).filter(YearCell::notApplicable))
                        .as(source + filter.period() + ": 漳州市 on the province's page is not 不适用")
                        .isEmpty();
                assertThat(province.value(meals, zhangzhou))
                        .as(source + "nor has a value")
                        .isEmpty();
                assertThat(province.cell(meals, null).filter(YearCell::notApplicable))
                        .as(source + filter.period() + ": the province's total is not 不适用")
                        .isEmpty();
                assertThat(province.value(meals, null))
                        .as(source + "nor has a value")
                        .isEmpty();

                var city = page(filter.withDivision("350600"), live);
                var xiangcheng = city.counties().stream()
                        .filter(d -> d.code().equals("350602"))
                        .findFirst()
                        .orElseThrow();
                assertThat(city.cell(meals, xiangcheng.id()).orElseThrow().notApplicable())
                        .as(source + "芗城区's own answer stays 不适用")
                        .isTrue();
                assertThat(city.cell(meals, null).filter(YearCell::notApplicable))
                        .as(source + filter.period() + ": 漳州市's total on its page is not 不适用")
                        .isEmpty();
                assertThat(city.value(meals, null))
                        .as(source + "nor has a value")
                        .isEmpty();
            }
            for (var unit : new String[] {null, "350600"}) {
                var page = page(YEAR_2021.withDivision(unit), live);
                var meals = indicator(page, "meal_schools");
                assertThat(page.years(meals).stream().filter(p -> p.year() == 2021))
                        .as(source + "the years chart's 2021 of " + page.focus().name())
                        .noneMatch(YearPoint::notApplicable);
            }
        }

        Catalogue.approvedFigure(db, "meal_schools", "350623", 2021, 1, 3);
        for (boolean live : new boolean[] {false, true}) {
            for (var unit : new String[] {null, "350600"}) {
                var page = page(YEAR_2021.withDivision(unit), live);
                var meals = indicator(page, "meal_schools");
                assertThat(page.value(meals, null))
                        .as((live ? "live: " : "pre-aggregated: ") + "漳浦县's 3 is "
                                + page.focus().name() + "'s total")
                        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3"));
                assertThat(page.cell(meals, null).orElseThrow().notApplicable()).isFalse();
            }
        }
    }

    /**
     * Every district 漳州市 counts in 2021 answers 不适用 (龙海市 and 长泰县, closed at the year's start, are not
     * counted): the city's total and the province's are 不适用, on both sources.
     */
    @Test
    @Transactional
    void every_counted_district_not_applicable_is_not_applicable_up_the_hierarchy() {
        var districts = db.fetch("""
                        select d.code from division d join division c on c.id = d.parent_id and c.code = '350600'
                        where d.valid_to is null or d.valid_to > date '2021-01-01'""").getValues(0, String.class);
        assertThat(districts).hasSize(11).doesNotContain("350681", "350625");
        for (var district : districts) {
            Catalogue.approvedFigure(db, "meal_schools", district, 2021, 1, 0);
            Catalogue.approvedAsNotApplicable(db, "meal_schools", district, 2021, 1);
        }
        for (boolean live : new boolean[] {false, true}) {
            for (var unit : new String[] {null, "350600"}) {
                var page = page(YEAR_2021.withDivision(unit), live);
                var meals = indicator(page, "meal_schools");
                assertThat(page.cell(meals, null).orElseThrow().notApplicable())
                        .as((live ? "live: " : "pre-aggregated: ")
                                + page.focus().name() + "'s total")
                        .isTrue();
                assertThat(page.years(meals).stream().filter(p -> p.year() == 2021))
                        .singleElement()
                        .extracting(YearPoint::notApplicable)
                        .isEqualTo(true);
            }
        }
    }

    /** The page computed afresh (no cache), its roll-ups read live or from the pre-aggregates. */
    private Dashboard page(DashboardFilter filter, boolean live) {
        RollupSource.live(context, live);
        try {
            return as("leader", () -> dashboards.computeDashboard(filter));
        } finally {
            RollupSource.live(context, false);
        }
    }

    /** The December 2020 approved figures of the unit's children, added up in SQL. */
    private BigDecimal liveDecemberSum(String parent, String indicator) {
        return db.fetchSingle("""
                        select sum(f.approved_value)
                        from figure f
                        join division d on d.id = f.division_id
                        join division p on p.id = d.parent_id and p.code = ?
                        join indicator i on i.id = f.indicator_id and i.code = ?
                        join period x on x.id = f.period_id and x.year = 2020 and x.kind = 'month' and x.month = 12
                        where f.revision > 0""", parent, indicator).get(0, BigDecimal.class);
    }

    private static BigDecimal bd(int value) {
        return BigDecimal.valueOf(value);
    }
}
