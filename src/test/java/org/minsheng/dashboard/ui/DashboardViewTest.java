package org.minsheng.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.router.QueryParameters;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.ui.ChoiceBar;
import org.minsheng.figure.ApprovedFiguresChanged;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

@IntegrationTest
class DashboardViewTest {

    /** Far above the pool's 3 s connection timeout plus the first retry's pause. */
    private static final Duration RETRY_DEADLINE = Duration.ofSeconds(40);

    @Autowired
    ApplicationContext context;

    @Autowired
    DataSource dataSource;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void signIn() {
        KaribuSpring.signInAndOpen(context, "leader");
        UI.getCurrent().navigate("");
    }

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void the_leader_sees_the_2020_headline_figures_written_the_chinese_way() {
        _get(DashboardView.class);
        Map<String, String> tiles = _find(HeadlineTile.class).stream()
                .collect(Collectors.toMap(t -> t.getElement().getAttribute("data-indicator"), StaticHtml::text));
        assertThat(tiles.get("meal_schools")).contains("156所").contains("已完成");
        assertThat(tiles.get("road_widening")).contains("117公里");
        assertThat(tiles.get("passing_bays")).contains("267个");
        assertThat(tiles.get("family_doctor")).contains("11.8万人");
        assertThat(tiles.get("dropouts")).contains("0人").contains("目标 清零").contains("已实现清零");
    }

    /**
     * A year nothing of which is approved yet says so in each tile, in the word the charts draw on a bar without
     * a value: a bare 「—」 in every tile read as a mark where a word belonged (a tester's tour).
     */
    @Test
    void a_tile_without_an_approved_figure_says_no_data_in_words() {
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2021")));
        assertThat(StaticHtml.tileValue("meal_schools")).isEqualTo("暂无数据");
    }

    /**
     * A tile whose indicator has no target for the year says so, as the public page's 目标 column does for
     * the same indicator and year (牵头市直部门 in 2020): the line was left out, and the public cell blank.
     */
    @Test
    void a_tile_without_a_target_says_none_was_set() {
        var tiles = _find(HeadlineTile.class).stream()
                .collect(Collectors.toMap(t -> t.getElement().getAttribute("data-indicator"), t -> t));
        assertThat(StaticHtml.html(tiles.get("lead_departments"))
                        .select(".tile-target")
                        .text())
                .isEqualTo("未设目标");
        assertThat(StaticHtml.html(tiles.get("meal_schools"))
                        .select(".tile-target")
                        .text())
                .startsWith("目标 156所")
                .doesNotContain("未设目标");
    }

    /** A yearly indicator in a month's window has no figure by rule: its tile says so, not 暂无数据 (a tester's tour). */
    @Test
    void a_yearly_indicators_tile_in_a_months_window_says_it_is_reported_yearly() {
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2020", "period", "month", "part", "12")));
        assertThat(StaticHtml.tileValue("cross_inspected")).isEqualTo("按年度报送");
    }

    @Test
    void the_ranking_chart_puts_the_largest_district_first_marks_district_targets_and_follows_the_indicator() {
        var chart = _get(ChartCard.class, spec -> spec.withId("ranking-chart")).chart();
        var data = chart.getConfig().get("data");
        assertThat(data.get("labels")).hasSize(11);
        assertThat(data.get("labels").get(0).asString()).isEqualTo("平和县");
        assertThat(data.get("datasets").get(0).get("data").get(0).asInt()).isEqualTo(28);
        assertThat(data.get("datasets").get(1).get("label").asString()).isEqualTo("目标值");
        assertThat(data.get("datasets").get(1).get("data").get(0).asInt())
                .as("floor(28 * 0.95)")
                .isEqualTo(26);

        Choices.choose("chart-indicator", "road_widening");
        assertThat(UI.getCurrent()
                        .getInternals()
                        .getActiveViewLocation()
                        .getQueryParameters()
                        .getParameters())
                .as("the chosen indicator is part of the link")
                .containsEntry("chart", List.of("road_widening"));
        var title = chart.getConfig().at("/options/plugins/title/text").asString();
        assertThat(title).contains("农村公路单改双");
        assertThat(chart.getConfig().at("/options/scales/x/title/text").asString())
                .isEqualTo("公里");
        assertThat(chart.getConfig().at("/data/labels/0").asString()).isEqualTo("漳浦县");
        assertThat(chart.getConfig().at("/data/datasets/0/data/0").decimalValue())
                .isEqualByComparingTo("18.4");
        assertThat(chart.getConfig().at("/options/plugins/subtitle/text").asString())
                .startsWith("数据截至");
    }

