package org.minsheng.publication.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.ui.chart.ChartJs;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wall display says what the signed-in dashboard says about the same numbers (a stranger's trial):
 * that a year's totals are of only the districts with approved figures, and its numbers in the
 * session's language as the dashboard's tiles write them.
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
    void every_district_reported_2020_so_the_wall_says_nothing_about_its_totals() {
        UI.getCurrent().navigate("screen", QueryParameters.of("year", "2020"));
        assertThat(_find(Paragraph.class, spec -> spec.withId("missing-note"))).isEmpty();
    }

    @Test
    @Transactional
    void a_year_with_one_district_approved_names_on_the_wall_the_ten_not_in_its_tiles() {
        db.execute("""
                insert into figure (indicator_id, division_id, period_id, value, status, approved_value,
                                    approved_not_applicable, approved_at, revision)
                select i.id, d.id, p.id, 4, 'approved', 4, false, now(), 1
                from indicator i, division d, period p
                where i.code = 'meal_schools' and d.code = '350602'
                  and p.year = 2021 and p.kind = 'month' and p.month = 1""");
        UI.getCurrent().navigate("screen", QueryParameters.of("year", "2021"));
        assertThat(tileValues()).as("the tiles show the one district's 4所").contains("4所");
        var note = _get(Paragraph.class, spec -> spec.withId("missing-note"));
        assertThat(note.getText())
                .startsWith("合计只含已有审核数据的 1 个县区；10 个县区尚无审核数据：")
                .contains("龙文区")
                .doesNotContain("芗城区");
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
    }

    @Test
    void a_chinese_wall_writes_its_numbers_as_the_chinese_dashboard_does() {
        UI.getCurrent().navigate("screen", QueryParameters.of("year", "2020"));
        // Numbers.headline, the dashboard tiles' form: 万 from ten thousand up
        assertThat(tileValues()).contains("11.8万人", "156所");
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
