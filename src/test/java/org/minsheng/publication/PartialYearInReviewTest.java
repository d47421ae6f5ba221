package org.minsheng.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.SignedIn.as;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
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

    @Autowired
    PublicationService publications;

    @Autowired
    DSLContext db;

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

    @Test
    void a_year_every_district_reported_needs_no_such_note() {
        assertThat(as("comms", () -> publications.yearInReview(2020, null)).acceptanceNote())
                .isEmpty();
    }
}