    @Test
    void the_table_behind_the_ranking_chart_lists_the_districts_in_the_charts_order_with_their_targets() {
        var card = _get(ChartCard.class, spec -> spec.withId("ranking-chart"));
        var table = _get(card, Div.class, spec -> spec.withClasses("data-table-wrap"))
                .getElement()
                .getProperty("innerHTML");
        assertThat(table)
                .startsWith("<table class=\"data-table\"><caption>")
                .contains("<th>区县</th><th>完成值</th><th>目标值</th>");
        assertThat(table.indexOf("<th>平和县</th>"))
                .as("largest first, as the bars")
                .isLessThan(table.indexOf("<th>龙文区</th>"));
        assertThat(table).contains("<tr><th>平和县</th><td>28</td><td>26</td></tr>");
    }

    @Test
    void a_link_with_the_chart_indicator_opens_its_year_by_year_chart() {
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2020", "chart", "road_widening")));
        assertThat(Choices.choice("chart-indicator").value()).isEqualTo("road_widening");
        var chart = _get(ChartCard.class, spec -> spec.withId("years-chart")).chart();
        assertThat(chart.getConfig().at("/data/labels"))
                .extracting(l -> l.asString())
                .containsExactly("2019年", "2020年");
        assertThat(chart.getConfig().at("/data/datasets/0/data/0").decimalValue())
                .isEqualByComparingTo("64.3");
        assertThat(chart.getConfig().at("/data/datasets/0/data/1").decimalValue())
                .isEqualByComparingTo("117");
        assertThat(chart.getConfig().at("/options/plugins/title/text").asString())
                .contains("历年变化");
    }

    @Test
    void the_trend_chart_draws_the_cumulative_months_against_the_straight_line_pace_to_the_target() {
        var chart = _get(ChartCard.class, spec -> spec.withId("trend-chart")).chart();
        var datasets = chart.getConfig().at("/data/datasets");
        assertThat(datasets).hasSize(2);
        assertThat(datasets.get(0).get("data").get(11).asInt()).isEqualTo(156);
        // 156 schools over twelve months: 13 a month
        assertThat(datasets.get(1).get("data").get(0).decimalValue()).isEqualByComparingTo("13");
        assertThat(datasets.get(1).get("data").get(11).decimalValue()).isEqualByComparingTo("156");
    }

    @Test
    void the_filters_live_in_the_address_and_a_period_change_becomes_a_new_address() {
        UI.getCurrent()
                .navigate(
                        DashboardView.class,
                        QueryParameters.simple(Map.of("year", "2020", "period", "month", "part", "6")));
        assertThat(tileText("passing_bays")).contains("131个");
        assertThat(_get(Paragraph.class, spec -> spec.withId("dashboard-meta")).getText())
                .contains("2020年6月");

        Choices.choose(FilterBar.PERIOD, "quarter");
        var location = UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
        assertThat(location).contains("period=quarter").contains("part=2").contains("year=2020");
        assertThat(tileText("passing_bays")).as("end of June again, now as Q2").contains("131个");
    }

    /**
     * Every pick in the filters and the chart's indicator becomes the address of the view it names,
     * so a link, the history and the back button reproduce it.
     */
    @Test
    void each_choice_in_the_filters_navigates_to_the_address_of_the_view_it_names() {
        UI.getCurrent()
                .navigate(
                        DashboardView.class,
                        QueryParameters.simple(Map.of("year", "2020", "period", "month", "part", "6")));
        Choices.choose(FilterBar.PART, "9");
        assertThat(address()).isEqualTo(Map.of("year", "2020", "period", "month", "part", "9"));
        assertThat(Choices.choice(FilterBar.PART).value()).isEqualTo("9");

        Choices.choose(FilterBar.PERIOD, "quarter");
        assertThat(address())
                .as("September is in the third quarter")
                .isEqualTo(Map.of("year", "2020", "period", "quarter", "part", "3"));
        assertThat(Choices.choice(FilterBar.PART).options()).hasSize(4);
        Choices.choose(FilterBar.PERIOD, "month");
        assertThat(address())
                .as("the third quarter ends in September, not in month 3")
                .isEqualTo(Map.of("year", "2020", "period", "month", "part", "9"));
        Choices.choose(FilterBar.PERIOD, "quarter");

        var category = Choices.choice(FilterBar.CATEGORY).options().get(1).value();
        Choices.choose(FilterBar.CATEGORY, category);
        assertThat(address()).isEqualTo(Map.of("year", "2020", "period", "quarter", "part", "3", "category", category));

        Choices.choose(FilterBar.DIVISION, Choices.valueOf(FilterBar.DIVISION, "漳浦县"));
        assertThat(address()).containsEntry("division", "350623").containsEntry("category", category);
        assertThat(_get(H2.class).getText()).contains("漳浦县");

        Choices.choose(FilterBar.DIVISION, Choices.valueOf(FilterBar.DIVISION, "漳州市"));
        Choices.choose(FilterBar.CATEGORY, Choices.valueOf(FilterBar.CATEGORY, "全部类别"));
        Choices.choose(FilterBar.PERIOD, "year");
        assertThat(address()).isEqualTo(Map.of("year", "2020", "period", "year"));
        assertThat(_find(FilterBar.class).getFirst().choices())
                .as("the whole year has no month or quarter to pick")
                .extracting(ChoiceBar.Choice::id)
                .containsExactly(FilterBar.YEAR, FilterBar.PERIOD, FilterBar.CATEGORY, FilterBar.DIVISION);

        Choices.choose(FilterBar.YEAR, Choices.valueOf(FilterBar.YEAR, "2019年"));
        assertThat(address()).isEqualTo(Map.of("year", "2019", "period", "year"));

        Choices.choose("chart-indicator", "road_widening");
        assertThat(address()).isEqualTo(Map.of("year", "2019", "period", "year", "chart", "road_widening"));
    }

