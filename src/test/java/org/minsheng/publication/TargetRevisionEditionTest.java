package org.minsheng.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.division.DivisionService;
import org.minsheng.indicator.TargetAdminService;
import org.minsheng.indicator.TargetDirection;
import org.minsheng.indicator.TargetRow;
import org.minsheng.support.Catalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * A target changed after its year was published changes the completion the edition states (完成 became
 * 未完成 under the same 第n版, a stranger's trial): it is a revision of the edition, numbered and listed
 * with its reason like an approved correction.
 */
@IntegrationTest
@Transactional
@WithMockUser("admin")
class TargetRevisionEditionTest {

    @Autowired
    UnitPublicationService publications;

    @Autowired
    TargetAdminService targets;

    @Autowired
    PublicationService yearInReviews;

    @Autowired
    DivisionService divisions;

    @Autowired
    DSLContext db;

    @Test
    void a_published_years_target_revision_makes_a_new_edition_that_states_it() {
        var city = divisions.city();
        var before = publications.edition(city, 2020);
        assertThat(before.published()).isTrue();
        int meals = Catalogue.indicatorId(db, "meal_schools");
        var target = cityTarget(meals);

        targets.update(target.id(), target.version(), TargetDirection.INCREASE_TO, new BigDecimal("170"), "市政府调整年度任务");

        var after = publications.edition(city, 2020);
        assertThat(after.number()).isEqualTo(before.number() + 1);
        assertThat(publications.editionNumber(city, 2020)).hasValue(after.number());
        assertThat(after.revisions())
                .last()
                .satisfies(r -> assertThat(r.text()).isEqualTo("†漳州市 · 营养改善计划学校 · 目标值 156 → 170：市政府调整年度任务"))
                .satisfies(r -> assertThat(r.indicatorId()).isEqualTo(meals));
        assertThat(after.revised(meals)).isTrue();
        assertThat(yearInReviews.yearInReview(2020).sections().stream()
                        .flatMap(section -> section.lines().stream())
                        .filter(line -> line.indicatorCode().equals("meal_schools"))
                        .findFirst()
                        .orElseThrow())
                .as("the year-in-review's line says which target its status is against")
                .satisfies(line -> assertThat(line.target()).isEqualTo("目标 170所（已修订）"))
                .satisfies(line -> assertThat(line.status()).isEqualTo("未完成"));

        var district = Catalogue.divisionId(db, "350602");
        var added = targets.create(
                Catalogue.indicatorId(db, "cross_inspected"),
                district,
                2020,
                TargetDirection.INCREASE_TO,
                BigDecimal.ONE,
                "补设区级目标");
        assertThat(publications.edition(city, 2020).revisions())
                .as("a district's target is in the city's subtree")
                .last()
                .satisfies(r -> assertThat(r.text()).isEqualTo("†芗城区 · 交叉指导检查学校 · 目标值 未设定 → 1：补设区级目标"));
        targets.remove(added.id(), added.version(), "补设有误");

        // turned, not moved: 「3 → 3」 said nothing of what changed (a stranger's trial)
        var meals2020 = targets.list(2020, city.id()).stream()
                .filter(t -> t.divisionId() == district && t.indicatorId() == meals)
                .findFirst()
                .orElseThrow();
        targets.update(meals2020.id(), meals2020.version(), TargetDirection.AT_MOST, meals2020.value(), "仅改方向");
        assertThat(publications.edition(city, 2020).revisions())
                .last()
                .satisfies(r -> assertThat(r.text())
                        .isEqualTo(
                                "†芗城区 · 营养改善计划学校 · 目标值 增加到 " + meals2020.value().toPlainString() + " → 不超过 "
                                        + meals2020.value().toPlainString() + "：仅改方向"));
        assertThat(publications.editionNumber(city, 2020)).hasValue(before.number() + 4);
    }

    /**
     * A target of a one-decimal indicator is kept at its scale (120.0), and 修订说明 printed it so:
     * 「目标值 110 → 120.0」 in the published year-in-review and its PDF (a stranger's tour).
     */
    @Test
    void a_revised_targets_value_is_written_as_a_publication_writes_it() {
        var city = divisions.city();
        var target = cityTarget(Catalogue.indicatorId(db, "road_widening"));

        targets.update(target.id(), target.version(), TargetDirection.INCREASE_TO, new BigDecimal("120"), "调整任务");
        targets.update(target.id(), target.version() + 1, TargetDirection.INCREASE_TO, new BigDecimal("120.5"), "再次调整");

        assertThat(publications.edition(city, 2020).revisions())
                .extracting(Edition.Revision::text)
                .endsWith("†漳州市 · 农村公路单改双 · 目标值 110 → 120：调整任务", "†漳州市 · 农村公路单改双 · 目标值 120 → 120.5：再次调整");
    }

    /** The city's 2020 target of the indicator. */
    private TargetRow cityTarget(int indicatorId) {
        var city = divisions.city();
        return targets.list(2020, city.id()).stream()
                .filter(t -> t.divisionId() == city.id() && t.indicatorId() == indicatorId)
                .findFirst()
                .orElseThrow();
    }
}
