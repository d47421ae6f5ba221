package org.minsheng.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.SignedIn.as;

import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.publication.render.ChartFrame;
import org.minsheng.publication.render.CjkFont;
import org.minsheng.publication.render.SvgCanvas;
import org.minsheng.support.Catalogue;
import org.minsheng.support.PdfText;
import org.minsheng.support.SvgTexts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * 「回眸2021」 opened after the first district-month of 2021 was approved (芗城区's January): it named no
 * months and was read as the whole year, its lede said 「全市…」 of one district of eleven, and printed
 * 【家庭医生签约覆盖：暂无数据】 in the headline prose for figures not reported yet (a tester's tour). A
 * published, complete year reads as it always has.
 */
@IntegrationTest
@Transactional
class YearStillReportedTest {

    /** As first published: no revision marks a figure. */
    private static final Edition FIRST_EDITION = new Edition(1, true, List.of());

    @Autowired
    PublicationService publications;

    @Autowired
    DashboardService dashboards;

    @Autowired
    HeadlineCard card;

    @Autowired
    CjkFont cjk;

    @Autowired
    DSLContext db;

    @BeforeEach
    void xiangchengEntersAndTheReviewerApprovesItsJanuary() {
        Catalogue.approvedFigure(db, "meal_schools", "350602", 2021, 1, 4);
        Catalogue.approvedFigure(db, "dropouts", "350602", 2021, 1, 0);
    }

    @Test
    void the_pdf_of_a_year_still_reported_says_which_months_it_covers() throws Exception {
        assertThat(PdfText.withoutSpaces(
                        as("comms", () -> publications.yearInReviewPdf(2021)).bytes()))
                .contains("回眸2021", "数据覆盖2021年1月");
    }

    @Test
    void the_headline_card_of_a_year_still_reported_says_which_months_it_covers() throws Exception {
        assertThat(cardTexts(2021)).contains("回眸2021", "数据覆盖2021年1月");
    }

    @Test
    void a_lede_of_one_district_of_eleven_says_so_and_never_says_the_whole_city() {
        var lede = as("comms", () -> publications.yearInReview(2021, null)).lede();
        assertThat(lede).startsWith("11个县区中已有1个计入合计：4所农村公办义务教育寄宿制学校实施营养改善计划；").doesNotContain("全市");
    }

    @Test
    void a_lede_of_a_year_still_reported_leaves_out_the_figures_not_reported_yet() {
        var review = as("comms", () -> publications.yearInReview(2021, null));
        assertThat(review.lede())
                .doesNotContain("【", "暂无数据", "家庭医生签约覆盖")
                .contains("建档立卡贫困家庭适龄儿童辍学人数在已计入的单位中为0人")
                .endsWith("。");
        assertThat(review.gaps())
                .as("the reviewer is still told what is missing")
                .contains("家庭医生签约覆盖");
    }

    @Test
    void the_published_2020_reads_as_it_always_has() throws Exception {
        var review = as("comms", () -> publications.yearInReview(2020, null));
        assertThat(review.lede()).isEqualTo(LEDE_2020);
        assertThat(PdfText.withoutSpaces(
                        as("comms", () -> publications.yearInReviewPdf(2020)).bytes()))
                .doesNotContain("数据覆盖");
        assertThat(cardTexts(2020)).noneMatch(text -> text.contains("数据覆盖"));
    }

    /** The words the headline card of the root's year draws, read back from the card drawn as SVG. */
    private List<String> cardTexts(int year) throws Exception {
        var data = as("comms", () -> dashboards.cityYear(year));
        var figures = card.figures(data, FIRST_EDITION);
        var svg = new SvgCanvas(HeadlineCard.WIDTH, HeadlineCard.height(figures.size()), null, cjk.awt());
        card.paint(svg, data, figures, List.of(), new ChartFrame("来源：漳州市纪委监委", "数据截至", null, null), 1400);
        return SvgTexts.of(svg.finish());
    }

    /** The lede of the demo's 2020 as printed before years still reported were told apart: the seed's facts. */
    private static final String LEDE_2020 = "全市156所农村公办义务教育寄宿制学校实施营养改善计划；全市建档立卡贫困家庭适龄儿童辍学人数实现清零；"
            + "选取51所学校开展交叉指导检查；全市建档立卡贫困户家庭医生签约服务已覆盖11.8万人；完成农村公路单改双117公里；"
            + "完成错车道增设267个；督促17个市直部门分别牵头；开门整治4方面17类民生领域损害群众利益问题。";
}
