package org.minsheng.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.SignedIn.as;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import javax.imageio.ImageIO;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.Download;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.figure.CellKey;
import org.minsheng.figure.FigureInput;
import org.minsheng.figure.ReviewService;
import org.minsheng.publication.render.ChartFrame;
import org.minsheng.publication.render.CjkFont;
import org.minsheng.publication.render.SvgCanvas;
import org.minsheng.support.Catalogue;
import org.minsheng.support.SvgTexts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * A figure corrected after publication is marked on the headline card as the year-in-review marks its line:
 * the public page printed 增设错车道† and its 修订说明 while the card for WeChat showed the new 268 with no
 * mark and no word that it had changed (a stranger's tour of the production jar).
 */
@IntegrationTest
@Transactional
class RevisedFigureCardTest {

    private static final String REASON = "漏统计镇道一处错车道，经核实补报";

    @Autowired
    PublicationImageService images;

    @Autowired
    PublicationService publications;

    @Autowired
    DashboardService dashboards;

    @Autowired
    ReviewService reviews;

    @Autowired
    HeadlineCard card;

    @Autowired
    CjkFont cjk;

    @Autowired
    DSLContext db;

    @Test
    void a_corrected_figure_carries_the_publications_mark_and_its_revision_at_the_foot() throws Exception {
        int before = height(as("comms", () -> images.headlineCard(2020)));
        correctPassingBays();

        var review = as("comms", () -> publications.yearInReview(2020));
        var data = as("comms", () -> dashboards.cityYear(2020));
        var figures = card.figures(data, review.edition());
        assertThat(figures)
                .filteredOn(HeadlineCard.Figure::revised)
                .extracting(HeadlineCard.Figure::label)
                .as("the figures the year-in-review marks with †, and no other")
                .containsExactlyElementsOf(review.sections().stream()
                        .flatMap(s -> s.lines().stream())
                        .filter(review::revised)
                        .map(YearInReview.Line::label)
                        .toList())
                .containsExactly("增设错车道");

        var revisions = card.revisions(data, review.edition());
        assertThat(revisions)
                .as("修订说明 as the publication heads and words it")
                .containsExactly(
                        "修订说明（第2版）", review.edition().revisions().getFirst().text());
        assertThat(revisions.getLast()).startsWith("†芗城区 · 增设错车道 · 12月").endsWith("：" + REASON);

        int height = HeadlineCard.height(figures.size(), 4);
        var svg = new SvgCanvas(HeadlineCard.WIDTH, height, null, cjk.awt());
        card.paint(
                svg, data, figures, revisions, new ChartFrame("来源：漳州市纪委监委", "数据截至 2021年1月（第2版）", null, null), height);
        assertThat(SvgTexts.of(svg.finish())).contains("增设错车道†", "营养改善计划学校", "修订说明（第2版）", revisions.getLast());

        assertThat(height(as("comms", () -> images.headlineCard(2020))))
                .as("the card grows to hold what the † means")
                .isGreaterThan(before);
    }

    @Test
    void a_card_without_a_corrected_figure_carries_no_mark_and_no_revisions() {
        var review = as("comms", () -> publications.yearInReview(2020));
        var data = as("comms", () -> dashboards.cityYear(2020));
        assertThat(card.figures(data, review.edition())).noneMatch(HeadlineCard.Figure::revised);
        assertThat(card.revisions(data, review.edition())).isEmpty();
    }

    private void correctPassingBays() {
        var figure = Catalogue.figure(db, "passing_bays", "350602", 2020, 12);
        as(
                "reviewer",
                () -> reviews.revise(new FigureInput(
                        new CellKey(figure.getIndicatorId(), figure.getDivisionId(), figure.getPeriodId()),
                        figure.getValue().add(BigDecimal.ONE).toPlainString(),
                        false,
                        "本年新建镇道，错车道同步增设",
                        figure.getVersion(),
                        REASON)));
    }

    private static int height(Download file) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(file.bytes())).getHeight();
    }
}
