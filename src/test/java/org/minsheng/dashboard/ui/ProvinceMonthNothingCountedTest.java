package org.minsheng.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.SignedIn.as;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
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
import org.minsheng.support.Catalogue;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

/**
 * The province demo's January 2021 as a stranger's trial left it: 福建省 has accepted 漳州市's 2021, which
 * has no approved figure, and no other city. Every tile says 暂无数据; the page says why in one consistent way
 * (nothing approved yet, or the one counted city has nothing yet while 厦门市's figures wait for the
 * province); January 2020 is read as that month's own page counts it, but its totals count nine cities,
 * so the tiles say the two are not compared.
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

        // January 2021's totals count 漳州市 alone and January 2020's all nine cities: last year's total is
        // there, but beside this year's it is no comparison, and the tile says so rather than 上年同期无数据
        assertThat(StaticHtml.tile("meal_schools"))
                .contains("同比 —（两年同期计入合计的市不同，合计不作同比）")
                .doesNotContain("上年同期无数据");
    }

    @Test
    void nothing_approved_in_the_year_is_said_once_not_beside_a_note_on_what_the_totals_count() {
        open();

        assertThat(_get(Paragraph.class, spec -> spec.withId("dashboard-meta")).getText())
                .isEqualTo("2021年1月尚无已审核数据");
        assertThat(_find(Paragraph.class, spec -> spec.withId("acceptance-note")))
                .as("no totals, so nothing to say they count 漳州市 only")
                .isEmpty();
        assertThat(_find(Paragraph.class, spec -> spec.withId("missing-note"))).isEmpty();
    }

    @Test
    void a_pending_citys_figures_are_not_called_the_totals_and_the_counted_city_is_named_as_without_figures() {
        // 思明区's January approved by 厦门市, which the province has not accepted: outside the totals
        Catalogue.approvedFigure(db, "meal_schools", "350203", 2021, 1, 25);

        open();

        assertThat(_get(Paragraph.class, spec -> spec.withId("acceptance-note")).getText())
                .isEqualTo("合计只计入已确认的 1 个市；8 个市待确认：福州市、厦门市、莆田市、三明市、泉州市、南平市、龙岩市、宁德市");
        assertThat(_get(Paragraph.class, spec -> spec.withId("missing-note")).getText())
                .as("厦门市's figures are not in the totals; 漳州市, which is, has none")
                .isEqualTo("计入合计的 1 个市尚无审核数据：漳州市");
        assertThat(StaticHtml.tile("meal_schools")).startsWith("营养改善计划学校 暂无数据 ");
    }

    /** 漳浦县's February 2021 approved and counted: the year has figures, January has none. */
    @Test
    void a_month_without_approved_figures_in_a_year_with_some_says_so_of_the_month() {
        Catalogue.approvedFigure(db, "meal_schools", "350623", 2021, 2, 24);

        open();

        assertThat(_get(Paragraph.class, spec -> spec.withId("dashboard-meta")).getText())
                .isEqualTo("2021年1月尚无已审核数据");
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
}
