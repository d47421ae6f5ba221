package org.minsheng.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;
import org.minsheng.support.Catalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each aggregation rule and period against numbers worked out by hand from the demo data
 * (db/demo/zhangzhou-2020.sql) or from figures inserted here, inside a rolled-back transaction.
 */
@IntegrationTest
@WithMockUser("leader")
class DashboardAggregationTest {

    @Autowired
    DashboardService dashboards;

    @Autowired
    DSLContext db;

    @Test
    void a_month_shows_the_cumulative_value_at_its_end() {
        // passing bays in June 2020: floor(year-end / 2) per district, 3+4+15+12+19+14+9+5+16+21+13
        var june = dashboards.dashboard(new DashboardFilter(2020, PeriodChoice.MONTH, 6, null, null));
        assertThat(total(june, "passing_bays")).isEqualByComparingTo("131");
        assertThat(june.toMonth()).isEqualTo(6);
        assertThat(cell(june, "cross_inspected"))
                .as("a yearly figure is not a June figure")
                .isNull();
    }

    @Test
    void a_quarter_of_a_cumulative_indicator_is_its_last_month() {
        // March 2020: floor(year-end / 4) per district, 1+2+7+6+9+7+4+2+8+10+6
        var q1 = dashboards.dashboard(new DashboardFilter(2020, PeriodChoice.QUARTER, 1, null, null));
        assertThat(q1.fromMonth()).isEqualTo(1);
        assertThat(q1.toMonth()).isEqualTo(3);
        assertThat(total(q1, "passing_bays")).isEqualByComparingTo("62");
    }

