package org.minsheng.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.SignedIn.as;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.dashboard.Dashboard;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.dashboard.PeriodChoice;
import org.minsheng.dashboard.YearCell;
import org.minsheng.indicator.Indicator;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

/**
 * The province demo's January 2021 as a stranger's trial left it: 福建省 has accepted 漳州市's 2021, which
 * has no approved figure, and no other city. Every tile is 「—」; the page says why in one consistent way
 * (nothing approved yet, or the one counted city has nothing yet while 厦门市's figures wait for the
 * province), and each tile still compares with January 2020 as that month's own page counts it.
 */
@IntegrationTest
@TestPropertySource(
        properties = {
            "minsheng.test.database=province-month-nothing-counted",
            "minsheng.city-code=350000",
            "minsheng.demo-province=true"
        })
@DirtiesContext
@Transactional
class ProvinceMonthNothingCountedTest {

    private static final DashboardFilter JANUARY_2021 = new DashboardFilter(2021, PeriodChoice.MONTH, 1, null, null);
    private static final DashboardFilter JANUARY_2020 = new DashboardFilter(2020, PeriodChoice.MONTH, 1, null, null);

    @Autowired
    ApplicationContext context;

    @Autowired
    DashboardService dashboards;

    @Autowired
    DSLContext db;

    @BeforeEach
    void zhangzhouAcceptedWithNothingApproved() {
        db.execute("""
                insert into unit_acceptance (division_id, year, status, decided_by)
                select d.id, 2021, 'accepted', u.id from division d cross join app_user u
                where d.code = '350600' and u.username = 'reviewer'""");
    }

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void january_is_compared_with_january_2020_though_nothing_of_2021_is_approved() {
        var page = as("leader", () -> dashboards.dashboard(JANUARY_2021));
        var lastJanuary = as("leader", () -> dashboards.dashboard(JANUARY_2020));
        var meals = meals(page);
        assertThat(page.hasData()).isFalse();
        assertThat(lastJanuary.value(meals, null))
                .as("the demo has January 2020")
                .isPresent();
        assertThat(page.lastYearCell(meals, null).map(YearCell::value))
                .as("the same month a year earlier, counted as its own page counts it")
                .isEqualTo(lastJanuary.value(meals, null));

        open();

        assertThat(tile("meal_schools")).contains("同比 —（上年同期 ").doesNotContain("上年同期无数据");
    }

    private void open() {
        KaribuSpring.signInAndOpen(context, "leader");
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2021", "period", "month", "part", "1")));
    }

    private static Indicator meals(Dashboard page) {
        return page.indicators().stream()
                .filter(i -> i.code().equals("meal_schools"))
                .findFirst()
                .orElseThrow();
    }

    private static String tile(String code) {
        return StaticHtml.text(_find(HeadlineTile.class).stream()
                .filter(t -> code.equals(t.getElement().getAttribute("data-indicator")))
                .findFirst()
                .orElseThrow());
    }
}