    /**
     * A year of the calendar opened by its address before anything of it is approved (the demo's 2021, whose
     * January is open) keeps its name in the year field.
     */
    @Test
    void a_year_without_approved_figures_is_shown_in_the_year_field() {
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2021")));
        var year = Choices.choice(FilterBar.YEAR);
        assertThat(year.value()).isEqualTo("2021");
        assertThat(year.options())
                .extracting(ChoiceBar.Option::label)
                .startsWith("2021年")
                .contains("2020年");
    }

    /**
     * The calendar's open year, nothing of which is approved yet (the demo's 2021), is offered on the page
     * the dashboard opens on, before its address was ever opened and after leaving it again: it was offered
     * only while shown, so a leader found it only by typing its address (a tester's tour). No year the
     * calendar lacks is offered.
     */
    @Test
    void the_calendars_open_year_is_offered_whether_or_not_it_was_opened_by_its_address() {
        assertThat(Choices.choice(FilterBar.YEAR).value()).isEqualTo("2020");
        assertThat(Choices.choice(FilterBar.YEAR).options())
                .extracting(ChoiceBar.Option::value)
                .containsExactly("2021", "2020", "2019");

        Choices.choose(FilterBar.YEAR, "2021");
        assertThat(StaticHtml.tileValue("meal_schools")).isEqualTo("暂无数据");
        Choices.choose(FilterBar.YEAR, "2020");
        assertThat(Choices.choice(FilterBar.YEAR).options())
                .extracting(ChoiceBar.Option::value)
                .containsExactly("2021", "2020", "2019");
    }

    /**
     * What of an address cannot be read is said, and the default shown says it is one: year=abc, part=13
     * and a unit code with a quote showed another view without a word (a stranger's trial).
     */
    @Test
    void an_address_the_page_cannot_read_is_said_and_a_good_one_is_not() {
        for (var asked : List.of(
                Map.of("year", "abc"),
                Map.of("year", "2020", "period", "month", "part", "13"),
                Map.of("year", "2020", "division", "350602'"),
                // an unknown category emptied the select, the tiles and the charts, and said no target was set
                Map.of("year", "2020", "category", "nope"))) {
            UI.getCurrent().navigate("", QueryParameters.simple(asked));
            var note = _get(Paragraph.class, spec -> spec.withId("unread-address-note"));
            var bad = asked.entrySet().stream()
                    .filter(e -> !e.getValue().equals("2020") && !e.getValue().equals("month"))
                    .findFirst()
                    .orElseThrow();
            assertThat(note.getText()).isEqualTo("地址中的 " + bad.getKey() + "=" + bad.getValue() + " 无法识别，下面显示的是默认内容");
            assertThat(_find(HeadlineTile.class)).as("the default is drawn").isNotEmpty();
            assertThat(Choices.choice(FilterBar.CATEGORY).value())
                    .as("every category")
                    .isEmpty();
        }
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2020", "period", "month", "part", "3")));
        assertThat(_find(Paragraph.class, spec -> spec.withId("unread-address-note")))
                .isEmpty();
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2020", "period", "year", "part", "3")));
        assertThat(_find(Paragraph.class, spec -> spec.withId("unread-address-note")))
                .as("a whole year reads no part")
                .isEmpty();
    }

