package org.minsheng.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minsheng.support.SignedIn.as;

import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.RefusedException;
import org.minsheng.support.Catalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** Communications staff and administrators edit the lede's phrases; the product checks them as they do. */
@IntegrationTest
@Transactional
class PhraseEditingTest {

    @Autowired
    PhraseService phrases;

    @Autowired
    PublicationService publications;

    @Autowired
    DSLContext db;

    @Test
    void an_edited_phrase_is_previewed_saved_audited_and_written_into_the_lede() {
        var meal = entry("meal_schools");
        var preview = as("comms", () -> phrases.preview(meal.indicatorId(), "全市共有{value}学校吃上营养餐", 2020));
        assertThat(preview.sentence()).isEqualTo("全市共有156所学校吃上营养餐");
        assertThat(preview.unknownPlaceholders()).isEmpty();

        as("comms", () -> phrases.save(meal.indicatorId(), " 全市共有{value}学校吃上营养餐 ", meal.version()));

        assertThat(as("leader", () -> publications.yearInReview(2020)).lede()).startsWith("全市共有156所学校吃上营养餐；");
        assertThat(entry("meal_schools").template()).isEqualTo("全市共有{value}学校吃上营养餐");
        var audit =
                db.fetchSingle("select a.reason, a.old_value::text, a.new_value::text, u.username from audit_entry a "
                        + "join app_user u on u.id = a.actor_id where a.action = 'phrase.update' and a.entity_id = "
                        + meal.indicatorId());
        assertThat(audit.get(1, String.class)).contains("{scope}{value}农村公办义务教育寄宿制学校实施营养改善计划");
        assertThat(audit.get(2, String.class)).contains("全市共有{value}学校吃上营养餐");
        assertThat(audit.get(3, String.class)).isEqualTo("comms");
    }

    @Test
    void a_phrase_with_an_unknown_placeholder_is_refused_naming_it() {
        var roads = entry("road_widening");
        var preview = as("admin", () -> phrases.preview(roads.indicatorId(), "完成农村公路单改双{value}，{完成率}", 2020));
        assertThat(preview.unknownPlaceholders()).containsExactly("完成率");
        // the unknown placeholder is an error in the template, not a missing figure: named, never the gap marker
        assertThat(preview.sentence()).isEqualTo("完成农村公路单改双117公里，【未知占位符 {完成率}】").doesNotContain("暂无数据");
        assertThat(preview.parts())
                .filteredOn(p -> p.kind() == PhrasePart.Kind.UNKNOWN)
                .extracting(PhrasePart::placeholder)
                .containsExactly("完成率");
        assertThat(preview.gaps()).isEmpty();

        assertThatThrownBy(() ->
                        as("admin", () -> phrases.save(roads.indicatorId(), "完成农村公路单改双{value}，{完成率}", roads.version())))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("publication.phrase.error.unknownPlaceholder");
                    assertThat(e.parameters()).containsExactly("{完成率}");
                });
        assertThat(entry("road_widening").template()).isEqualTo("完成农村公路单改双{value}");
    }

    @Test
    void a_missing_figure_previews_as_the_gap_marker_never_as_zero() {
        Catalogue.neverReported(db, "passing_bays");
        var bays = entry("passing_bays");
        var preview = as("comms", () -> phrases.preview(bays.indicatorId(), bays.template(), 2020));
        assertThat(preview.sentence()).isEqualTo("完成错车道增设【增设错车道：暂无数据】").doesNotContain("0个");
        assertThat(preview.gaps()).containsExactly("value");
        assertThat(preview.parts()).noneMatch(p -> p.kind() == PhrasePart.Kind.UNKNOWN);
    }

    /** 不适用 previews as the year in review prints it (「增设错车道不适用」), not as a gap to fill. */
    @Test
    void a_not_applicable_figure_previews_as_not_applicable_not_as_a_gap() {
        db.execute("update figure set approved_value = null, approved_not_applicable = true, value = null, "
                + "not_applicable = true where indicator_id = (select id from indicator where code = 'passing_bays')");
        var bays = entry("passing_bays");
        var preview = as("comms", () -> phrases.preview(bays.indicatorId(), bays.template(), 2020));
        assertThat(preview.sentence()).isEqualTo("增设错车道不适用");
        assertThat(preview.gaps()).isEmpty();
    }

    @Test
    void a_missing_figure_and_an_unknown_placeholder_in_one_phrase_are_marked_differently() {
        Catalogue.neverReported(db, "passing_bays");
        var bays = entry("passing_bays");
        var preview = as("comms", () -> phrases.preview(bays.indicatorId(), "{city}增设错车道{value}，同比{增长}", 2020));
        assertThat(preview.parts())
                .extracting(PhrasePart::kind)
                .containsExactly(
                        PhrasePart.Kind.TEXT, PhrasePart.Kind.GAP, PhrasePart.Kind.TEXT, PhrasePart.Kind.UNKNOWN);
        assertThat(preview.parts())
                .extracting(PhrasePart::text)
                .containsExactly("漳州市增设错车道", "【增设错车道：暂无数据】", "，同比", "【未知占位符 {增长}】");
        assertThat(preview.gaps()).containsExactly("value");
        assertThat(preview.unknownPlaceholders()).containsExactly("增长");
    }

    @Test
    void a_phrase_changed_meanwhile_is_not_overwritten() {
        var bays = entry("passing_bays");
        as("comms", () -> phrases.save(bays.indicatorId(), "新增错车道{value}", bays.version()));
        assertThatThrownBy(() -> as("admin", () -> phrases.save(bays.indicatorId(), "增设错车道{value}", bays.version())))
                .isInstanceOfSatisfying(
                        RefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("publication.phrase.error.changed"));
        assertThat(entry("passing_bays").template()).isEqualTo("新增错车道{value}");
    }

    @Test
    void statisticians_reviewers_and_leaders_cannot_edit_phrases() {
        var meal = entry("meal_schools");
        for (var user : List.of("stat-xiangcheng", "reviewer", "leader")) {
            assertThatThrownBy(() -> as(user, () -> phrases.save(meal.indicatorId(), "{value}", meal.version())))
                    .as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(user, () -> phrases.preview(meal.indicatorId(), "{value}", 2020)))
                    .as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> as("stat-xiangcheng", () -> phrases.phrases()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private PhraseEntry entry(String code) {
        return as("admin", () -> phrases.phrases()).stream()
                .filter(e -> e.code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
