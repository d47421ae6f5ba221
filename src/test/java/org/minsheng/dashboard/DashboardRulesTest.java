package org.minsheng.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.dashboard.DashboardFixture.BAYS;
import static org.minsheng.dashboard.DashboardFixture.CITY;
import static org.minsheng.dashboard.DashboardFixture.DROPOUTS;
import static org.minsheng.dashboard.DashboardFixture.LEAD_DEPARTMENTS;
import static org.minsheng.dashboard.DashboardFixture.LONGHAI_QU;
import static org.minsheng.dashboard.DashboardFixture.LONGHAI_SHI;
import static org.minsheng.dashboard.DashboardFixture.ROADS;
import static org.minsheng.dashboard.DashboardFixture.XIANGCHENG;
import static org.minsheng.dashboard.DashboardFixture.ZHANGPU;
import static org.minsheng.dashboard.DashboardFixture.bd;
import static org.minsheng.dashboard.DashboardFixture.cell;
import static org.minsheng.dashboard.DashboardFixture.dashboard;
import static org.minsheng.dashboard.DashboardFixture.target;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the dashboard page decides in Java once the roll-up has run in SQL: which cell is the city's,
 * 同比 across 龙海市 → 龙海区, the city's own target, the data edition, the year-by-year and 同比 series
 * that the screen and the print image share. The SQL itself is DashboardAggregationTest's.
 */
class DashboardRulesTest {

    private static final DashboardFilter YEAR_2021 = DashboardFilter.year(2021);

    @Test
    void the_city_page_reads_the_city_total_where_a_district_page_reads_the_district() {
        var city = dashboard(YEAR_2021)
                .cell(cell(BAYS, null, "267"))
                .cell(cell(BAYS, ZHANGPU, "40"))
                .build();
        assertThat(city.cityWide()).isTrue();
        assertThat(city.focusId()).isNull();
        assertThat(city.value(BAYS, city.focusId())).contains(bd("267"));
        var zhangpu = dashboard(YEAR_2021)
                .focus(ZHANGPU)
                .cell(cell(BAYS, null, "267"))
                .cell(cell(BAYS, ZHANGPU, "40"))
                .build();
        assertThat(zhangpu.cityWide()).isFalse();
        assertThat(zhangpu.focusId()).isEqualTo(ZHANGPU.id());
        assertThat(zhangpu.value(BAYS, zhangpu.focusId())).contains(bd("40"));
        assertThat(zhangpu.value(ROADS, zhangpu.focusId()))
                .as("no figure, no zero")
                .isEmpty();
    }

    @Test
    void year_on_year_compares_longhai_district_with_longhai_city_it_replaced() {
        var data = dashboard(YEAR_2021)
                .counties(XIANGCHENG, LONGHAI_QU)
                .predecessor(LONGHAI_QU, LONGHAI_SHI)
                .cell(cell(ROADS, LONGHAI_QU, "15.2"))
                .cell(cell(ROADS, XIANGCHENG, "14.6"))
                .cell(cell(ROADS, null, "117"))
                .lastYear(cell(ROADS, LONGHAI_SHI, "12.0"))
                .lastYear(cell(ROADS, XIANGCHENG, "10.1"))
                .lastYear(cell(ROADS, null, "64.3"))
                .build();
        assertThat(data.change(ROADS, LONGHAI_QU.id())).contains(bd("3.2"));
        assertThat(data.change(ROADS, XIANGCHENG.id()))
                .as("a district that kept its code")
                .contains(bd("4.5"));
        assertThat(data.change(ROADS, null)).as("the city total").contains(bd("52.7"));
        assertThat(data.change(BAYS, XIANGCHENG.id())).as("nothing to compare").isEmpty();
        var yoy = data.yearOnYear(ROADS);
        assertThat(yoy.units()).containsExactly(XIANGCHENG.id(), LONGHAI_QU.id(), null);
        assertThat(yoy.names()).containsExactly("芗城区", "龙海区", "漳州市");
        assertThat(yoy.thisYear()).containsExactly(bd("14.6"), bd("15.2"), bd("117"));
        assertThat(yoy.lastYear()).containsExactly(bd("10.1"), bd("12.0"), bd("64.3"));
    }

