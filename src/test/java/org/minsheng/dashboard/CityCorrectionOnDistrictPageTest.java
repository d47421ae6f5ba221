package org.minsheng.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.Catalogue.indicator;
import static org.minsheng.support.SignedIn.as;

import java.math.BigDecimal;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.figure.CellKey;
import org.minsheng.figure.FigureInput;
import org.minsheng.figure.ReviewService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The city's own figure of 牵头市直部门 corrected after publication is the city's correction, not a
 * district's: after it, 漳浦县's page said 「其中 1 处数据在发布后经过修订」 beside 第1版, with no figure of
 * its own marked, and its 数据截至 moved to the correction's time (a stranger's trial).
 */
@IntegrationTest
@Transactional
class CityCorrectionOnDistrictPageTest {

    @Autowired
    DSLContext db;

    @Autowired
    ReviewService review;

    @Autowired
    DashboardService dashboards;

    @BeforeEach
    void theCityCorrectsItsOwnPublishedFigure() {
        var key = new CellKey(
                id("select id from indicator where code = 'lead_departments'"),
                id("select id from division where code = '350600'"),
                id("select id from period where kind = 'year' and year = 2020"));
        var where = " where indicator_id = " + key.indicatorId() + " and division_id = " + key.divisionId()
                + " and period_id = " + key.periodId();
        var before = db.fetchSingle("select approved_value from figure" + where).get(0, BigDecimal.class);
        int version = id("select version from figure" + where);
        as(
                "reviewer",
                () -> review.revise(new FigureInput(
                        key, before.add(BigDecimal.ONE).toPlainString(), false, null, version, "更正统计口径")));
    }

    @Test
    void a_district_page_counts_no_correction_of_the_citys_own_figure() {
        var city = as("leader", () -> dashboards.dashboard(DashboardFilter.year(2020)));
        assertThat(city.corrections()).as("the city's page").isEqualTo(1);
        var zhangpu = as(
                "leader", () -> dashboards.dashboard(new DashboardFilter(2020, PeriodChoice.YEAR, 12, null, "350623")));
        assertThat(zhangpu.corrections()).as("漳浦县's page").isZero();
        assertThat(zhangpu.dataAsOf())
                .as("漳浦县's page is not dated by the city's correction")
                .isBefore(city.dataAsOf());
        assertThat(zhangpu.cell(indicator(zhangpu, "meal_schools"), zhangpu.focusId()))
                .as("漳浦县's own figures are on its page")
                .isNotEmpty();
    }

    private int id(String sql) {
        return ((Number) db.fetchValue(sql)).intValue();
    }
}
