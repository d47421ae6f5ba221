package org.minsheng.publication.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.ui.chart.ChartJs;
import org.minsheng.support.Catalogue;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wall display writes what the signed-in dashboard writes about the same numbers (a stranger's
 * trial): its numbers in the session's language as the dashboard's tiles write them, and its targets
 * where a room sees them. That it says when its totals are of only some districts is MissingUnitsNoteTest's.
 */
@IntegrationTest
class WallDisplayTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext db;

    @BeforeEach
    void signIn() {
        KaribuSpring.signInAndOpen(context, "display");
    }

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void an_english_wall_writes_its_numbers_as_the_english_dashboard_does() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("screen", QueryParameters.simple(Map.of("year", "2020", "unit", "350602")));
        // 芗城区's family doctors: 4,200 people on the English dashboard's tile, not 4200人
        assertThat(tileValues()).contains("4,200 people").doesNotContain("4200人");
        assertThat(tileLabels()).contains("Family-doctor coverage");
        UI.getCurrent().navigate("screen", QueryParameters.of("year", "2020"));
        assertThat(tileValues()).contains("118,000 people");
        assertThat(_find(H2.class).stream().map(H2::getText))
                .as("the rankings' headings")
                .contains("Education");
        // the stylesheet sets an English wall's measures («17 departments») smaller: they overran their tiles
        assertThat(_get(BigScreenView.class).getElement().getAttribute("lang")).isEqualTo("en");
    }

    /** year=abc typed on the meeting-room PC showed the default year without a word (a tester's tour). */
    @Test
    void an_address_the_wall_cannot_read_is_said_in_large_type() {
        UI.getCurrent().navigate("screen", QueryParameters.of("year", "abc"));
        assertThat(_get(H1.class, spec -> spec.withId("screen-message")).getText())
                .isEqualTo("地址中的 year=abc 无法识别");
        UI.getCurrent().navigate("screen", QueryParameters.simple(Map.of("year", "2020", "unit", "xx")));
        assertThat(_get(H1.class, spec -> spec.withId("screen-message")).getText())
                .isEqualTo("地址中的 unit=xx 无法识别");
        UI.getCurrent().navigate("screen", QueryParameters.of("year", "2020"));
        assertThat(_find(H1.class, spec -> spec.withId("screen-message"))).isEmpty();
    }

    /**
     * A leader limited to 芗城区 opens /screen without ?unit= as they open the dashboard: on their own unit.
     * The wall's year-in-review started there, but its rankings asked for the root's page, which the scope
     * refused, and the room got 「操作未能完成」.
     */
    @Test
    void a_scoped_leaders_wall_opens_their_own_unit() {
        KaribuSpring.tearDown();
        KaribuSpring.signInAndOpen(context, "leader-xiangcheng");
        UI.getCurrent().navigate("screen", QueryParameters.simple(Map.of("year", "2020", "unit", "350602")));
        var asked = List.of(_get(H1.class).getText(), tileValues(), headings());
        UI.getCurrent().navigate("screen", QueryParameters.of("year", "2020"));
        assertThat(_get(H1.class).getText()).contains("芗城区");
        // 芗城区's family doctors, as on its dashboard
        assertThat(tileValues()).contains("4,200人");
        assertThat(List.of(_get(H1.class).getText(), tileValues(), headings()))
                .as("the screen of ?unit=350602")
                .isEqualTo(asked);
    }

    /**
     * 「回眸2021」 on the wall after 芗城区's January alone was approved named no months, and the room read its
     * tiles as the whole year (a tester's tour); a whole year names none.
     */
    @Test
    @Transactional
    void a_wall_of_a_year_still_reported_says_which_months_it_covers() {
        Catalogue.xiangchengFirstOf2021(db);
        UI.getCurrent().navigate("screen", QueryParameters.of("year", "2021"));
        assertThat(header()).contains("数据覆盖2021年1月");
        UI.getCurrent().navigate("screen", QueryParameters.of("year", "2020"));
        assertThat(header()).doesNotContain("数据覆盖");
    }

    @Test
    @Transactional
    void an_english_wall_of_a_year_still_reported_says_which_months_it_covers() {
        Catalogue.xiangchengFirstOf2021(db);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("screen", QueryParameters.of("year", "2021"));
        // in a sentence's words: "Figures cover 1/2021", the charts' short form, read as a fraction or a date
        assertThat(header()).contains("Figures cover January 2021").doesNotContain("数据覆盖", "1/2021");
        db.execute("insert into period (kind, year, month, due_on, status) values"
                + " ('month', 2021, 2, date '2021-03-10', 'open'), ('month', 2021, 3, date '2021-04-10', 'open')");
        Catalogue.approvedFigure(db, "meal_schools", "350602", 2021, 3, 5);
        UI.getCurrent().navigate("screen", QueryParameters.of("year", "2020"));
        UI.getCurrent().navigate("screen", QueryParameters.of("year", "2021"));
        assertThat(header()).contains("Figures cover January–March 2021");
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("screen", QueryParameters.of("year", "2020"));
        UI.getCurrent().navigate("screen", QueryParameters.of("year", "2021"));
        assertThat(header()).as("Chinese as it was").contains("数据覆盖2021年1—3月");
    }

    /** What the wall's header says, whatever element says it. */
    private static String header() {
        return _get(BigScreenView.class).getElement().getChild(0).getTextRecursively();
    }

    private static List<String> headings() {
        return _find(H2.class).stream().map(H2::getText).toList();
    }

    /** The date of the data in the English dashboard meta line's form (Labels.asOf), never 2021年1月23日. */
    @Test
    void an_english_wall_writes_its_date_as_the_english_dashboard_does() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("screen", QueryParameters.of("year", "2020"));
        assertThat(meta())
                .matches("Data as of [A-Z][a-z]{2} \\d{1,2}, \\d{4} \\(.*\\)")
                .doesNotContain("年", "月", "日");
    }

    @Test
    void a_chinese_wall_writes_its_date_as_it_always_has() {
        UI.getCurrent().navigate("screen", QueryParameters.of("year", "2020"));
        assertThat(meta()).matches("数据截至\\d{4}年\\d{1,2}月\\d{1,2}日（.*）");
    }

    @Test
    void a_chinese_wall_writes_its_numbers_as_the_chinese_dashboard_does() {
        UI.getCurrent().navigate("screen", QueryParameters.of("year", "2020"));
        // Numbers.headline, the dashboard tiles' form: 万 from ten thousand up
        assertThat(tileValues()).contains("11.8万人", "156所");
        assertThat(_get(BigScreenView.class).getElement().getAttribute("lang")).isEqualTo("zh-CN");
    }

    @Test
    void the_walls_target_ticks_are_as_large_as_its_type_and_drawn_over_the_bars() {
        UI.getCurrent().navigate("screen", QueryParameters.of("year", "2020"));
        var datasets = _find(ChartJs.class).getFirst().getConfig().path("data").path("datasets");
        var ticks = datasets.get(1);
        assertThat(ticks.path("pointStyle").asString()).isEqualTo("line");
        assertThat(ticks.path("pointBorderWidth").asInt())
                .as("read from five metres")
                .isGreaterThanOrEqualTo(6);
        assertThat(ticks.path("order").asInt(0))
                .as("over the bar")
                .isLessThan(datasets.get(0).path("order").asInt(0));
    }

    /**
     * A ranking's bar without a value is labelled as on the dashboard (不适用 or 暂无数据): the wall sent no gap
     * words, so a unit with nothing approved was an empty band. Every bar of 2020 has a value; 2021's January
     * has one district approved, and the wall names the other ten's bands 暂无数据.
     */
    @Test
    @Transactional
    void a_bar_without_a_value_is_labelled_as_on_the_dashboard() {
        Catalogue.xiangchengFirstOf2021(db);
        UI.getCurrent().navigate("screen", QueryParameters.of("year", "2021"));
        var meals = _find(ChartJs.class).stream()
                .map(c -> c.getConfig().path("data"))
                .filter(d -> d.path("labels").size() == 11)
                .findFirst()
                .orElseThrow();
        var gaps = meals.path("datasets").get(0).path("gapLabels");
        assertThat(gaps.size()).isEqualTo(11);
        var words = new ArrayList<String>();
        gaps.forEach(g -> words.add(g.isNull() ? null : g.asString()));
        assertThat(words).containsOnly(null, "暂无数据").filteredOn("暂无数据"::equals).hasSize(10);
    }

    /**
     * A reported 0 is labelled 0: its bar has no length, and the wall's ranking of dropouts cleared to zero
     * was an empty chart (a tester's tour). 芗城区 reports 0 schools for January 2021: its bar carries the
     * label, and no bar with a length does.
     */
    @Test
    @Transactional
    void a_bar_of_zero_is_labelled_zero() {
        Catalogue.approvedFigure(db, "meal_schools", "350602", 2021, 1, 0);
        UI.getCurrent().navigate("screen", QueryParameters.of("year", "2021"));
        int zeros = 0;
        for (var chart : _find(ChartJs.class)) {
            var bars = chart.getConfig().path("data").path("datasets").get(0);
            for (int i = 0; i < bars.path("data").size(); i++) {
                var value = bars.path("data").get(i);
                var gap = bars.path("gapLabels").get(i);
                if (!value.isNull() && value.decimalValue().signum() == 0) {
                    zeros++;
                    assertThat(gap.asString()).isEqualTo("0");
                } else if (!value.isNull()) {
                    assertThat(gap.isNull())
                            .as("a bar with a length needs no label")
                            .isTrue();
                }
            }
        }
        assertThat(zeros).as("芗城区's 0").isEqualTo(1);
        assertThat(_find(ChartJs.class)
                        .getFirst()
                        .getConfig()
                        .at("/options/plugins/gapLabels/size")
                        .asInt())
                .as("read from five metres, as the names beside them")
                .isGreaterThanOrEqualTo(18);
    }

    private static String meta() {
        return _get(Paragraph.class, spec -> spec.withId("screen-meta")).getText();
    }

    private static List<String> tileValues() {
        return _find(Span.class, spec -> spec.withClasses("screen-value")).stream()
                .map(Span::getText)
                .toList();
    }

    private static List<String> tileLabels() {
        return _find(Span.class, spec -> spec.withClasses("screen-label-text")).stream()
                .map(Span::getText)
                .toList();
    }
}