    @Test
    void a_district_page_compares_only_the_district_and_a_year_without_a_figure_stays_empty() {
        var data = dashboard(YEAR_2021)
                .focus(ZHANGPU)
                .cell(cell(BAYS, ZHANGPU, "40"))
                .build();
        var yoy = data.yearOnYear(BAYS);
        assertThat(yoy.units()).containsExactly(ZHANGPU.id());
        assertThat(yoy.thisYear()).containsExactly(bd("40"));
        assertThat(yoy.lastYear()).containsExactly((BigDecimal) null);
        assertThat(data.change(BAYS, ZHANGPU.id())).isEmpty();
    }

    @Test
    void the_city_total_is_held_to_the_citys_own_target_and_each_district_to_its_own() {
        var data = dashboard(YEAR_2021)
                .target(target(ROADS, CITY, "110"))
                .target(target(ROADS, ZHANGPU, "12"))
                .build();
        assertThat(data.target(ROADS, null)).get().extracting(t -> t.value()).isEqualTo(bd("110"));
        assertThat(data.target(ROADS, ZHANGPU.id()))
                .get()
                .extracting(t -> t.value())
                .isEqualTo(bd("12"));
        assertThat(data.target(ROADS, XIANGCHENG.id())).isEmpty();
        assertThat(data.target(BAYS, null)).isEmpty();
    }

    @Test
    void the_data_edition_counts_corrections_of_the_totals_shown_not_of_the_districts_again() {
        var data = dashboard(YEAR_2021)
                .cell(cell(BAYS, null, "267", 1))
                .cell(cell(BAYS, ZHANGPU, "40", 1))
                .cell(cell(ROADS, null, "117", 2))
                .build();
        assertThat(data.corrections()).isEqualTo(3);
        assertThat(data.revision()).as("第4版").isEqualTo(4);
        assertThat(dashboard(YEAR_2021).cell(cell(BAYS, null, "267")).build().revision())
                .as("第1版")
                .isEqualTo(1);
    }

    @Test
    void the_trend_of_an_indicator_is_the_focus_units_months_only() {
        var data = dashboard(YEAR_2021)
                .trend(new TrendPoint(BAYS.id(), null, 1, bd("20")))
                .trend(new TrendPoint(BAYS.id(), null, 2, bd("41")))
                .trend(new TrendPoint(BAYS.id(), ZHANGPU.id(), 1, bd("3")))
                .trend(new TrendPoint(ROADS.id(), null, 1, bd("9.5")))
                .build();
        assertThat(data.trend(BAYS, null)).extracting(TrendPoint::value).containsExactly(bd("20"), bd("41"));
        assertThat(data.trend(BAYS, ZHANGPU.id())).extracting(TrendPoint::value).containsExactly(bd("3"));
    }

    @Test
    void district_charts_show_the_indicators_the_districts_report_not_the_citys_own() {
        var data = dashboard(YEAR_2021).build();
        assertThat(data.districtIndicators()).containsExactly(ROADS, BAYS, DROPOUTS);
        assertThat(data.districtIndicators()).doesNotContain(LEAD_DEPARTMENTS);
    }

    @Test
    void the_year_by_year_series_runs_from_the_first_year_with_a_figure_to_the_chosen_year_with_gaps_empty() {
        var data = dashboard(YEAR_2021)
                .year(new YearPoint(ROADS.id(), 2018, bd("40.5"), false))
                .year(new YearPoint(ROADS.id(), 2020, bd("117"), false))
                .year(new YearPoint(ROADS.id(), 2021, bd("64.3"), false))
                .year(new YearPoint(BAYS.id(), 2017, bd("90"), false))
                .build();
        var series = data.yearSeries(ROADS);
        assertThat(series.first()).isEqualTo(2018);
        assertThat(series.last()).isEqualTo(2021);
        assertThat(series.years()).containsExactly(2018, 2019, 2020, 2021);
        assertThat(series.values()).containsExactly(bd("40.5"), null, bd("117"), bd("64.3"));
        var none = data.yearSeries(DROPOUTS);
        assertThat(none.years())
                .as("no figure in any year: the chosen year alone")
                .containsExactly(2021);
        assertThat(none.values()).containsExactly((BigDecimal) null);
    }

