package org.minsheng.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.publication.PublicSite.value;
import static org.minsheng.support.SignedIn.as;

import java.math.BigDecimal;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.figure.CellKey;
import org.minsheng.figure.FigureInput;
import org.minsheng.figure.ReviewService;
import org.minsheng.indicator.TargetAdminService;
import org.minsheng.support.Catalogue;
import org.minsheng.support.FiguresJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A pinned embed of an edition nobody offered (no embed dialog, no public page opened before the
 * correction) still shows that edition once a correction supersedes it: the address is the live embed's
 * with its 第n版 after it, which anyone can form, and it answered 404 although the edition was public (a
 * stranger's tour).
 */
@IntegrationTest
@TestPropertySource(properties = "minsheng.test.database=superseded-edition-embed")
class SupersededEditionEmbedTest {

    @LocalServerPort
    int port;

    private final PublicSite site = new PublicSite(() -> port);

    @Autowired
    ReviewService reviews;

    @Autowired
    TargetAdminService targets;

    @Autowired
    DSLContext db;

    @Test
    void a_superseded_edition_nobody_offered_is_still_embedded_pinned_with_its_own_numbers() throws Exception {
        // the read API keeps no embed: before the correction nothing was offered
        var before = site.json("/api/v1/years/2020/units/350600/figures");
        int edition = before.get("edition").asInt();
        // each unit counts the edition of its own subtree
        int xiangchengEdition = site.json("/api/v1/years/2020/units/350602/figures")
                .get("edition")
                .asInt();
        var xiangcheng = FiguresJson.value(before.get("figures"), "meal_schools", "350602");
        var corrected = xiangcheng.add(BigDecimal.ONE);

        var december = Catalogue.figure(db, "meal_schools", "350602", 2020, 12);
        as(
                "reviewer",
                () -> reviews.revise(new FigureInput(
                        new CellKey(december.getIndicatorId(), december.getDivisionId(), december.getPeriodId()),
                        corrected.toPlainString(),
                        false,
                        null,
                        december.getVersion(),
                        "十二月学校数漏报一所")));
        assertThat(site.json("/api/v1/years/2020/units/350600/figures")
                        .get("edition")
                        .asInt())
                .isEqualTo(edition + 1);

        var pinned = site.get("/public/embed/2020/350600/meal_schools/" + edition);
        assertThat(pinned.statusCode())
                .as("the city's ranking pinned to the superseded edition")
                .isEqualTo(200);
        assertThat(pinned.body())
                .as("it says which edition it shows and that a newer one is out")
                .contains("第" + edition + "版")
                .contains("class=\"outdated\"");
        assertThat(value(pinned.body(), "芗城区")).as("the edition's own number").isEqualByComparingTo(xiangcheng);
        assertThat(value(site.get("/public/embed/2020/350600/meal_schools").body(), "芗城区"))
                .as("the live embed follows the correction")
                .isEqualByComparingTo(corrected);

        var trend = site.get("/public/embed/2020/350602/meal_schools/trend/" + xiangchengEdition);
        assertThat(trend.statusCode())
                .as("the corrected district's own trend, pinned to its superseded edition")
                .isEqualTo(200);
        assertThat(value(trend.body(), "12月")).isEqualByComparingTo(xiangcheng);
    }

    @Test
    void an_edition_a_revised_target_supersedes_is_still_embedded_pinned() throws Exception {
        // 龙文区's passing bays: a unit and chart no other test here embeds
        int edition = site.json("/api/v1/years/2020/units/350603/figures")
                .get("edition")
                .asInt();
        var target = as(
                "admin",
                () -> targets.list(2020, Catalogue.divisionId(db, "350603")).stream()
                        .filter(t -> t.divisionCode().equals("350603")
                                && t.indicatorId() == Catalogue.indicatorId(db, "passing_bays"))
                        .findFirst()
                        .orElseThrow());
        as(
                "admin",
                () -> targets.update(
                        target.id(),
                        target.version(),
                        target.direction(),
                        target.value().add(BigDecimal.TEN),
                        "区里上报的目标值有误"));

        var pinned = site.get("/public/embed/2020/350603/passing_bays/years/" + edition);
        assertThat(pinned.statusCode())
                .as("the district's years chart pinned to the edition the target revision superseded")
                .isEqualTo(200);
        assertThat(pinned.body()).contains("第" + edition + "版").contains("class=\"outdated\"");
    }
}
