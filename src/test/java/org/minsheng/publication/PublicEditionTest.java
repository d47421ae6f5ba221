package org.minsheng.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.publication.PublicSite.chart;
import static org.minsheng.support.SignedIn.as;

import java.math.BigDecimal;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.format.Numbers;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.dashboard.PeriodChoice;
import org.minsheng.figure.CellKey;
import org.minsheng.figure.FigureInput;
import org.minsheng.figure.ReviewService;
import org.minsheng.support.Catalogue;
import org.minsheng.support.FiguresJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A published figure that is not the year's own still makes a new edition when it is corrected: July
 * of a cumulative indicator (the year's figure is December's) is public through the read API's months
 * and the embeds' trend, so two readers quoting the same edition must see the same July.
 */
@IntegrationTest
@TestPropertySource(properties = "minsheng.test.database=public-edition")
class PublicEditionTest {

    @LocalServerPort
    int port;

    private final PublicSite site = new PublicSite(() -> port);

    @Autowired
    ReviewService reviews;

    @Autowired
    DSLContext db;

    @Autowired
    DashboardService dashboards;

    @Test
    void correcting_july_of_a_cumulative_indicator_makes_a_new_edition_with_its_revision() throws Exception {
        var july = "/api/v1/years/2020/units/350600/months/7/figures";
        var before = site.json(july);
        int edition = before.get("edition").asInt();
        var pinnedBefore = site.get("/public/embed/2020/350600/meal_schools/trend/" + edition);
        assertThat(pinnedBefore.statusCode()).isEqualTo(200);
        var yearBefore = site.json("/api/v1/years/2020/units/350600/figures");
        assertThat(signedInEdition(DashboardFilter.year(2020)))
                .as("the signed-in dashboard names the public side's edition")
                .isEqualTo(edition);
        var xiangcheng = FiguresJson.value(before.get("figures"), "meal_schools", "350602");
        var cityBefore = FiguresJson.value(before.get("figures"), "meal_schools", "350600");

        var figure = Catalogue.figure(db, "meal_schools", "350602", 2020, 7);
        as(
                "reviewer",
                () -> reviews.revise(new FigureInput(
                        new CellKey(figure.getIndicatorId(), figure.getDivisionId(), figure.getPeriodId()),
                        xiangcheng.subtract(BigDecimal.ONE).toPlainString(),
                        false,
                        null,
                        figure.getVersion(),
                        "七月学校数录入有误")));

        var after = site.json(july);
        var year = site.json("/api/v1/years/2020/units/350600/figures");
        assertThat(FiguresJson.value(year.get("figures"), "meal_schools", "350600"))
                .as("the year's figure is December's, which nobody corrected")
                .isEqualByComparingTo(FiguresJson.value(yearBefore.get("figures"), "meal_schools", "350600"));
        assertThat(FiguresJson.value(after.get("figures"), "meal_schools", "350600"))
                .as("July's city total counts the corrected figure")
                .isEqualByComparingTo(cityBefore.subtract(BigDecimal.ONE));
        assertThat(year.get("dataAsOf").asString())
                .as("the year's edition is dated by its newest approval, July's correction, as July is")
                .isEqualTo(after.get("dataAsOf").asString())
                .isNotEqualTo(yearBefore.get("dataAsOf").asString());
        assertThat(after.get("edition").asInt())
                .as("a corrected July is a new edition of the year, and the month is at it")
                .isEqualTo(edition + 1)
                .isEqualTo(year.get("edition").asInt());

        assertThat(signedInEdition(DashboardFilter.year(2020)))
                .as("the dashboard, its exports and chart images state the edition the public side serves")
                .isEqualTo(edition + 1);
        assertThat(signedInEdition(DashboardFilter.year(2020).withPeriod(PeriodChoice.MONTH, 12)))
                .as("December's view too, whose totals carry no correction")
                .isEqualTo(edition + 1);
        assertThat(signedInEdition(DashboardFilter.year(2020).withDivision("350602")))
                .isEqualTo(site.json("/api/v1/years/2020/units/350602/figures")
                        .get("edition")
                        .asInt());

        var page = site.get("/public/2020").body();
        assertThat(page)
                .contains("（第" + (edition + 1) + "版）")
                .contains("修订说明（第" + (edition + 1) + "版）")
                .as("the revision says what the figure was and became, as a target's revision does")
                .contains("7月 " + Numbers.exact(xiangcheng) + " → " + Numbers.exact(xiangcheng.subtract(BigDecimal.ONE))
                        + "：七月学校数录入有误");
        assertThat(site.get("/public/2020/350602").body())
                .as("the corrected unit's own page too")
                .contains("修订说明（第" + (edition + 1) + "版）")
                .contains("七月学校数录入有误");

        var live = site.get("/public/embed/2020/350600/meal_schools/trend");
        assertThat(live.body()).contains("第" + (edition + 1) + "版");
        var pinned = site.get("/public/embed/2020/350600/meal_schools/trend/" + edition);
        assertThat(pinned.body())
                .as("the pinned embed stays on the old edition, says so, and shows its July unchanged")
                .contains("class=\"outdated\"")
                .contains("第" + edition + "版");
        assertThat(chart(pinned.body())).isEqualTo(chart(pinnedBefore.body()));
        assertThat(chart(live.body()))
                .as("the new edition's chart shows the corrected July")
                .isNotEqualTo(chart(pinnedBefore.body()));
    }

    private int signedInEdition(DashboardFilter filter) {
        return as("leader", () -> dashboards.dashboard(filter)).revision();
    }
}