    @Test
    void a_categorys_score_is_found_for_the_city_or_a_district_and_the_all_categories_row_has_no_category() {
        var data = dashboard(YEAR_2021)
                .score(new CategoryScore("education", CITY.id(), 1, 1))
                .score(new CategoryScore(null, CITY.id(), 4, 6))
                .score(new CategoryScore("education", ZHANGPU.id(), 0, 1))
                .build();
        assertThat(data.score("education", null))
                .get()
                .extracting(CategoryScore::met)
                .isEqualTo(1);
        assertThat(data.score(null, null))
                .get()
                .extracting(CategoryScore::targeted)
                .isEqualTo(6);
        assertThat(data.score("education", ZHANGPU.id()))
                .get()
                .extracting(CategoryScore::met)
                .isEqualTo(0);
        assertThat(data.score("rural_infrastructure", null)).isEmpty();
    }

    @Test
    void a_town_cell_and_data_as_of_are_read_as_given() {
        assertThat(dashboard(YEAR_2021).build().hasData()).isTrue();
        assertThat(dashboard(YEAR_2021).noData().build().hasData()).isFalse();
        assertThat(cell(BAYS, null, "267").isTotal()).isTrue();
        assertThat(cell(BAYS, ZHANGPU, "40").isTotal()).isFalse();
    }

    @Test
    void a_month_a_quarter_and_the_year_to_date_cover_the_months_a_leader_expects() {
        assertThat(PeriodChoice.MONTH.months(5, 12)).containsExactly(5, 5);
        assertThat(PeriodChoice.YEAR_TO_DATE.months(5, 12)).containsExactly(1, 5);
        assertThat(PeriodChoice.YEAR.months(12, 9)).as("as far as approved").containsExactly(1, 9);
        assertThat(PeriodChoice.QUARTER.months(2, 12)).containsExactly(4, 6);
        assertThat(PeriodChoice.QUARTER.months(2, 5)).as("the quarter so far").containsExactly(4, 5);
        assertThat(PeriodChoice.QUARTER.months(3, 5))
                .as("not begun: its first month")
                .containsExactly(7, 7);
        assertThat(PeriodChoice.QUARTER.months(4, 12)).containsExactly(10, 12);
    }

    @Test
    void the_address_parameters_reopen_the_same_view_and_nonsense_falls_back_to_the_whole_year() {
        var filter = DashboardFilter.parse(
                Map.of(
                        "year",
                        List.of("2020"),
                        "period",
                        List.of("quarter"),
                        "part",
                        List.of("2"),
                        "category",
                        List.of("education"),
                        "division",
                        List.of("350623"),
                        "chart",
                        List.of("meal_schools")),
                2021);
        assertThat(filter)
                .isEqualTo(new DashboardFilter(2020, PeriodChoice.QUARTER, 2, "education", "350623", "meal_schools"));
        assertThat(filter.toParameters())
                .containsExactly(
                        Map.entry("year", "2020"),
                        Map.entry("period", "quarter"),
                        Map.entry("part", "2"),
                        Map.entry("category", "education"),
                        Map.entry("division", "350623"),
                        Map.entry("chart", "meal_schools"));
        assertThat(DashboardFilter.parse(Map.of(), 2021)).isEqualTo(DashboardFilter.year(2021));
        assertThat(DashboardFilter.year(2021).toParameters())
                .containsExactly(Map.entry("year", "2021"), Map.entry("period", "year"));
        var nonsense = DashboardFilter.parse(
                Map.of(
                        "year",
                        List.of("二〇二〇"),
                        "period",
                        List.of("decade"),
                        "part",
                        List.of("x"),
                        "category",
                        List.of(" "),
                        "division",
                        List.of("3506"),
                        "chart",
                        List.of("<script>")),
                2021);
        assertThat(nonsense).isEqualTo(DashboardFilter.year(2021));
        assertThat(DashboardFilter.parse(Map.of("division", List.of("35060a")), 2021)
                        .division())
                .isNull();
        assertThat(DashboardFilter.parse(Map.of("chart", List.of("a".repeat(65))), 2021)
                        .chart())
                .isNull();
        assertThat(DashboardFilter.parse(Map.of("chart", List.of("a".repeat(64))), 2021)
                        .chart())
                .hasSize(64);
        assertThat(DashboardFilter.parse(Map.of("period", List.of("MONTH"), "part", List.of()), 2021))
                .as("an empty parameter is a missing one")
                .isEqualTo(new DashboardFilter(2021, PeriodChoice.MONTH, 12, null, null));
    }

