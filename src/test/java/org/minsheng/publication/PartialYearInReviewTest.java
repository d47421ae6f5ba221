package org.minsheng.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.SignedIn.as;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.publication.render.CjkFont;
import org.minsheng.publication.render.Java2dCanvas;
import org.minsheng.support.Catalogue;
import org.minsheng.support.PdfText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * January 2021 with only 漳浦县's figures approved: the year-in-review's lede said 「全市…实现清零」 of one
 * district of eleven, with nothing on the page or in the PDF saying so, where the dashboard says whose
 * figures its totals hold (a stranger's trial). It says so now, where the lede is read.
 */
@IntegrationTest
@Transactional
class PartialYearInReviewTest {

    /** As first published: no revision marks a figure. */
    private static final Edition FIRST_EDITION = new Edition(1, true, List.of());

    @Autowired
    PublicationService publications;

    @Autowired
    DSLContext db;

    @Autowired
    PublicationImageService images;

    @Autowired
    HeadlineCard card;

    @Autowired
    DashboardService dashboards;

    @Autowired
    CjkFont cjk;

    @BeforeEach
    void oneDistrictOfElevenIsApproved() {
        Catalogue.approvedFigure(db, "dropouts", "350623", 2021, 1, 0);
        Catalogue.approvedFigure(db, "meal_schools", "350623", 2021, 1, 25);
    }

    @Test
    void a_year_of_one_district_says_its_totals_hold_only_that_district() throws Exception {
        var review = as("comms", () -> publications.yearInReview(2021, null));
        assertThat(review.acceptanceNote())
                .hasValueSatisfying(note -> assertThat(note)
                        .contains("合计只含已有审核数据的 1 个县区")
                        .contains("10 个县区尚无审核数据")
                        .contains("芗城区"));

        assertThat(PdfText.withoutSpaces(
                        as("comms", () -> publications.yearInReviewPdf(2021)).bytes()))
                .contains("合计只含已有审核数据的1个县区");
    }

    /**
     * The headline card of the same totals said nothing of it (a stranger's trial). Its foot now carries the
     * note whole, on as many lines as it takes, the card growing to hold them.
     */
    @Test
    void the_headline_card_says_so_at_its_foot_in_full() throws Exception {
        var note = "注："
                + as("comms", () -> publications.yearInReview(2021, null))
                        .acceptanceNote()
                        .orElseThrow();
        var lines = HeadlineCard.noteLines(new Java2dCanvas(1, 1, 1, cjk.awt()), note);
        assertThat(lines).as("the ten districts' names need more than a line").hasSizeGreaterThan(1);
        assertThat(String.join("", lines)).as("nothing cut").isEqualTo(note);

        var file = as("comms", () -> images.headlineCard(2021));
        // kept for a look at the card, as the other images' tests keep theirs
        Files.createDirectories(Path.of("target/publication"));
        Files.write(Path.of("target/publication/card-2021-one-district.png"), file.bytes());
        var image = ImageIO.read(new ByteArrayInputStream(file.bytes()));
        int figures = card.figures(as("comms", () -> dashboards.cityYear(2021)), FIRST_EDITION)
                .size();
        assertThat(image.getHeight()).isEqualTo(HeadlineCard.height(figures, lines.size()));
    }

    /**
     * A zero of one district is no clearing, nor is one district's 不适用 the city's: the lede said
     * 「全市…辍学人数实现清零」 and 「增设错车道不适用」, and the card 清零 in headline type, of one district of
     * eleven (a stranger's trial). The city's total of one district's 不适用 is no data yet, not 不适用.
     */
    @Test
    void of_one_districts_totals_nothing_is_called_cleared_or_not_applicable_for_the_whole() {
        Catalogue.approvedFigure(db, "passing_bays", "350623", 2021, 1, 0);
        Catalogue.approvedAsNotApplicable(db, "passing_bays", "350623", 2021, 1);
        var lede = as("comms", () -> publications.yearInReview(2021, null)).lede();
        assertThat(lede)
                .doesNotContain("实现清零")
                .contains("在已计入的单位中为0人")
                .as("the city's 增设错车道 is no data yet, as its tile says (one district of eleven answered 不适用):"
                        + " a year still being reported leaves the clause out")
                .doesNotContain("增设错车道");
        var data = as("comms", () -> dashboards.cityYear(2021));
        assertThat(card.figures(data, FIRST_EDITION, true))
                .extracting(HeadlineCard.Figure::number)
                .doesNotContain("清零")
                .contains("0");
    }

    @Test
    void a_year_every_district_reported_needs_no_such_note() {
        assertThat(as("comms", () -> publications.yearInReview(2020, null)).acceptanceNote())
                .isEmpty();
    }
}
