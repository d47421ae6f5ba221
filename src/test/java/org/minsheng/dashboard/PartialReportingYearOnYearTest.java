package org.minsheng.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.i18n.Translations;
import org.minsheng.indicator.Indicator;
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
        db.execute("""
                insert into figure (indicator_id, division_id, period_id, value, not_applicable, status,
                                    approved_value, approved_not_applicable, approved_at, revision)
                select (select id from indicator where code = 'road_widening'), d.id,
                       (select id from period where kind = 'month' and year = 2021 and month = 1),
                       v, false, 'approved', v, false, now(), 1
                from (values ('350602', 0.4), ('350623', 1.1)) as x(code, v)
                join division d on d.code = x.code""");
    }

    @Test
    void a_total_of_fewer_districts_than_last_year_has_no_change_and_says_why() {
        var january = SignedIn.as("leader", () -> dashboards.dashboard(DashboardFilter.year(2021)));
        var roads = indicator(january, "road_widening");
        assertThat(january.value(roads, null)).isNotEmpty();
        assertThat(january.lastYearCell(roads, null)).isNotEmpty();
        assertThat(january.change(roads, null)).as("2 districts against 11").isEmpty();
        assertThat(january.totalsComparable(roads)).isFalse();
        int xiangcheng = ((Number) db.fetchValue("select id from division where code = '350602'")).intValue();
        assertThat(january.change(roads, xiangcheng))
                .as("a district against itself")
                .isNotEmpty();
        var words = new ChartContents(
                Translations.CHINESE, (key, args) -> translations.getTranslation(key, Translations.CHINESE, args));
        assertThat(words.notComparedNote(january, roads)).contains("两年同期计入合计的县区不同，合计不作同比");
        assertThat(words.yearOnYear(january, roads).note()).isEqualTo("两年同期计入合计的县区不同，合计不作同比");

        var whole2020 = SignedIn.as("leader", () -> dashboards.dashboard(DashboardFilter.year(2020)));
        assertThat(whole2020.change(indicator(whole2020, "road_widening"), null))
                .as("every district in both years")
                .isNotEmpty();
    }

    private static Indicator indicator(Dashboard data, String code) {
        return data.indicators().stream()
                .filter(i -> i.code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
