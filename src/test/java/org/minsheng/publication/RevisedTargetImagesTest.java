package org.minsheng.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.SignedIn.as;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.Download;
import org.minsheng.base.chart.ImageFormat;
import org.minsheng.base.chart.ImageSize;
import org.minsheng.base.i18n.Translations;
import org.minsheng.dashboard.ChartKind;
import org.minsheng.dashboard.ChartRequest;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.division.DivisionService;
import org.minsheng.indicator.TargetAdminService;
import org.minsheng.indicator.TargetDirection;
import org.minsheng.publication.render.ChartPainter;
import org.minsheng.support.Catalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * A target revised after publication is marked on an exported chart as the dashboard marks it on its tile:
 * the tile said 「目标值在发布后修订过」 while the PNG of the same ranking, passed on without the tile, drew the
 * new ticks without a word that they had changed (a tester's tour).
 */
@IntegrationTest
@Transactional
class RevisedTargetImagesTest {

    @Autowired
    PublicationImageService images;

    @Autowired
    TargetAdminService targets;

    @Autowired
    DivisionService divisions;

    @Autowired
    Translations translations;

    @Autowired
    DSLContext db;

    @Test
    void a_ranking_marks_the_revised_target_in_its_legend_and_says_whose_it_is_at_its_foot() throws Exception {
        assertThat(texts(chart(ChartKind.RANKING)))
                .as("before any revision: no mark")
                .noneMatch(t -> t.text().contains("†"));
        revise("350602");

        var texts = texts(chart(ChartKind.RANKING));
        assertThat(texts).extracting(Text::text).contains("目标值†");
        var note =
                texts.stream().filter(t -> t.text().startsWith("†")).findFirst().orElseThrow();
        assertThat(note.text()).isEqualTo("† " + dashboardsWords(Translations.CHINESE) + "：芗城区");
        assertThat(note.y()).as("in the footer, above the image's edge").isBetween(700.0, ChartPainter.HEIGHT - 12);
        assertThat(texts)
                .as("the demo's note still fits under it")
                .anyMatch(t -> t.text().startsWith("说明：") && t.y() > note.y() && t.y() < ChartPainter.HEIGHT - 10);
    }

    @Test
    void a_trends_pace_to_a_revised_target_is_marked_so() throws Exception {
        revise("350600");
        var texts = texts(chart(ChartKind.TREND));
        assertThat(texts).extracting(Text::text).contains("按目标均衡进度†", "† " + dashboardsWords(Translations.CHINESE));
    }

    /** The heat map marks the indicator's column, as the dashboard's table does, and says whose target it is. */
    @Test
    void a_heat_map_marks_the_revised_indicator_and_says_whose_target_it_is_at_its_foot() throws Exception {
        assertThat(texts(heatMap()))
                .as("before any revision: no mark")
                .noneMatch(t -> t.text().contains("†"));
        revise("350602");

        var texts = texts(heatMap());
        assertThat(texts)
                .as("the column head of 营养改善计划学校, however its label wraps")
                .anyMatch(t -> t.text().endsWith("†") && !t.text().startsWith("†"));
        assertThat(texts)
                .extracting(Text::text)
                .contains("† " + dashboardsWords(Translations.CHINESE) + "：营养改善计划学校（芗城区）");
    }

    @Test
    void the_footnote_has_its_words_in_both_languages() {
        assertThat(dashboardsWords(Translations.CHINESE)).isEqualTo("目标值在发布后修订过");
        assertThat(dashboardsWords(Translations.ENGLISH)).isEqualTo("The target was revised after publication");
        assertThat(translations.getTranslation(
                        "publication.chart.targetRevised.units", Translations.ENGLISH, "The target was revised", "A"))
                .isEqualTo("† The target was revised: A");
        assertThat(translations.getTranslation(
                        "dashboards.targetRevisedHint", Translations.ENGLISH, dashboardsWords(Translations.ENGLISH)))
                .as("the dashboard's hint says the same words")
                .isEqualTo("The target was revised after publication: click to see why");
    }

    /** The words of the dashboard's tile for a revised target, without its 「click to see why」. */
    private String dashboardsWords(Locale locale) {
        return translations.getTranslation("dashboards.targetRevised", locale);
    }

    /** Revises the 2020 target of 营养改善计划学校 of a unit, as an administrator does after publication. */
    private void revise(String code) {
        int meals = Catalogue.indicatorId(db, "meal_schools");
        int unit = Catalogue.divisionId(db, code);
        as("admin", () -> {
            var target = targets.list(2020, divisions.city().id()).stream()
                    .filter(t -> t.divisionId() == unit && t.indicatorId() == meals)
                    .findFirst()
                    .orElseThrow();
            targets.update(
                    target.id(),
                    target.version(),
                    TargetDirection.INCREASE_TO,
                    target.value().add(BigDecimal.ONE),
                    "调整年度任务");
        });
    }

    private Download heatMap() {
        return as(
                "comms",
                () -> images.chart(new ChartRequest(
                        DashboardFilter.year(2020), null, ChartKind.HEAT_MAP, ImageSize.WEB, ImageFormat.SVG, null)));
    }

    private Download chart(ChartKind kind) {
        return as(
                "comms",
                () -> images.chart(new ChartRequest(
                        DashboardFilter.year(2020), "meal_schools", kind, ImageSize.WEB, ImageFormat.SVG, null)));
    }

    /** A text of the SVG where it is drawn: its baseline, in the 1200×800 frame. */
    record Text(String text, double y) {}

    private static List<Text> texts(Download svg) throws Exception {
        var document =
                DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.bytes()));
        var nodes = document.getElementsByTagName("text");
        var texts = new ArrayList<Text>();
        for (int n = 0; n < nodes.getLength(); n++) {
            var element = (org.w3c.dom.Element) nodes.item(n);
            texts.add(new Text(element.getTextContent(), Double.parseDouble(element.getAttribute("y"))));
        }
        return texts;
    }
}
