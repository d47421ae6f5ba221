package org.minsheng.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The headings speak of the unit shown, never of a city regardless (issue 17 item 1): on a province's
 * page the table's note says 全省合计 and the indicator chart's title 各市, on a county's 全县合计, in either
 * language.
 */
@IntegrationTest
@TestPropertySource(properties = {"minsheng.test.database=province-root", "minsheng.city-code=350000"})
@DirtiesContext
class LevelWordsShownTest {

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void signIn() {
        KaribuSpring.signInAndOpen(context, "leader");
    }

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void the_provinces_table_note_and_indicator_chart_speak_of_the_province_and_its_cities() {
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2020")));
        assertThat(pivotNote()).contains("全省合计按各指标的汇总规则").doesNotContain("全市");

        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2020", "division", "350623")));
        assertThat(pivotNote()).as("漳浦县's page").contains("全县合计");

        UI.getCurrent().navigate("indicator/meal_schools", QueryParameters.simple(Map.of("year", "2020")));
        assertThat(chartTitle()).startsWith("2020年各市").endsWith("逐月走势");
    }

    @Test
    void an_english_session_reads_them_in_english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2020")));
        assertThat(pivotNote()).contains("Totals of the province are computed").doesNotContain("City");

        UI.getCurrent().navigate("indicator/meal_schools", QueryParameters.simple(Map.of("year", "2020")));
        assertThat(chartTitle()).contains(" by city and month, 2020");
    }

    private static String pivotNote() {
        return _find(Paragraph.class, spec -> spec.withClasses("page-meta")).stream()
                .map(Paragraph::getText)
                .filter(t -> t.contains("†"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no note under the table"));
    }

    private static String chartTitle() {
        return _get(_get(ChartCard.class, spec -> spec.withId("indicator-chart")), H3.class)
                .getText();
    }
}