    @Test
    void a_month_or_quarter_out_of_range_is_brought_back_to_the_nearest_one() {
        assertThat(new DashboardFilter(2020, PeriodChoice.MONTH, 13, null, null).part())
                .isEqualTo(12);
        assertThat(new DashboardFilter(2020, PeriodChoice.MONTH, 0, null, null).part())
                .isEqualTo(1);
        assertThat(new DashboardFilter(2020, PeriodChoice.QUARTER, 5, null, null).part())
                .isEqualTo(4);
        assertThat(new DashboardFilter(2020, PeriodChoice.QUARTER, 4, null, null).part())
                .isEqualTo(4);
        assertThat(new DashboardFilter(2020, PeriodChoice.YEAR_TO_DATE, 12, null, null).part())
                .isEqualTo(12);
    }

    @Test
    void each_choice_changes_only_its_own_part_of_the_view() {
        var filter = new DashboardFilter(2020, PeriodChoice.MONTH, 6, "education", "350602", "dropouts");
        assertThat(filter.withYear(2019))
                .isEqualTo(new DashboardFilter(2019, PeriodChoice.MONTH, 6, "education", "350602", "dropouts"));
        assertThat(filter.withPeriod(PeriodChoice.QUARTER, 2))
                .isEqualTo(new DashboardFilter(2020, PeriodChoice.QUARTER, 2, "education", "350602", "dropouts"));
        assertThat(filter.withCategory(null))
                .isEqualTo(new DashboardFilter(2020, PeriodChoice.MONTH, 6, null, "350602", "dropouts"));
        assertThat(filter.withDivision("350623"))
                .isEqualTo(new DashboardFilter(2020, PeriodChoice.MONTH, 6, "education", "350623", "dropouts"));
        assertThat(filter.withChart("meal_schools"))
                .isEqualTo(new DashboardFilter(2020, PeriodChoice.MONTH, 6, "education", "350602", "meal_schools"));
    }

    @Test
    void the_citys_year_counts_its_corrections_and_judges_the_city_total_against_the_city_target() {
        var year = new CityYear(
                2020,
                12,
                CITY,
                List.of(XIANGCHENG, ZHANGPU),
                List.of(ROADS, BAYS, DROPOUTS, LEAD_DEPARTMENTS),
                Map.of(ROADS.id(), target(ROADS, CITY, "110"), BAYS.id(), target(BAYS, CITY, "300")),
                List.of(
                        cell(ROADS, XIANGCHENG, "14.6", 1),
                        cell(ROADS, null, "117", 1),
                        cell(BAYS, null, "267"),
                        cell(BAYS, ZHANGPU, "40")),
                null,
                true);
        assertThat(year.corrections()).isEqualTo(1);
        assertThat(year.revision()).isEqualTo(2);
        assertThat(year.revised()).isTrue();
        assertThat(year.total(ROADS)).get().extracting(YearCell::value).isEqualTo(bd("117"));
        assertThat(year.cell(BAYS, ZHANGPU)).get().extracting(YearCell::value).isEqualTo(bd("40"));
        assertThat(year.cell(BAYS, XIANGCHENG)).isEmpty();
        assertThat(year.targetMet(ROADS)).contains(true);
        assertThat(year.targetMet(BAYS)).contains(false);
        assertThat(year.targetMet(DROPOUTS)).as("no target").isEmpty();
        assertThat(year.target(BAYS)).isPresent();
        assertThat(year.districtIndicators()).containsExactly(ROADS, BAYS, DROPOUTS);
        var first = new CityYear(
                2020, 12, CITY, List.of(), List.of(), Map.of(), List.of(cell(ROADS, null, "117")), null, true);
        assertThat(first.revised()).isFalse();
        assertThat(first.revision()).isEqualTo(1);
    }

