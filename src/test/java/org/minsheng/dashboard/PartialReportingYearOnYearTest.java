package org.minsheng.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.Catalogue.indicator;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.i18n.Translations;
import org.minsheng.support.Catalogue;
import org.minsheng.support.ChartWords;
import org.minsheng.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * January 2021 with two of the eleven districts in: the city's total against January 2020's eleven said
 * 同比 −102所 (a stranger's trial), a difference of coverage, not a change. The total has no 同比 while
 * the two years' totals add up different districts, and says why; each district still compares with
 * itself, and a year whose districts all reported both times compares as before.
 */
@IntegrationTest
@Transactional
class PartialReportingYearOnYearTest {

    @Autowired
    DashboardService dashboards;

    @Autowired
    Translations translations;

    @Autowired
    DSLContext db;

    @BeforeEach
    void twoDistrictsReportJanuary() {
        Catalogue.approvedFigure(db, "meal_schools", "350602", 2021, 1, 4);
        Catalogue.approvedFigure(db, "meal_schools", "350623", 2021, 1, 9);
    }

    @Test
    void a_total_of_fewer_districts_than_last_year_has_no_change_and_says_why() {
        var january = SignedIn.as("leader", () -> dashboards.dashboard(DashboardFilter.year(2021)));
        var meals = indicator(january, "meal_schools");
        assertThat(january.value(meals, null)).isNotEmpty();
        assertThat(january.lastYearCell(meals, null)).isNotEmpty();
        assertThat(january.change(meals, null)).as("2 districts against 11").isEmpty();
        assertThat(january.totalsComparable(meals)).isFalse();
        int xiangcheng = ((Number) db.fetchValue("select id from division where code = '350602'")).intValue();
        assertThat(january.change(meals, xiangcheng))
                .as("a district against itself")
                .isNotEmpty();
        var words = ChartWords.in(translations, Translations.CHINESE);
        assertThat(words.notComparedNote(january, meals)).contains("两年同期计入合计的县区不同，合计不作同比");
        assertThat(words.yearOnYear(january, meals).note()).isEqualTo("两年同期计入合计的县区不同，合计不作同比");
        assertThat(words.yearOnYearTotal(january, meals))
                .as("last year's total in words, not a bare 「—」")
                .contains("漳州市合计：2020年 不作比较，2021年 13所");

        var whole2020 = SignedIn.as("leader", () -> dashboards.dashboard(DashboardFilter.year(2020)));
        assertThat(whole2020.change(indicator(whole2020, "meal_schools"), null))
                .as("every district in both years")
                .isNotEmpty();
    }

    /**
     * An indicator with no figure last year has nothing to compare with, not different units: the tile
     * said 「两年同期计入合计的县区不同」 for 2020's cross-inspections while every district page said 上年同期无数据
     * (a stranger's trial). Its total is comparable, there is simply no change, and the chart has no note.
     */
    @Test
    void a_total_with_no_figure_last_year_is_not_called_a_difference_of_units() {
        var whole2020 = SignedIn.as("leader", () -> dashboards.dashboard(DashboardFilter.year(2020)));
        var inspected = indicator(whole2020, "cross_inspected");
        assertThat(whole2020.value(inspected, null)).as("a 2020 total").isNotEmpty();
        assertThat(whole2020.lastYearCell(inspected, null).map(YearCell::value))
                .as("no 2019 figure")
                .isEmpty();
        assertThat(whole2020.totalsComparable(inspected)).isTrue();
        assertThat(whole2020.change(inspected, null)).isEmpty();
        var words = ChartWords.in(translations, Translations.CHINESE);
        assertThat(words.notComparedNote(whole2020, inspected)).isEmpty();
    }
}