    /**
     * A unit the table holds above the installation's root (福建省 over 漳州市) is said to be outside it, and
     * the root's page is shown below the note: the page was 漳州市's
     * without a word, while 999999 was refused as unknown (a stranger's tour).
     */
    @Test
    void a_unit_above_the_installations_root_is_said_to_be_outside_it_over_the_roots_page() {
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2020", "division", "350000")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("unread-address-note"))
                        .getText())
                .isEqualTo("区划代码为 350000 的福建省不在本系统的范围内（本系统管理漳州市及其下辖单位），下面显示的是默认内容");
        assertThat(_get(H2.class).getText()).contains("漳州市");
        assertThat(_find(HeadlineTile.class)).isNotEmpty();

        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2020", "division", "350603")));
        assertThat(_find(Paragraph.class, spec -> spec.withId("unread-address-note")))
                .as("a unit of the installation")
                .isEmpty();
    }

    /**
     * A year the calendar does not have is refused with a clear message and the way to the latest year: no
     * page 漳州市2099年 of dashes, and the years offered stay as they were (a stranger's trial).
     */
    @Test
    void a_year_the_calendar_does_not_have_is_refused() {
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2099")));
        var refused = _get(Div.class, spec -> spec.withId("dashboard-refused"));
        assertThat(refused.isVisible()).isTrue();
        assertThat(refused.getElement().getTextRecursively())
                .contains("统计日历中没有 2099 年")
                .doesNotContain("Exception");
        assertThat(_get(Anchor.class, spec -> spec.withId("dashboard-latest-year"))
                        .getHref())
                .doesNotContain("2099");
        assertThat(_get(H2.class).getText()).doesNotContain("2099");
        assertThat(_find(HeadlineTile.class)).isEmpty();

        UI.getCurrent().navigate("");
        assertThat(Choices.choice(FilterBar.YEAR).options())
                .extracting(ChoiceBar.Option::label)
                .contains("2020年")
                .doesNotContain("2099年");
    }

    /** A choice arrives from the browser, where anyone can send any value: only what was offered counts. */
    @Test
    void a_value_no_select_offered_changes_nothing() {
        var before = address();
        Choices.choose(FilterBar.DIVISION, "110101");
        Choices.choose(FilterBar.YEAR, "1900");
        Choices.choose(FilterBar.PERIOD, "<script>");
        Choices.choose("chart-indicator", "not_an_indicator");
        Choices.choose(_get(FilterBar.class), "filter-elsewhere", "");
        assertThat(address()).isEqualTo(before);
        assertThat(_get(H2.class).getText()).contains("漳州市");
    }

    /**
     * What each open dashboard keeps: the filters and the chart's picker are one element each on the
     * server, their options a property the browser draws, labelled for screen readers in the UI's language.
     */
    @Test
    void the_filters_are_one_labelled_element_on_the_server_with_every_choice_in_chinese() {
        var bar = _get(FilterBar.class);
        assertThat(bar.getElement().getChildCount()).isZero();
        assertThat(bar.choices()).extracting(ChoiceBar.Choice::label).containsExactly("年度", "统计期", "指标类别", "区划");
        assertThat(Choices.choice(FilterBar.YEAR).options())
                .extracting(ChoiceBar.Option::label)
                .contains("2020年");
        assertThat(Choices.choice(FilterBar.DIVISION).options())
                .as("the city and its eleven districts")
                .hasSize(12);
        assertThat(Choices.choice("chart-indicator").options()).isNotEmpty();
    }

    private static Map<String, String> address() {
        return UI
                .getCurrent()
                .getInternals()
                .getActiveViewLocation()
                .getQueryParameters()
                .getParameters()
                .entrySet()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getFirst()));
    }

    /** The clicked bar's index comes from the browser, where anyone can send any value. */
    @Test
    void a_chart_click_on_a_bar_that_is_not_there_is_refused_with_a_message_and_a_real_bar_opens_its_district() {
        var chart = _get(ChartCard.class, spec -> spec.withId("ranking-chart")).chart();
        var json = JsonNodeFactory.instance;
        for (var index : new JsonNode[] {
            json.numberNode(11),
            json.numberNode(-1),
            json.numberNode(Integer.MAX_VALUE),
            json.numberNode(Long.MAX_VALUE),
            json.numberNode(1.5),
            json.stringNode("0"),
            json.nullNode(),
            null
        }) {
            var data = json.objectNode();
            if (index != null) {
                data.set("event.detail.index", index);
            }
            chart.getElement()
                    .getNode()
                    .getFeature(ElementListenerMap.class)
                    .fireEvent(new DomEvent(chart.getElement(), "chart-click", data));
            MockVaadin.clientRoundtrip(false);
            assertThat(NotificationsKt.getNotifications())
                    .as("index %s", index)
                    .extracting(Notification::getElement)
                    .extracting(e -> e.getProperty("text"))
                    .containsExactly("图表中没有这一项，请刷新页面后重试。");
            NotificationsKt.getNotifications().forEach(Notification::close);
            MockVaadin.clientRoundtrip(false);
            assertThat(_get(H2.class).getText()).doesNotContain("平和县");
        }

        chart.getElement()
                .getNode()
                .getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(
                        chart.getElement(), "chart-click", json.objectNode().put("event.detail.index", 0)));
        assertThat(_get(H2.class).getText()).contains("平和县");
    }

    @Test
    void a_district_in_the_address_opens_its_page_with_its_own_values_and_targets() {
        UI.getCurrent()
                .navigate(DashboardView.class, QueryParameters.simple(Map.of("year", "2020", "division", "350603")));
        assertThat(_get(H2.class).getText()).contains("龙文区");
        assertThat(tileText("meal_schools"))
                .contains("3所")
                .contains("目标 4所")
                .contains("未完成")
                .contains("75.0%");
        assertThat(_find(DistrictTable.class)).isEmpty();
    }

    @Test
    void a_district_page_has_breadcrumbs_up_to_the_city_each_a_link_and_the_city_page_needs_none() {
        assertThat(breadcrumbsShown()).as("the root has nothing above it").isFalse();

        UI.getCurrent()
                .navigate(DashboardView.class, QueryParameters.simple(Map.of("year", "2020", "division", "350603")));

        var crumbs = _get(Breadcrumbs.class);
        assertThat(crumbs.isVisible()).isTrue();
        assertThat(crumbs.getElement().getAttribute("aria-label")).isEqualTo("所在层级");
        var city = _get(Anchor.class, spec -> spec.withId("breadcrumb-350600"));
        assertThat(city.getText()).isEqualTo("漳州市");
        assertThat(city.getHref()).contains("division=350600").contains("year=2020");
        var district = _get(Anchor.class, spec -> spec.withId("breadcrumb-350603"));
        assertThat(district.getText()).isEqualTo("龙文区");
        assertThat(district.getElement().getAttribute("aria-current")).isEqualTo("page");

        UI.getCurrent()
                .navigate(
                        DashboardView.class,
                        QueryParameters.fromString(city.getHref().substring(1)));
        assertThat(_get(H2.class).getText()).contains("漳州市");
        assertThat(breadcrumbsShown()).isFalse();
    }

    private static boolean breadcrumbsShown() {
        return _find(Breadcrumbs.class).stream().anyMatch(Breadcrumbs::isVisible);
    }

    @Test
    void the_table_has_the_eleven_districts_and_the_city_total_row() {
        var table = StaticHtml.html(_get(DistrictTable.class));
        assertThat(table.select("tbody tr")).hasSize(11);
        assertThat(table.select("tfoot th").text()).isEqualTo("漳州市合计");
        assertThat(table.select("tfoot td[data-key=passing_bays]").text()).isEqualTo("267");
        assertThat(table.select("tfoot td[data-key=road_widening]").text()).isEqualTo("117.0");
        assertThat(table.select("tfoot td[data-key=family_doctor]").text()).isEqualTo("118,000");
    }

    @Test
    void a_column_header_sorts_the_districts_up_then_down_then_back_and_a_made_up_column_is_ignored() {
        var component = _get(DistrictTable.class);
        var asGiven = districts(component);
        StaticHtml.click(component, DistrictTable.SORT_CLICK, DistrictTable.SORT_KEY, "passing_bays");
        var up = districts(component);
        assertThat(passingBays(component)).as("fewest passing bays first").isSorted();
        assertThat(up).isNotEqualTo(asGiven);
        assertThat(StaticHtml.html(component).select("th[aria-sort=ascending] [data-indicator=passing_bays]"))
                .as("the order is said to screen readers")
                .hasSize(1);
        StaticHtml.click(component, DistrictTable.SORT_CLICK, DistrictTable.SORT_KEY, "passing_bays");
        assertThat(districts(component)).isEqualTo(up.reversed()).isNotEqualTo(up);
        StaticHtml.click(component, DistrictTable.SORT_CLICK, DistrictTable.SORT_KEY, "passing_bays");
        assertThat(districts(component)).isEqualTo(asGiven);
        StaticHtml.click(component, DistrictTable.SORT_CLICK, DistrictTable.SORT_KEY, "<script>");
        assertThat(districts(component)).isEqualTo(asGiven);
    }

    /** An address with an order opens the table in it; one naming no column of the table is ignored. */
    @Test
    void the_address_gives_the_tables_order_and_a_made_up_one_is_ignored() {
        var asGiven = districts(_get(DistrictTable.class));
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2020", "sort", "-passing_bays")));
        var down = _get(DistrictTable.class);
        assertThat(passingBays(down).reversed()).as("most passing bays first").isSorted();
        assertThat(StaticHtml.html(down).select("th[aria-sort=descending] [data-indicator=passing_bays]"))
                .hasSize(1);
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2020", "sort", "<script>")));
        assertThat(districts(_get(DistrictTable.class))).isEqualTo(asGiven);
    }

    /**
     * An English short name that ends in brackets takes its unit after a comma: the tester read 「Dropouts
     * (poor households) (people)」 over the column. The other columns, and every Chinese one, keep the unit
     * in brackets.
     */
    @Test
    void a_column_whose_english_name_ends_in_brackets_gives_its_unit_after_a_comma() {
        assertThat(columnHead("dropouts")).isEqualTo("贫困家庭儿童辍学（人）");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2020")));
        assertThat(columnHead("dropouts")).isEqualTo("Dropouts (poor households), people");
        assertThat(columnHead("road_widening")).isEqualTo("Roads widened (km)");
    }

    private static String columnHead(String indicator) {
        return StaticHtml.html(_get(DistrictTable.class))
                .select(".pivot-head[data-indicator=" + indicator + "]")
                .text();
    }

    /**
     * A page's tiles, charts and table are drawn once for every session showing it (PageMemo): what one
     * session chose (a sort order) and its language stay its own. The second and third views below show
     * the same page as the first, as other sessions opening it would.
     */
    @Test
    void sessions_sharing_a_page_keep_their_own_language_and_sort_order() {
        var first = _get(DistrictTable.class);
        var asGiven = districts(first);
        StaticHtml.click(first, DistrictTable.SORT_CLICK, DistrictTable.SORT_KEY, "passing_bays");
        assertThat(districts(first)).isNotEqualTo(asGiven);
        var chinese = StaticHtml.html(first).select("tfoot th").text();
        var chineseTrend = trendTitle();
        assertThat(chinese).isEqualTo("漳州市合计");
        assertThat(heatMapCorner()).isEqualTo("区县");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2020")));
        var english = _get(DistrictTable.class);
        assertThat(english).isNotSameAs(first);
        assertThat(StaticHtml.html(english).select("tfoot th").text()).isEqualTo("漳州市 total");
        assertThat(districts(english)).as("another session's order is its own").isEqualTo(asGiven);
        assertThat(trendTitle()).contains(" by month in ").isNotEqualTo(chineseTrend);
        assertThat(heatMapCorner()).isEqualTo("District");
        assertThat(_find(HeadlineTile.class))
                .isNotEmpty()
                .allSatisfy(tile -> assertThat(StaticHtml.html(tile).text()).doesNotContain("目标"));

        UI.getCurrent().setLocale(Locale.CHINA);
        UI.getCurrent().navigate("");
        var third = _get(DistrictTable.class);
        assertThat(StaticHtml.html(third).select("tfoot th").text()).isEqualTo(chinese);
        assertThat(districts(third)).isEqualTo(asGiven);
        assertThat(trendTitle()).isEqualTo(chineseTrend);
        assertThat(heatMapCorner()).isEqualTo("区县");
        assertThat(districts(first))
                .as("the first session's order is untouched")
                .isNotEqualTo(asGiven);
    }

    private static String heatMapCorner() {
        var table = _get(CompletionHeatMap.class)
                .getChildren()
                .filter(c -> c.getElement().getClassList().contains("data-table-wrap"))
                .findFirst()
                .orElseThrow();
        return StaticHtml.html(table).select("thead th").first().text();
    }

    private static String trendTitle() {
        return _get(_get(ChartCard.class, spec -> spec.withId("trend-chart")), H3.class)
                .getText();
    }

    /**
     * The first paint is what each open dashboard keeps: the tiles and the district table are one
     * element each on the server (their inside is static HTML), not a component per value and cell.
     */
    @Test
    void the_tiles_and_the_district_table_are_one_element_each_on_the_server() {
        assertThat(_find(HeadlineTile.class))
                .isNotEmpty()
                .allSatisfy(
                        tile -> assertThat(tile.getElement().getChildCount()).isZero());
        assertThat(_get(DistrictTable.class).getElement().getChildCount()).isZero();
    }

    /** A leader who drilled into July from a tile is still in July there, and back (the link kept only the year). */
    @Test
    void a_tiles_indicator_page_and_its_way_back_keep_the_month() {
        UI.getCurrent()
                .navigate(
                        DashboardView.class,
                        QueryParameters.simple(Map.of("year", "2020", "period", "month", "part", "7")));
        var tile = _get(HeadlineTile.class, spec -> spec.withAttribute("data-indicator", "road_widening"));
        var href = StaticHtml.html(tile).select("a.tile-label").attr("href");
        assertThat(href).isEqualTo("indicator/road_widening?year=2020&period=month&part=7");

        UI.getCurrent()
                .navigate(
                        "indicator/road_widening",
                        QueryParameters.simple(Map.of("year", "2020", "period", "month", "part", "7")));
        var chart =
                _get(ChartCard.class, spec -> spec.withId("indicator-chart")).chart();
        assertThat(chart.getConfig().at("/data/labels")).as("January to July").hasSize(7);
        assertThat(_get(Div.class, spec -> spec.withId("indicator-about"))
                        .getElement()
                        .getOuterHTML())
                .contains("href=\"/?year=2020&amp;period=month&amp;part=7\"");
    }

    @Test
    void an_indicator_page_explains_the_statistic_and_draws_every_district_by_month() {
        UI.getCurrent().navigate("indicator/road_widening", QueryParameters.of("year", "2020"));
        var about = _get(Div.class, spec -> spec.withId("indicator-about"));
        assertThat(about.getElement().getTextRecursively())
                .contains("市交通运输局")
                .contains("公里")
                .contains("单车道改双车道")
                .contains("各区县相加");
        var chart =
                _get(ChartCard.class, spec -> spec.withId("indicator-chart")).chart();
        assertThat(chart.getConfig().at("/data/datasets")).hasSize(11);
        assertThat(chart.getConfig().at("/data/labels")).hasSize(12);
    }

    @Test
    void the_heat_map_shows_each_districts_completion_against_its_own_target() {
        var wrap = _get(_get(CompletionHeatMap.class), Div.class, spec -> spec.withClasses("data-table-wrap"));
        assertThat(wrap.getElement().getChildCount())
                .as("one HTML string, not an element per cell kept by every open dashboard")
                .isZero();
        var longwen = StaticHtml.html(wrap).select("tbody tr[data-district=350603]");
        var meals = longwen.select("td[data-indicator=meal_schools]");
        assertThat(meals.text()).isEqualTo("75.0%");
        assertThat(meals.attr("data-met")).isEqualTo("false");
        assertThat(meals.attr("style")).isEqualTo("background:#F5C38A");
        assertThat(longwen.select("td[data-indicator=dropouts]").text()).isEqualTo("已实现清零");
        assertThat(StaticHtml.html(wrap).select("thead th").first().text()).isEqualTo("区县");
    }

    @Test
    void every_chart_and_the_heat_map_offer_a_print_image_to_the_leader_but_not_to_a_statistician() {
        for (var id : List.of("ranking", "trend", "year_on_year", "years", "heat_map")) {
            for (var format : List.of("png", "svg")) {
                assertThat(_find(Anchor.class, spec -> spec.withId(id + "-download-" + format)))
                        .as(id + " " + format)
                        .hasSize(1);
            }
        }
        assertThat(_get(Anchor.class, spec -> spec.withId("heat_map-download-png"))
                        .getHref())
                .isNotBlank();

        KaribuSpring.tearDown();
        KaribuSpring.signInAndOpen(context, "stat-xiangcheng");
        UI.getCurrent().navigate("");
        _get(CompletionHeatMap.class);
        assertThat(_find(Anchor.class, spec -> spec.withId("heat_map-download-png")))
                .isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withId("years-download-png")))
                .isEmpty();
    }

    /**
     * An open dashboard told of a new edition while the database cannot give it a connection (every
     * connection of the pool taken, as under a burst of load) says a new edition exists and reads it
     * once a connection is free again, without another approval. Before, the redraw failed once and
     * the page stayed on the old edition until the next change.
     */
    @Test
    void a_new_edition_the_database_could_not_serve_is_read_again_once_it_can() throws SQLException {
        // hidden until there is something to say, so not found by a search for visible components
        var note = (Paragraph) _get(DashboardView.class)
                .getChildren()
                .filter(c -> c.getId().orElse("").equals("dashboard-updated"))
                .findFirst()
                .orElseThrow();
        assertThat(note.isVisible()).isFalse();
        var held = new ArrayList<Connection>();
        try {
            int size = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
            // the change commits first (it needs a connection), then the pool runs dry; the redraw it
            // queued waits for this test's hold on the session, so it runs with no connection to take
            new TransactionTemplate(transactions)
                    .executeWithoutResult(tx -> events.publishEvent(
                            new ApprovedFiguresChanged(1, ApprovedFiguresChanged.Change.CORRECTED)));
            for (int i = 0; i < size; i++) {
                held.add(dataSource.getConnection());
            }
            roundtripsUntil(note::isVisible);
            assertThat(note.getText()).isEqualTo("数据已有新版本，正在读取…");
        } finally {
            for (var connection : held) {
                connection.close();
            }
        }
        roundtripsUntil(() -> note.getText().startsWith("数据已更新至第"));
        assertThat(note.getText()).matches("数据已更新至第\\d+版");
    }

    /** A year not yet out has no edition to be updated to: the note says the figures changed, not 第n版. */
    @Test
    void the_note_of_a_new_approval_names_no_edition_for_a_year_not_published() {
        UI.getCurrent().navigate("", QueryParameters.of("year", "2021"));
        var note = (Paragraph) _get(DashboardView.class)
                .getChildren()
                .filter(c -> c.getId().orElse("").equals("dashboard-updated"))
                .findFirst()
                .orElseThrow();
        new TransactionTemplate(transactions)
                .executeWithoutResult(tx ->
                        events.publishEvent(new ApprovedFiguresChanged(1, ApprovedFiguresChanged.Change.CORRECTED)));
        roundtripsUntil(() -> note.isVisible() && note.getText().startsWith("数据已更新"));
        assertThat(note.getText()).isEqualTo("数据已更新");
    }

    /** Runs the redraws other threads queued for this session until the condition holds; fails after the deadline. */
    private static void roundtripsUntil(BooleanSupplier condition) {
        var end = Instant.now().plus(RETRY_DEADLINE);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("the page changed before the deadline").isBefore(end);
            MockVaadin.clientRoundtrip(false);
            // polling, not waiting for an outcome: the loop ends on the condition, the pause spares the CPU
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }

    private static String tileText(String code) {
        return StaticHtml.text(_find(HeadlineTile.class).stream()
                .filter(t -> code.equals(t.getElement().getAttribute("data-indicator")))
                .findFirst()
                .orElseThrow());
    }

    private static List<String> districts(DistrictTable table) {
        return StaticHtml.html(table).select("tbody th").eachText();
    }

    private static List<Integer> passingBays(DistrictTable table) {
        var html = StaticHtml.html(table);
        var heads = html.select("thead tr:last-child th");
        int column = -1;
        for (int n = 0; n < heads.size(); n++) {
            if (!heads.get(n).select("[data-indicator=passing_bays]").isEmpty()) {
                column = n - 1; // the district's own th is not a td
            }
        }
        int td = column;
        return html.select("tbody tr").stream()
                .map(r -> Integer.parseInt(r.select("td").get(td).text()))
                .toList();
    }

    /**
     * The public side publishes years, not months: a month's embed code is the published year's chart,
     * and the dialog says so rather than let the user take it for the month on screen.
     */
    @Test
    @Transactional // offering a code keeps the edition's chart for the pinned code
    void a_months_embed_code_says_it_shows_the_published_year_not_the_month() {
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2020", "period", "month", "part", "6")));

        _click(_get(Button.class, spec -> spec.withId("ranking-embed")));

        assertThat(_get(TextArea.class, spec -> spec.withId("embed-live")).getValue())
                .as("the year's chart: the public side has no month's")
                .contains("/public/embed/2020/350600/");
        assertThat(_get(Paragraph.class, spec -> spec.withId("embed-note")).getText())
                .contains("2020年全年")
                .contains("2020年6月");
    }

    /** English names the month viewed, as its periods read elsewhere: 「month 12 of 2020」 said it in numbers. */
    @Test
    @Transactional
    void in_english_the_months_embed_note_names_the_month() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2020", "period", "month", "part", "12")));

        _click(_get(Button.class, spec -> spec.withId("ranking-embed")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("embed-note")).getText())
                .contains("This page shows December 2020;")
                .doesNotContain("month 12");
    }

    @Test
    @Transactional
    void the_years_embed_code_needs_no_such_note() {
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2020")));

        _click(_get(Button.class, spec -> spec.withId("ranking-embed")));

        assertThat(_find(TextArea.class, spec -> spec.withId("embed-live"))).hasSize(1);
        assertThat(_find(Paragraph.class, spec -> spec.withId("embed-note"))).isEmpty();
    }

    /**
     * An English session's embed codes are of the English chart, titled as on screen: the dialog's heading
     * and the iframe's title were the Chinese chart's (a stranger's trial).
     */
    @Test
    @Transactional
    void an_english_sessions_embed_code_is_the_english_chart() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2020")));

        _click(_get(Button.class, spec -> spec.withId("ranking-embed")));

        var live = _get(TextArea.class, spec -> spec.withId("embed-live")).getValue();
        assertThat(live).contains("/public/embed/2020/350600/meal_schools?lang=en\"");
        assertThat(live).doesNotContainPattern("title=\"[^\"]*[\u4e00-\u9fff]");
        assertThat(_get(TextArea.class, spec -> spec.withId("embed-pinned")).getValue())
                .contains("?lang=en\"");
        assertThat(_get(Dialog.class).getHeaderTitle()).doesNotContainPattern("[\u4e00-\u9fff]");
    }
}
