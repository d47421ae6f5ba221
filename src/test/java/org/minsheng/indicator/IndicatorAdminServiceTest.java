package org.minsheng.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minsheng.support.Catalogue.audit;
import static org.minsheng.support.Catalogue.auditCount;
import static org.minsheng.support.Catalogue.clinics;
import static org.minsheng.support.Catalogue.indicatorId;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.RefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** The indicator catalogue as the administrator keeps it (rolled back after each test). */
@IntegrationTest
@Transactional
@WithMockUser("admin")
class IndicatorAdminServiceTest {

    @Autowired
    IndicatorAdminService service;

    @Autowired
    IndicatorService catalogue;

    @Autowired
    DSLContext db;

    @Test
    void a_new_indicator_is_stored_audited_and_appears_in_the_entry_catalogue() {
        var created = service.create(clinics(db));
        assertThat(created.version()).isZero();
        assertThat(created.hasFigures()).isFalse();
        assertThat(created.draft().phraseZh()).isEqualTo("建成标准化村卫生所{value}");
        assertThat(catalogue.activeIndicators()).extracting(Indicator::code).contains("village_clinics");
        var trail = audit(db, "indicator", created.id());
        assertThat(trail).singleElement().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo("indicator.create");
            assertThat(e.getNewValue().data()).contains("\"unitZh\": \"个\"");
        });
    }

    @Test
    void the_demo_catalogue_is_listed_with_which_indicators_have_figures() {
        var all = service.list();
        assertThat(all).extracting(e -> e.draft().code()).contains("meal_schools", "road_widening", "dropouts");
        assertThat(all).filteredOn(e -> e.draft().code().equals("road_widening")).singleElement()
                .satisfies(e -> {
                    assertThat(e.hasFigures()).isTrue();
                    assertThat(e.draft().scale()).isEqualTo(1);
                    assertThat(e.draft().unitZh()).isEqualTo("公里");
                });
        assertThat(service.categories()).extracting(Category::code).contains("education", "campaign");
    }

    @Test
    void an_edit_is_audited_with_only_the_fields_that_changed() {
        var road = entry("road_widening");
        var changed = withDefinition(road.draft(), "年内完成单车道改双车道的农村公路里程（累计，含县道）。");
        var saved = service.update(road.id(), road.version(), changed);
        assertThat(saved.version()).isEqualTo(road.version() + 1);
        var last = audit(db, "indicator", road.id()).getLast();
        assertThat(last.getAction()).isEqualTo("indicator.update");
        assertThat(last.getOldValue().data()).contains("definitionZh").doesNotContain("unitZh");
        assertThat(last.getNewValue().data()).contains("含县道");
    }

    @Test
    void an_edit_of_an_outdated_copy_is_refused() {
        var road = entry("road_widening");
        service.update(road.id(), road.version(), withDefinition(road.draft(), "第一次修改"));
        int audited = auditCount(db);
        assertThatThrownBy(() -> service.update(road.id(), road.version(), withDefinition(road.draft(), "第二次修改")))
                .isInstanceOf(RefusedException.class).hasMessageContaining("catalogue.error.stale");
        assertThat(auditCount(db)).isEqualTo(audited);
    }

    @Test
    void code_unit_value_type_and_scale_are_frozen_once_figures_exist() {
        var road = entry("road_widening");
        var d = road.draft();
        int audited = auditCount(db);
        var newUnit = new IndicatorDraft(d.code(), d.nameZh(), d.nameEn(), d.shortNameZh(), d.shortNameEn(),
                d.definitionZh(), d.definitionEn(), "米", "m", d.valueType(), d.scale(), d.minValue(), d.maxValue(),
                d.aggregation(), null, null, d.cumulative(), d.monthly(), d.reportedByCity(), d.categoryId(),
                d.leadDepartment(), d.displayOrder(), d.phraseZh(), d.phraseEn(), d.direction());
        var newScale = new IndicatorDraft(d.code(), d.nameZh(), d.nameEn(), d.shortNameZh(), d.shortNameEn(),
                d.definitionZh(), d.definitionEn(), d.unitZh(), d.unitEn(), d.valueType(), 2, d.minValue(),
                d.maxValue(), d.aggregation(), null, null, d.cumulative(), d.monthly(), d.reportedByCity(),
                d.categoryId(), d.leadDepartment(), d.displayOrder(), d.phraseZh(), d.phraseEn(), d.direction());
        assertThatThrownBy(() -> service.update(road.id(), road.version(), newUnit))
                .isInstanceOf(RefusedException.class).hasMessageContaining("catalogue.indicator.error.frozen");
        assertThatThrownBy(() -> service.update(road.id(), road.version(), newScale))
                .isInstanceOf(RefusedException.class).hasMessageContaining("catalogue.indicator.error.frozen");
        var newCode = new IndicatorDraft("rural_roads", d.nameZh(), d.nameEn(), d.shortNameZh(), d.shortNameEn(),
                d.definitionZh(), d.definitionEn(), d.unitZh(), d.unitEn(), d.valueType(), d.scale(), d.minValue(),
                d.maxValue(), d.aggregation(), null, null, d.cumulative(), d.monthly(), d.reportedByCity(),
                d.categoryId(), d.leadDepartment(), d.displayOrder(), d.phraseZh(), d.phraseEn(), d.direction());
        assertThatThrownBy(() -> service.update(road.id(), road.version(), newCode))
                .isInstanceOf(RefusedException.class).hasMessageContaining("catalogue.indicator.error.codeFrozen");
        assertThat(auditCount(db)).isEqualTo(audited);
        assertThat(entry("road_widening").draft().unitZh()).isEqualTo("公里");
    }

    @Test
    void an_indicator_without_figures_may_still_change_its_unit_and_scale() {
        var created = service.create(clinics(db));
        var d = created.draft();
        var decimal = new IndicatorDraft(d.code(), d.nameZh(), d.nameEn(), d.shortNameZh(), d.shortNameEn(),
                d.definitionZh(), d.definitionEn(), "万元", "10k yuan", Indicator.ValueType.DECIMAL, 2, null, null,
                d.aggregation(), null, null, d.cumulative(), d.monthly(), d.reportedByCity(), d.categoryId(),
                d.leadDepartment(), d.displayOrder(), d.phraseZh(), d.phraseEn(), d.direction());
        var saved = service.update(created.id(), created.version(), decimal);
        assertThat(saved.draft().unitZh()).isEqualTo("万元");
        assertThat(saved.draft().scale()).isEqualTo(2);
    }

    @Test
    void invalid_drafts_are_refused_with_a_reason_and_write_nothing() {
        int audited = auditCount(db);
        var good = clinics(db);
        assertRefused(copy(good, "Village Clinics", good.unitZh(), good.scale(), good.minValue()),
                "catalogue.indicator.error.code.invalid");
        assertRefused(copy(good, "meal_schools", good.unitZh(), good.scale(), good.minValue()),
                "catalogue.indicator.error.code.taken");
        assertRefused(copy(good, good.code(), " ", good.scale(), good.minValue()), "catalogue.indicator.error.unitZh");
        assertRefused(copy(good, good.code(), good.unitZh(), 1, good.minValue()), "catalogue.indicator.error.scale");
        assertRefused(new IndicatorDraft(good.code(), good.nameZh(), good.nameEn(), good.shortNameZh(),
                good.shortNameEn(), null, null, good.unitZh(), good.unitEn(), good.valueType(), 0, BigDecimal.TEN,
                BigDecimal.ONE, good.aggregation(), null, null, true, true, false, good.categoryId(), null, 0, null,
                null, good.direction()), "catalogue.indicator.error.range");
        assertRefused(new IndicatorDraft(good.code(), good.nameZh(), good.nameEn(), good.shortNameZh(),
                good.shortNameEn(), null, null, "%", "%", Indicator.ValueType.PERCENTAGE, 1, null, null,
                Indicator.Aggregation.RATIO, null, null, true, true, false, good.categoryId(), null, 0, null, null,
                good.direction()), "catalogue.indicator.error.ratio");
        assertThat(auditCount(db)).isEqualTo(audited);
    }

    @Test
    void an_indicator_with_figures_is_retired_not_deleted_and_can_be_reinstated() {
        var meals = entry("meal_schools");
        assertThatThrownBy(() -> service.delete(meals.id(), meals.version()))
                .isInstanceOf(RefusedException.class).hasMessageContaining("catalogue.indicator.error.hasFigures");
        var retired = service.retire(meals.id(), meals.version(), LocalDate.of(2021, 1, 1));
        assertThat(retired.retiredOn()).isEqualTo("2021-01-01");
        assertThat(catalogue.activeIndicators()).extracting(Indicator::code).doesNotContain("meal_schools");
        var back = service.reinstate(retired.id(), retired.version());
        assertThat(back.retired()).isFalse();
        assertThat(audit(db, "indicator", meals.id())).extracting(e -> e.getAction())
                .containsSubsequence("indicator.retire", "indicator.reinstate");
    }

    @Test
    void an_indicator_without_figures_can_be_deleted_and_the_deletion_is_audited() {
        var created = service.create(clinics(db));
        service.delete(created.id(), created.version());
        assertThat(service.list()).extracting(e -> e.draft().code()).doesNotContain("village_clinics");
        assertThat(audit(db, "indicator", created.id())).extracting(e -> e.getAction())
                .containsExactly("indicator.create", "indicator.delete");
    }

    private CatalogueEntry entry(String code) {
        int id = indicatorId(db, code);
        return service.list().stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    private void assertRefused(IndicatorDraft draft, String key) {
        assertThatThrownBy(() -> service.create(draft)).isInstanceOf(RefusedException.class)
                .extracting(e -> ((RefusedException) e).messageKey()).isEqualTo(key);
    }

    private static IndicatorDraft copy(IndicatorDraft d, String code, String unitZh, int scale, BigDecimal min) {
        return new IndicatorDraft(code, d.nameZh(), d.nameEn(), d.shortNameZh(), d.shortNameEn(), d.definitionZh(),
                d.definitionEn(), unitZh, d.unitEn(), d.valueType(), scale, min, d.maxValue(), d.aggregation(),
                d.numeratorId(), d.denominatorId(), d.cumulative(), d.monthly(), d.reportedByCity(), d.categoryId(),
                d.leadDepartment(), d.displayOrder(), d.phraseZh(), d.phraseEn(), d.direction());
    }

    private static IndicatorDraft withDefinition(IndicatorDraft d, String definitionZh) {
        return new IndicatorDraft(d.code(), d.nameZh(), d.nameEn(), d.shortNameZh(), d.shortNameEn(), definitionZh,
                d.definitionEn(), d.unitZh(), d.unitEn(), d.valueType(), d.scale(), d.minValue(), d.maxValue(),
                d.aggregation(), d.numeratorId(), d.denominatorId(), d.cumulative(), d.monthly(), d.reportedByCity(),
                d.categoryId(), d.leadDepartment(), d.displayOrder(), d.phraseZh(), d.phraseEn(), d.direction());
    }
}
