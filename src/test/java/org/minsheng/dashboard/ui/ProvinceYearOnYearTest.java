package org.minsheng.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.SignedIn.as;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.i18n.Translations;
import org.minsheng.dashboard.Dashboard;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;
import org.minsheng.support.ChartWords;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

/**
 * The province demo with 厦门市's 2020 taken back to pending by a correction, as a stranger's trial left it:
 * 2020's totals count eight cities and 2019's nine, so their difference (「同比 +62所」) was no change but
 * 厦门市's figures. The totals say they are not compared, and why; each city still compares with itself.
 */
@IntegrationTest
@TestPropertySource(
        properties = {
            "minsheng.test.database=province-year-on-year",
            "minsheng.city-code=350000",
            "minsheng.demo-province=true"
        })
@DirtiesContext
@Transactional
class ProvinceYearOnYearTest {

    private static final String NOT_COMPARED = "两年同期计入合计的市不同，合计不作同比";

    @Autowired
    ApplicationContext context;

    @Autowired
    DashboardService dashboards;

    @Autowired
    Translations translations;

    @Autowired
    DSLContext db;

    @BeforeEach
    void xiamensYear2020TakenBack() {
        db.execute("""
                delete from unit_acceptance where year = 2020
                and division_id = (select id from division where code = '350200')""");
    }

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void totals_counting_different_cities_are_not_compared_but_each_city_is() {
        var page = as("leader", () -> dashboards.dashboard(DashboardFilter.year(2020)));
        var meals = meals(page);
        var fuzhou = city(page, "福州市");

        assertThat(page.value(meals, null)).isPresent();
        assertThat(page.lastYearCell(meals, null)).as("2019's total is there").isPresent();
        assertThat(page.totalsComparable()).isFalse();
        assertThat(page.change(meals, null))
                .as("eight cities less nine is no change")
                .isEmpty();
        assertThat(page.change(meals, fuzhou.id()))
                .as("福州市 compares with itself")
                .isPresent();

        var compared = page.yearOnYear(meals);
        assertThat(compared.units().getLast()).as("the total's row").isNull();
        assertThat(compared.lastYear().getLast())
                .as("no 2019 bar beside the total")
                .isNull();
        assertThat(compared.lastYear().getFirst()).as("福州市's 2019 bar").isNotNull();
        assertThat(ChartWords.in(translations, Translations.CHINESE)
                        .yearOnYear(page, meals)
                        .note())
                .isEqualTo(NOT_COMPARED);
        assertThat(ChartWords.in(translations, Locale.ENGLISH)
                        .yearOnYear(page, meals)
                        .note())
                .isEqualTo("the totals of the two years count different cities, so they are not compared");

        open("2020");

        assertThat(StaticHtml.tile("meal_schools")).contains("同比 —（" + NOT_COMPARED + "）");
        assertThat(_get(
                                _get(ChartCard.class, spec -> spec.withId("yoy-chart")),
                                Paragraph.class,
                                spec -> spec.withClasses("page-meta"))
                        .getText())
                .endsWith(" · " + NOT_COMPARED);
    }

    @Test
    void totals_counting_the_same_cities_still_compare() {
        var page = as("leader", () -> dashboards.dashboard(DashboardFilter.year(2019)));
        var meals = meals(page);

        assertThat(page.totalsComparable())
                .as("2019 counts nine cities; 2018, with none accepted, has no total to compare")
                .isTrue();

        db.execute("""
                delete from unit_acceptance where year = 2019
                and division_id = (select id from division where code = '350200')""");
        var both = as("leader", () -> dashboards.dashboard(DashboardFilter.year(2020)));
        assertThat(both.totalsComparable()).as("eight cities in each year").isTrue();
        assertThat(both.change(meals(both), null)).isPresent();
        assertThat(ChartWords.in(translations, Translations.CHINESE)
                        .yearOnYear(both, meals)
                        .note())
                .isNull();
    }

    private void open(String year) {
        KaribuSpring.signInAndOpen(context, "leader");
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", year)));
    }

    private static Indicator meals(Dashboard page) {
        return page.indicators().stream()
                .filter(i -> i.code().equals("meal_schools"))
                .findFirst()
                .orElseThrow();
    }

    private static Division city(Dashboard page, String name) {
        return page.counties().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