    @Test
    void the_whole_year_reproduces_the_article_and_compares_with_2019() {
        var year = dashboards.dashboard(DashboardFilter.year(2020));
        assertThat(total(year, "road_widening")).isEqualByComparingTo("117");
        assertThat(total(year, "cross_inspected")).isEqualByComparingTo("51");
        assertThat(total(year, "lead_departments"))
                .as("none: the city's own figure")
                .isEqualByComparingTo("17");
        // 2019: round(year-end * 0.55, 1) per district = 64.3 km
        var roads = Catalogue.indicator(year, "road_widening");
        assertThat(year.lastYearCell(roads, null).orElseThrow().value()).isEqualByComparingTo("64.3");
        assertThat(year.change(roads, null))
                .hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("52.7"));
        assertThat(year.trend(roads, null)).hasSize(12);
        assertThat(year.revision()).isEqualTo(1);
    }

    @Test
    void a_district_view_reads_its_own_values_and_targets_and_met_or_missed_follows_them() {
        var longwen = dashboards.dashboard(new DashboardFilter(2020, PeriodChoice.YEAR, 12, null, "350603"));
        assertThat(longwen.cityWide()).isFalse();
        var meals = Catalogue.indicator(longwen, "meal_schools");
        // 龙文区 reached 3 schools against ceil(3 * 1.1) = 4: missed, 75.0 %
        var target = longwen.target(meals, longwen.focusId()).orElseThrow();
        assertThat(target.value()).isEqualByComparingTo("4");
        var actual = longwen.value(meals, longwen.focusId()).orElseThrow();
        assertThat(actual).isEqualByComparingTo("3");
        assertThat(target.isMetBy(actual)).isFalse();
        assertThat(target.completionPercent(actual))
                .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("75.0"));
        // 芗城区 4 against floor(4 * 0.95) = 3: met, 133.3 %
        var xiangcheng = longwen.counties().getFirst();
        var xTarget = longwen.target(meals, xiangcheng.id()).orElseThrow();
        assertThat(xTarget.completionPercent(
                        longwen.value(meals, xiangcheng.id()).orElseThrow()))
                .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("133.3"));
    }

    @Test
    void a_link_to_longhai_district_for_2020_follows_the_lineage_to_longhai_city() {
        var longhai = dashboards.dashboard(new DashboardFilter(2020, PeriodChoice.YEAR, 12, null, "350604"));
        assertThat(longhai.focus().code()).isEqualTo("350681");
        assertThat(longhai.value(Catalogue.indicator(longhai, "road_widening"), longhai.focusId()))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("14.6"));
    }

    @Test
    void in_2021_longhai_district_is_compared_with_longhai_city_a_year_earlier() {
        var y2021 = dashboards.dashboard(DashboardFilter.year(2021));
        var district = y2021.counties().stream()
                .filter(c -> c.code().equals("350604"))
                .findFirst()
                .orElseThrow();
        var city2020 = dashboards.dashboard(DashboardFilter.year(2020)).counties().stream()
                .filter(c -> c.code().equals("350681"))
                .findFirst()
                .orElseThrow();
        assertThat(y2021.predecessors()).containsEntry(district.id(), city2020.id());
    }

    @Test
    @Transactional
    void a_district_page_ranks_its_towns_once_a_town_has_approved_figures() {
        var before = dashboards.dashboard(new DashboardFilter(2020, PeriodChoice.YEAR, 12, null, "350602"));
        var own = value(before, "meal_schools", "350602");
        assertThat(before.rankedLevel())
                .as("the demo data has no towns: the district keeps the city's districts")
                .isEqualTo(Division.Level.COUNTY);
        Catalogue.addDivision(db, "350602001", "东铺头街道", "town", "350602");
        int meals = ((Number) db.fetchValue("select id from indicator where code = 'meal_schools'")).intValue();
        figures(meals, "350602001", Map.of(12, "2"));
        var after = dashboards.dashboard(new DashboardFilter(2020, PeriodChoice.YEAR, 12, null, "350602"));
        // a unit's page ranks its children (docs/levels.md), in a city installation too (DistrictTownsTest)
        assertThat(after.counties()).extracting(Division::code).containsExactly("350602001");
        assertThat(value(after, "meal_schools", "350602001")).isEqualByComparingTo("2");
        assertThat(total(after, "meal_schools"))
                .as("the district's own figure, not its town's added to it")
                .isEqualByComparingTo(own);
        assertThat(total(dashboards.dashboard(DashboardFilter.year(2020)), "meal_schools"))
                .as("the city total still counts districts only")
                .isEqualByComparingTo("156");
    }

    @Test
    @Transactional
    void a_year_without_approved_figures_shows_nothing_rather_than_zeros() {
        // a year the administrator has set up, so the page is not refused as unknown
        db.execute("insert into period (kind, year, month, due_on, status) values ('year', 2018, null,"
                + " date '2019-01-20', 'open')");
        var empty = dashboards.dashboard(DashboardFilter.year(2018));
        assertThat(empty.hasData()).isFalse();
        assertThat(empty.cells()).isEmpty();
        assertThat(empty.trend()).isEmpty();
    }

    @Test
    void category_subtotals_count_met_targets_in_sql_exactly_as_the_target_rule_does() {
        var year = dashboards.dashboard(DashboardFilter.year(2020));
        assertThat(year.scores()).isNotEmpty();
        var units = new ArrayList<Integer>();
        units.add(null);
        year.counties().forEach(c -> units.add(c.id()));
        for (Integer unit : units) {
            int allMet = 0;
            int allTargeted = 0;
            for (var category : year.indicators().stream()
                    .map(Indicator::categoryCode)
                    .distinct()
                    .toList()) {
                int met = 0;
                int targeted = 0;
                for (var indicator : year.indicators()) {
                    var value = year.value(indicator, unit);
                    var target = year.target(indicator, unit);
                    if (!indicator.categoryCode().equals(category) || value.isEmpty() || target.isEmpty()) {
                        continue;
                    }
                    targeted++;
                    met += target.get().isMetBy(value.get()) ? 1 : 0;
                }
                allMet += met;
                allTargeted += targeted;
                var score = year.score(category, unit);
                if (targeted == 0) {
                    assertThat(score)
                            .as("%s in %s has no target with a figure", category, unit)
                            .isEmpty();
                } else {
                    assertThat(score).as("%s in %s", category, unit).isPresent();
                    assertThat(score.get().targeted())
                            .as("%s in %s", category, unit)
                            .isEqualTo(targeted);
                    assertThat(score.get().met()).as("%s in %s", category, unit).isEqualTo(met);
                }
            }
            var all = year.score(null, unit).orElseThrow();
            assertThat(all.met()).isEqualTo(allMet);
            assertThat(all.targeted()).isEqualTo(allTargeted);
        }
        // by hand: the city meets all six of its 2020 targets (156 schools, zero dropouts, 117 km, ...)
        var city = year.score(null, null).orElseThrow();
        assertThat(city.targeted()).isEqualTo(6);
        assertThat(city.met()).isEqualTo(6);
        // 龙文区's meal schools: 3 against 4, missed (see the district test above)
        var longwen = year.counties().stream()
                .filter(c -> c.code().equals("350603"))
                .findFirst()
                .orElseThrow();
        var education = year.score("education", longwen.id()).orElseThrow();
        assertThat(education.met()).isLessThan(education.targeted());
    }

    @Test
    void a_district_page_has_no_category_subtotals() {
        var longwen = dashboards.dashboard(new DashboardFilter(2020, PeriodChoice.YEAR, 12, null, "350603"));
        assertThat(longwen.scores()).isEmpty();
    }

    @Test
    void the_category_filter_keeps_only_its_indicators() {
        var education = dashboards.dashboard(new DashboardFilter(2020, PeriodChoice.YEAR, 12, "education", null));
        assertThat(education.indicators())
                .extracting(Indicator::code)
                .containsExactly("meal_schools", "dropouts", "cross_inspected");
    }

    @Test
    @Transactional
    void per_period_figures_add_up_over_the_window_and_not_applicable_months_are_skipped() {
        int visits = indicator("test_visits", "sum", "per_period", null, null);
        figures(visits, "350602", Map.of(1, "5", 2, "7", 3, "0", 4, "9"));
        figures(visits, "350603", Map.of(1, "2", 3, "4"));
        notApplicable(visits, "350603", 2);
        var q1 = dashboards.dashboard(new DashboardFilter(2020, PeriodChoice.QUARTER, 1, null, null));
        assertThat(value(q1, "test_visits", "350602")).isEqualByComparingTo("12");
        assertThat(value(q1, "test_visits", "350603")).isEqualByComparingTo("6");
        assertThat(total(q1, "test_visits")).isEqualByComparingTo("18");
        var q2 = dashboards.dashboard(new DashboardFilter(2020, PeriodChoice.QUARTER, 2, null, null));
        assertThat(cell(q2, "test_visits"))
                .as("May and June unreported: the quarter is missing, not April alone")
                .isNull();
        var toApril = dashboards.dashboard(new DashboardFilter(2020, PeriodChoice.YEAR_TO_DATE, 4, null, null));
        assertThat(value(toApril, "test_visits", "350602")).isEqualByComparingTo("21");
        assertThat(total(toApril, "test_visits"))
                .as("龙文区 has no April report: missing, not summed in part")
                .isEqualByComparingTo("21");
    }

    @Test
    @Transactional
    void max_and_min_stay_a_maximum_and_a_minimum() {
        int longest = indicator("test_longest", "max", "cumulative", null, null);
        int shortest = indicator("test_shortest", "min", "cumulative", null, null);
        for (int id : new int[] {longest, shortest}) {
            figures(id, "350602", Map.of(12, "3"));
            figures(id, "350603", Map.of(12, "9"));
            figures(id, "350623", Map.of(12, "4.5"));
        }
        var year = dashboards.dashboard(DashboardFilter.year(2020));
        assertThat(total(year, "test_longest")).isEqualByComparingTo("9");
        assertThat(total(year, "test_shortest")).isEqualByComparingTo("3");
    }

    @Test
    @Transactional
    void a_ratio_is_recomputed_from_numerator_and_denominator_not_averaged() {
        int covered = indicator("test_covered", "sum", "cumulative", null, null);
        int eligible = indicator("test_eligible", "sum", "cumulative", null, null);
        indicator("test_coverage", "ratio", "cumulative", covered, eligible);
        figures(covered, "350602", Map.of(12, "30"));
        figures(eligible, "350602", Map.of(12, "40"));
        figures(covered, "350603", Map.of(12, "10"));
        figures(eligible, "350603", Map.of(12, "60"));
        figures(eligible, "350623", Map.of(12, "0"));
        notApplicable(covered, "350623", 12);
        var year = dashboards.dashboard(DashboardFilter.year(2020));
        assertThat(value(year, "test_coverage", "350602")).isEqualByComparingTo("75.0");
        assertThat(value(year, "test_coverage", "350603")).isEqualByComparingTo("16.7");
        assertThat(value(year, "test_coverage", "350623"))
                .as("no numerator, no ratio")
                .isNull();
        // (30 + 10) / (40 + 60) * 100, where averaging the district rates would give 45.8
        assertThat(total(year, "test_coverage")).isEqualByComparingTo("40.0");
    }

    @Test
    @Transactional
    void an_indicator_not_applicable_everywhere_is_not_applicable_not_zero() {
        int id = indicator("test_na", "sum", "cumulative", null, null);
        // every district of 2020, 龙海市 and 长泰县 among them
        for (var district : dashboards.dashboard(DashboardFilter.year(2020)).counties()) {
            notApplicable(id, district.code(), 12);
        }
        var year = dashboards.dashboard(DashboardFilter.year(2020));
        var indicator = Catalogue.indicator(year, "test_na");
        var total = year.cell(indicator, null).orElseThrow();
        assertThat(total.value()).isNull();
        assertThat(total.notApplicable()).isTrue();
        assertThat(year.years().stream().filter(p -> p.indicatorId() == indicator.id() && p.year() == 2020))
                .singleElement()
                .as("the years chart's 2020")
                .extracting(YearPoint::notApplicable)
                .isEqualTo(true);
    }

    /**
     * 芗城区 answers 不适用 in January 2021 and nobody else has reported: the city's total is not 不适用 (ten
     * districts may still report a figure) but no data yet, as the tile, the wall display and the table
     * files show an empty total. It read 不适用 for the whole city (a tester's tour). A figure beside the
     * 不适用 is the total, as it always was.
     */
    @Test
    @Transactional
    void one_district_not_applicable_while_the_others_have_not_reported_is_no_data_yet_for_the_city() {
        Catalogue.approvedFigure(db, "meal_schools", "350602", 2021, 1, 0);
        Catalogue.approvedAsNotApplicable(db, "meal_schools", "350602", 2021, 1);
        var year = dashboards.dashboard(DashboardFilter.year(2021));
        var meals = Catalogue.indicator(year, "meal_schools");
        assertThat(year.cell(meals, year.counties().getFirst().id())
                        .orElseThrow()
                        .notApplicable())
                .as("芗城区's own answer stays 不适用")
                .isTrue();
        assertThat(year.value(meals, null)).as("the city's total: no value").isEmpty();
        assertThat(year.cell(meals, null).filter(YearCell::notApplicable))
                .as("nor 不适用")
                .isEmpty();
        assertThat(year.years().stream().filter(p -> p.indicatorId() == meals.id() && p.year() == 2021))
                .as("the years chart's 2021")
                .noneMatch(YearPoint::notApplicable);
        assertThat(dashboards.cityYear(2021).total(meals).filter(YearCell::notApplicable))
                .as("the year the publication and the wall display read")
                .isEmpty();
        var january = dashboards.dashboard(new DashboardFilter(2021, PeriodChoice.MONTH, 1, null, null));
        assertThat(january.cell(meals, null).filter(YearCell::notApplicable))
                .as("January alone")
                .isEmpty();

        Catalogue.approvedFigure(db, "meal_schools", "350623", 2021, 1, 3);
        var withFigure = dashboards.dashboard(DashboardFilter.year(2021));
        assertThat(total(withFigure, "meal_schools"))
                .as("漳浦县's figure is the total of the units with figures")
                .isEqualByComparingTo("3");
        assertThat(withFigure.cell(meals, null).orElseThrow().notApplicable()).isFalse();
    }

    @Test
    @Transactional
    void a_correction_after_publication_marks_the_figure_and_the_total() {
        db.execute("""
                update figure set corrections = 1
                where indicator_id = (select id from indicator where code = 'road_widening')
                  and division_id = (select id from division where code = '350602')
                  and period_id = (select id from period where kind = 'month' and year = 2020 and month = 12)""");
        var year = dashboards.dashboard(DashboardFilter.year(2020));
        // the †s among the totals; the edition (「第n版」) is publication's count of the revisions
        // recorded, which this update of the column alone does not make (PublicEditionTest)
        assertThat(year.corrections()).isEqualTo(1);
        var roads = Catalogue.indicator(year, "road_widening");
        assertThat(year.cell(roads, year.counties().getFirst().id())
                        .orElseThrow()
                        .corrections())
                .isEqualTo(1);
    }

    private int indicator(String code, String rule, String accumulation, Integer numerator, Integer denominator) {
        return ((Number) db.fetchValue("""
                insert into indicator (code, name_zh, name_en, short_name_zh, short_name_en, unit_zh, unit_en,
                                       value_type, scale, aggregation, accumulation, direction, category_id,
                                       numerator_id, denominator_id, display_order)
                values (?, ?, ?, ?, ?, '个', 'items', 'decimal', 1, ?::aggregation_rule, ?::accumulation,
                        'increase_to', (select id from indicator_category where code = 'healthcare'), ?, ?, 99)
                returning id""", code, code, code, code, code, rule, accumulation, numerator, denominator))
                .intValue();
    }

    private void figures(int indicatorId, String division, Map<Integer, String> byMonth) {
        byMonth.forEach((month, value) -> figure(indicatorId, division, month, new BigDecimal(value)));
    }

    private void notApplicable(int indicatorId, String division, int month) {
        figure(indicatorId, division, month, null);
    }

    private void figure(int indicatorId, String division, int month, BigDecimal value) {
        db.execute("""
                insert into figure (indicator_id, division_id, period_id, value, not_applicable, status,
                                    approved_value, approved_not_applicable, approved_at, revision)
                values (?, (select id from division where code = ?),
                        (select id from period where kind = 'month' and year = 2020 and month = ?),
                        ?, ?, 'approved', ?, ?, now(), 1)""", indicatorId, division, month, value, value == null, value, value == null);
    }

    private static BigDecimal cell(Dashboard data, String code) {
        return data.value(Catalogue.indicator(data, code), null).orElse(null);
    }

    private static BigDecimal total(Dashboard data, String code) {
        return data.value(Catalogue.indicator(data, code), null)
                .orElseThrow(() -> new AssertionError("no total for " + code));
    }

    private static BigDecimal value(Dashboard data, String code, String division) {
        var unit = data.counties().stream()
                .filter(c -> c.code().equals(division))
                .findFirst()
                .orElseThrow();
        return data.value(Catalogue.indicator(data, code), unit.id()).orElse(null);
    }
}