    @Test
    void a_cached_page_is_served_only_while_the_data_version_is_unchanged() {
        var cache = new VersionedCache<String, String>(2);
        var computed = new int[1];
        assertThat(cache.get("2020", List.of(7, 901), () -> "第1版 " + ++computed[0]))
                .isEqualTo("第1版 1");
        assertThat(cache.get("2020", List.of(7, 901), () -> "第1版 " + ++computed[0]))
                .isEqualTo("第1版 1");
        assertThat(cache.get("2020", List.of(8, 902), () -> "第2版 " + ++computed[0]))
                .as("an approval moved it")
                .isEqualTo("第2版 2");
        assertThat(computed[0]).isEqualTo(2);
    }

    @Test
    void the_cache_keeps_the_most_recently_asked_pages_up_to_its_capacity() {
        var cache = new VersionedCache<String, String>(2);
        var computed = new ArrayList<String>();
        for (var key : Arrays.asList("2020", "2019", "2020", "2018", "2020", "2019")) {
            cache.get(key, 1, () -> {
                computed.add(key);
                return key;
            });
        }
        // 2020 stays because it was asked again; 2019 was the least recently asked when 2018 came
        assertThat(computed).containsExactly("2020", "2019", "2018", "2019");
    }

    @Test
    void a_not_applicable_district_ranks_after_those_with_figures_without_a_target_tick_and_says_so() {
        var data = dashboard(DashboardFilter.year(2020))
                .counties(ZHANGPU, XIANGCHENG)
                .target(target(ROADS, ZHANGPU, "10"))
                .target(target(ROADS, XIANGCHENG, "12"))
                .cell(cell(ROADS, ZHANGPU, null))
                .cell(cell(ROADS, XIANGCHENG, "14.6"))
                .build();
        var ranking = data.ranking(ROADS);
        assertThat(ranking.districts()).containsExactly(XIANGCHENG, ZHANGPU);
        assertThat(ranking.values()).containsExactly(bd("14.6"), null);
        assertThat(ranking.targets()).containsExactly(bd("12"), null);
        assertThat(ranking.notApplicable()).containsExactly(false, true);
        assertThat(data.notApplicable(ROADS, ZHANGPU.id())).isTrue();
        assertThat(data.notApplicable(ROADS, XIANGCHENG.id())).isFalse();
        assertThat(data.notApplicable(BAYS, XIANGCHENG.id()))
                .as("no figure is not 'not applicable'")
                .isFalse();
        assertThat(cell(ROADS, ZHANGPU, null).isMissing()).isFalse();
        assertThat(new YearCell(ROADS.id(), ZHANGPU.id(), null, false, null, 0, 0).isMissing())
                .isTrue();
        assertThat(cell(ROADS, ZHANGPU, "1").isMissing()).isFalse();
    }

    @Test
    void year_on_year_tells_a_not_applicable_year_from_a_missing_one() {
        var data = dashboard(DashboardFilter.year(2020))
                .counties(ZHANGPU, XIANGCHENG)
                .cell(cell(ROADS, ZHANGPU, null))
                .cell(cell(ROADS, XIANGCHENG, "14.6"))
                .lastYear(cell(ROADS, ZHANGPU, "3"))
                .lastYear(cell(ROADS, XIANGCHENG, null))
                .build();
        var yoy = data.yearOnYear(ROADS);
        assertThat(yoy.thisYearNotApplicable()).containsExactly(true, false, false);
        assertThat(yoy.lastYearNotApplicable()).containsExactly(false, true, false);
    }
}
