package org.minsheng.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.db.Tables.INDICATOR;
import static org.minsheng.support.SignedIn.as;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.figure.CellKey;
import org.minsheng.figure.FigureInput;
import org.minsheng.figure.ReviewService;
import org.minsheng.support.Catalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A figure corrected after publication (芗城区's meal schools, December 2020, 4 → 5): the public page read
 * in English states the revision in English, where it kept 「营养改善计划学校 · 12月」, with the unit's name
 * and the reason as stored; the Chinese page states it as before; and the live embed of the indicator
 * marks the revision and states it, as the page marks the indicator's line, where it showed 5 and 第2版
 * without a word (a stranger's tour).
 */
@IntegrationTest
@TestPropertySource(properties = "minsheng.test.database=revision-lines")
class RevisionLinesTest {

    @LocalServerPort
    int port;

    private final PublicSite site = new PublicSite(() -> port);

    @Autowired
    ReviewService reviews;

    @Autowired
    DSLContext db;

    @Test
    void a_correction_is_stated_in_the_pages_language_and_on_the_indicators_embed() throws Exception {
        // the first edition's chart is kept as the page offers it, for its pinned embed
        assertThat(site.get("/public/embed/2020/350600/meal_schools").statusCode())
                .isEqualTo(200);
        var figure = Catalogue.figure(db, "meal_schools", "350602", 2020, 12);
        var was = figure.getValue().stripTrailingZeros().toPlainString();
        var now = figure.getValue()
                .add(java.math.BigDecimal.ONE)
                .stripTrailingZeros()
                .toPlainString();
        as(
                "reviewer",
                () -> reviews.revise(new FigureInput(
                        new CellKey(figure.getIndicatorId(), figure.getDivisionId(), figure.getPeriodId()),
                        now,
                        false,
                        null,
                        figure.getVersion(),
                        "补报一所学校")));
        var english = db.select(INDICATOR.SHORT_NAME_EN)
                .from(INDICATOR)
                .where(INDICATOR.CODE.eq("meal_schools"))
                .fetchSingle()
                .value1();

        assertThat(site.get("/public/2020").body())
                .as("the Chinese line as it always was")
                .contains("<li>†芗城区 · 营养改善计划学校 · 12月 " + was + " → " + now + "：补报一所学校</li>");
        assertThat(site.get("/public/2020?lang=en").body())
                .as("the system's words in English, the unit and the reason as stored")
                .contains("<li>† 芗城区 · " + english + " · December, " + was + " → " + now + ": 补报一所学校</li>")
                .doesNotContain("营养改善计划学校 · 12月");

        assertThat(site.get("/public/embed/2020/350600/meal_schools").body())
                .as("the live embed of the corrected indicator marks and states the revision")
                .contains(
                        "<ul class=\"revisions\"><li>†芗城区 · 营养改善计划学校 · 12月 " + was + " → " + now + "：补报一所学校</li></ul>");
        assertThat(site.get("/public/embed/2020/350600/meal_schools?lang=en").body())
                .contains("<li>† 芗城区 · " + english + " · December, " + was + " → " + now + ": 补报一所学校</li>");
        var pinned = site.get("/public/embed/2020/350600/meal_schools/1");
        assertThat(pinned.statusCode()).isEqualTo(200);
        assertThat(pinned.body())
                .as("the pinned first edition stands on no revision")
                .contains("class=\"outdated\"")
                .doesNotContain("class=\"revisions\"");
    }
}
