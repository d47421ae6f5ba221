package org.minsheng.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.ui.ChoiceBar;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The dashboard as the demo's leader-xiangcheng, a leader scoped to 芗城区, opens and follows it; and an
 * address with a code no unit has, which is an unknown unit to every reader, not one outside a scope.
 */
@IntegrationTest
class ScopedDashboardViewTest {

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void signIn() {
        KaribuSpring.signInAndOpen(context, "leader-xiangcheng");
    }

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void the_scoped_leader_starts_on_their_district_and_is_offered_no_other_unit() {
        UI.getCurrent().navigate("");
        assertThat(_get(H2.class).getText()).contains("芗城区");
        assertThat(refusalShown()).isFalse();
        assertThat(Choices.choice(FilterBar.DIVISION).options())
                .as("neither the city nor a neighbouring district")
                .extracting(ChoiceBar.Option::label)
                .containsExactly("芗城区");
        assertThat(_find(Anchor.class, spec -> spec.withId("back-to-city")))
                .as("no way up to the city")
                .isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withId("breadcrumb-350600")))
                .as("no breadcrumb above their own unit")
                .isEmpty();
        assertThat(_find(HeadlineTile.class)).isNotEmpty();
    }

    @Test
    void a_deep_link_to_a_neighbouring_district_says_it_is_outside_the_scope_and_shows_none_of_its_figures() {
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2020", "division", "350623")));
        var refused = _get(Div.class, spec -> spec.withId("dashboard-refused"));
        assertThat(refused.isVisible()).isTrue();
        assertThat(refused.getElement().getTextRecursively())
                .contains("不在您的查看范围内")
                .contains("芗城区")
                .doesNotContain("Exception");
        assertThat(_get(Anchor.class, spec -> spec.withId("dashboard-home")).getHref())
                .contains("division=350602");
        assertThat(_get(H2.class).getText()).doesNotContain("漳浦县");
        assertThat(_find(HeadlineTile.class)).isEmpty();

        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2020", "division", "350602")));
        assertThat(refusalShown()).as("their own district opens again").isFalse();
        assertThat(_get(H2.class).getText()).contains("芗城区");
    }

    @Test
    void a_code_no_unit_has_is_called_unknown_not_outside_the_scope() {
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2020", "division", "999999")));
        var refused = _get(Div.class, spec -> spec.withId("dashboard-refused"));
        assertThat(refused.isVisible()).isTrue();
        assertThat(refused.getElement().getTextRecursively())
                .contains("未找到区划代码为 999999 的单位")
                .doesNotContain("不在您的查看范围内")
                .doesNotContain("Exception");
        assertThat(_get(Anchor.class, spec -> spec.withId("dashboard-home")).getHref())
                .as("the way to their own unit's page")
                .contains("division=350602");
        assertThat(_find(HeadlineTile.class)).isEmpty();
    }

    @Test
    void a_leader_of_the_whole_city_is_told_the_code_is_unknown_rather_than_shown_the_city_as_that_unit() {
        KaribuSpring.tearDown();
        KaribuSpring.signInAndOpen(context, "leader");
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2020", "division", "999999")));
        assertThat(_get(Div.class, spec -> spec.withId("dashboard-refused"))
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("未找到区划代码为 999999 的单位");
        assertThat(_find(HeadlineTile.class)).isEmpty();

        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2020", "division", "999998")));
        assertThat(_get(Div.class, spec -> spec.withId("dashboard-refused"))
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("No unit has the division code 999998");
    }

    @Test
    void an_indicator_page_shows_the_district_rather_than_the_city_and_its_districts() {
        UI.getCurrent().navigate("indicator/meal_schools", QueryParameters.simple(Map.of("year", "2020")));
        var chart =
                _get(ChartCard.class, spec -> spec.withId("indicator-chart")).chart();
        assertThat(chart.getConfig().at("/data/datasets").size()).isEqualTo(1);
        assertThat(chart.getConfig().at("/data/datasets/0/label").asString()).isEqualTo("芗城区");
    }

    private static boolean refusalShown() {
        return _find(Div.class, spec -> spec.withId("dashboard-refused")).stream()
                .anyMatch(Div::isVisible);
    }
}
