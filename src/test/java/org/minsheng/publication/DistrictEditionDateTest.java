package org.minsheng.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.SignedIn.as;

import java.math.BigDecimal;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.dashboard.Dashboard;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.figure.CellKey;
import org.minsheng.figure.FigureInput;
import org.minsheng.figure.ReviewService;
import org.minsheng.support.Catalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * 芗城区's dashboard and its /publication page state one 数据截至 beside one 第n版, for leader-xiangcheng
 * (a stranger's trial): a correction of 龙文区 moved the dashboard's date while both said 第1版, and a
 * correction of 芗城区's July made both 第2版 while the publication kept 第1版's date.
 */
@IntegrationTest
@Transactional
class DistrictEditionDateTest {

    @Autowired
    ReviewService reviews;

    @Autowired
    DSLContext db;

    @Autowired
    DashboardService dashboards;

    @Autowired
    PublicationService publications;

    @Test
    void a_districts_dashboard_and_publication_date_its_edition_alike_after_corrections() {
        var before = dashboard();
        sameEdition("as published");

        correct("350603", 12, "龙文区十二月数据更正");
        assertThat(dashboard().dataAsOf())
                .as("龙文区's correction is no revision of 芗城区's edition, and does not date it")
                .isEqualTo(before.dataAsOf());
        assertThat(dashboard().revision()).isEqualTo(before.revision());
        sameEdition("after 龙文区's correction");

        correct("350602", 7, "七月学校数录入有误");
        assertThat(dashboard().revision())
                .as("芗城区's corrected July is its new edition")
                .isEqualTo(before.revision() + 1);
        assertThat(dashboard().dataAsOf())
                .as("dated by the correction that made it")
                .isAfter(before.dataAsOf());
        sameEdition("after 芗城区's correction of July");
    }

    private void sameEdition(String when) {
        var page = dashboard();
        var review = as("leader-xiangcheng", () -> publications.yearInReview(2020));
        assertThat(review.dataAsOf()).as("数据截至 %s", when).isEqualTo(page.dataAsOf());
        assertThat(review.edition().shown()).as("第n版 %s", when).isEqualTo(page.edition());
    }

    private Dashboard dashboard() {
        return as(
                "leader-xiangcheng",
                () -> dashboards.dashboard(DashboardFilter.year(2020).withDivision("350602")));
    }

    private void correct(String unit, int month, String reason) {
        var figure = Catalogue.figure(db, "meal_schools", unit, 2020, month);
        as(
                "reviewer",
                () -> reviews.revise(new FigureInput(
                        new CellKey(figure.getIndicatorId(), figure.getDivisionId(), figure.getPeriodId()),
                        figure.getApprovedValue().add(BigDecimal.ONE).toPlainString(),
                        false,
                        null,
                        figure.getVersion(),
                        reason)));
    }
}
