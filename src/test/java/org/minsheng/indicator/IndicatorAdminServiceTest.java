package org.minsheng.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minsheng.support.Catalogue.audit;
import static org.minsheng.support.Catalogue.auditCount;
import static org.minsheng.support.Catalogue.clinics;
import static org.minsheng.support.Catalogue.indicatorId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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
        assertThat(created.draft().phrase().zh()).isEqualTo("建成标准化村卫生所{value}");
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
        assertThat(all).extracting(e -> e.draft().names().code()).contains("meal_schools", "road_widening", "dropouts");
        assertThat(all)
                .filteredOn(e -> e.draft().names().code().equals("road_widening"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.hasFigures()).isTrue();
                    assertThat(e.draft().measure().scale()).isEqualTo(1);
                    assertThat(e.draft().measure().unitZh()).isEqualTo("公里");
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
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("catalogue.error.stale");
        assertThat(auditCount(db)).isEqualTo(audited);
    }

    @Test
    void code_unit_value_type_and_scale_are_frozen_once_figures_exist() {
        var road = entry("road_widening");
        var d = road.draft();
        int audited = auditCount(db);
        var m = d.measure();
        var newUnit = d.with(
                new IndicatorDraft.Measure("米", "m", null, m.valueType(), m.scale(), m.minValue(), m.maxValue()));
        var newScale = d.with(new IndicatorDraft.Measure(
                m.unitZh(), m.unitEn(), m.unitOneEn(), m.valueType(), 2, m.minValue(), m.maxValue()));
        assertThatThrownBy(() -> service.update(road.id(), road.version(), newUnit))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("catalogue.indicator.error.frozen");
        assertThatThrownBy(() -> service.update(road.id(), road.version(), newScale))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("catalogue.indicator.error.frozen");
        var n = d.names();
        var newCode = d.with(new IndicatorDraft.Names(
                "rural_roads",
                n.nameZh(),
                n.nameEn(),
                n.shortNameZh(),
                n.shortNameEn(),
                n.definitionZh(),
                n.definitionEn()));
        assertThatThrownBy(() -> service.update(road.id(), road.version(), newCode))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("catalogue.indicator.error.codeFrozen");
        assertThat(auditCount(db)).isEqualTo(audited);
        assertThat(entry("road_widening").draft().measure().unitZh()).isEqualTo("公里");
    }

    @Test
    void an_indicator_without_figures_may_still_change_its_unit_and_scale() {
        var created = service.create(clinics(db));
        var d = created.draft();
        var decimal =
                d.with(new IndicatorDraft.Measure("万元", "10k yuan", null, Indicator.ValueType.DECIMAL, 2, null, null));
        var saved = service.update(created.id(), created.version(), decimal);
        assertThat(saved.draft().measure().unitZh()).isEqualTo("万元");
        assertThat(saved.draft().measure().scale()).isEqualTo(2);
    }

    @Test
    void invalid_drafts_are_refused_with_a_reason_and_write_nothing() {
        int audited = auditCount(db);
        var good = clinics(db);
        var unit = good.measure();
        assertRefused(withCode(good, "Village Clinics"), "catalogue.indicator.error.code.invalid");
        assertRefused(withCode(good, "meal_schools"), "catalogue.indicator.error.code.taken");
        assertRefused(
                good.with(new IndicatorDraft.Measure(
                        " ", unit.unitEn(), null, unit.valueType(), unit.scale(), unit.minValue(), unit.maxValue())),
                "catalogue.indicator.error.unitZh");
        assertRefused(
                good.with(new IndicatorDraft.Measure(
                        unit.unitZh(), unit.unitEn(), null, unit.valueType(), 1, unit.minValue(), unit.maxValue())),
                "catalogue.indicator.error.scale");
        assertRefused(
                good.with(new IndicatorDraft.Measure(
                        unit.unitZh(), unit.unitEn(), null, unit.valueType(), 0, BigDecimal.TEN, BigDecimal.ONE)),
                "catalogue.indicator.error.range");
        assertRefused(
                good.with(new IndicatorDraft.Measure("%", "%", null, Indicator.ValueType.PERCENTAGE, 1, null, null))
                        .with(new IndicatorDraft.Totals(Indicator.Aggregation.RATIO, null, null, true)),
                "catalogue.indicator.error.ratio");
        assertThat(auditCount(db)).isEqualTo(audited);
    }

    /**
     * The rules that make an indicator's totals cannot change once it has figures: choosing 取最大值 for
     * 农村公路单改双 turned the published 2020 total of 117.6 km into 18.4 km on the public page, still as
     * 第2版, with no revision and no reason (a stranger's trial).
     */
    @Test
    void the_rules_that_make_the_totals_are_frozen_once_figures_exist() {
        var road = entry("road_widening");
        var d = road.draft();
        var t = d.totals();
        var r = d.reporting();
        int audited = auditCount(db);
        for (var changed : List.of(
                d.with(new IndicatorDraft.Totals(Indicator.Aggregation.MAX, null, null, t.cumulative())),
                d.with(new IndicatorDraft.Totals(t.aggregation(), null, null, !t.cumulative())),
                d.with(new IndicatorDraft.Reporting(!r.monthly(), r.reportedByCity())),
                d.with(new IndicatorDraft.Reporting(r.monthly(), !r.reportedByCity())))) {
            assertThatThrownBy(() -> service.update(road.id(), road.version(), changed))
                    .isInstanceOf(RefusedException.class)
                    .hasMessageContaining("catalogue.indicator.error.rulesFrozen");
        }
        assertThat(auditCount(db)).isEqualTo(audited);
        assertThat(entry("road_widening").draft().totals()).isEqualTo(t);
        assertThat(entry("road_widening").draft().reporting()).isEqualTo(r);

        // what the totals do not depend on can still be edited
        var renamed = service.update(road.id(), road.version(), withDefinition(d, "口径说明已更新"));
        assertThat(renamed.draft().totals()).isEqualTo(t);
    }

    @Test
    void an_indicator_with_figures_is_retired_not_deleted_and_can_be_reinstated() {
        var meals = entry("meal_schools");
        assertThatThrownBy(() -> service.delete(meals.id(), meals.version()))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("catalogue.indicator.error.hasFigures");
        var retired = service.retire(meals.id(), meals.version(), LocalDate.of(2021, 1, 1));
        assertThat(retired.retiredOn()).isEqualTo("2021-01-01");
        assertThat(catalogue.activeIndicators()).extracting(Indicator::code).doesNotContain("meal_schools");
        var back = service.reinstate(retired.id(), retired.version());
        assertThat(back.retired()).isFalse();
        assertThat(audit(db, "indicator", meals.id()))
                .extracting(e -> e.getAction())
                .containsSubsequence("indicator.retire", "indicator.reinstate");
    }

    @Test
    void an_indicator_without_figures_can_be_deleted_and_the_deletion_is_audited() {
        var created = service.create(clinics(db));
        service.delete(created.id(), created.version());
        assertThat(service.list()).extracting(e -> e.draft().names().code()).doesNotContain("village_clinics");
        assertThat(audit(db, "indicator", created.id()))
                .extracting(e -> e.getAction())
                .containsExactly("indicator.create", "indicator.delete");
    }

    /**
     * A second 营养改善计划学校 was accepted beside meal_schools, and every sheet, tile and export then showed two
     * rows nobody could tell apart (a tester's tour): each of the four names is refused when another indicator
     * in use has it, spaces around it and the case of English aside, and the refusal names the field.
     */
    @Test
    void a_name_another_indicator_in_use_has_is_refused_and_nothing_is_saved() {
        var meals = entry("meal_schools").draft().names();
        int audited = auditCount(db);
        int listed = service.list().size();
        var good = clinics(db);
        assertRefused(
                withNames(good, " " + meals.nameZh() + " ", null, null, null),
                "catalogue.indicator.error.nameZh.taken");
        assertRefused(
                withNames(good, null, meals.shortNameZh(), null, null), "catalogue.indicator.error.shortNameZh.taken");
        assertRefused(
                withNames(good, null, null, meals.nameEn().toUpperCase(), null),
                "catalogue.indicator.error.nameEn.taken");
        assertRefused(
                withNames(good, null, null, null, meals.shortNameEn().toLowerCase() + " "),
                "catalogue.indicator.error.shortNameEn.taken");
        assertThatThrownBy(() -> service.create(withNames(good, meals.nameZh(), meals.shortNameZh(), null, null)))
                .isInstanceOf(RefusedException.class)
                .satisfies(e -> assertThat(((RefusedException) e).parameters())
                        .as("the name and the indicator that has it")
                        .containsExactly(meals.nameZh(), "meal_schools"));
        assertThat(auditCount(db)).isEqualTo(audited);
        assertThat(service.list()).hasSize(listed);
    }

    /**
     * 增设错车道数量 was saved with the short name 增设错车道, the full name of passing_bays (a tester's tour):
     * imports match an indicator by its full or short name, so one text named two indicators, and the pickers
     * showed both. A full name is refused when it is another indicator's short name and the other way round;
     * an indicator's own short name may still be its own full name.
     */
    @Test
    void a_name_that_is_another_indicators_other_name_is_refused_and_nothing_is_saved() {
        var bays = entry("passing_bays").draft().names();
        int audited = auditCount(db);
        int listed = service.list().size();
        var good = clinics(db);
        assertThatThrownBy(() -> service.create(withNames(good, null, bays.nameZh(), null, null)))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("catalogue.indicator.error.shortNameZh.taken");
                    assertThat(e.parameters()).containsExactly(bays.nameZh(), "passing_bays");
                });
        assertRefused(
                withNames(good, bays.shortNameZh(), "村卫生所", null, null), "catalogue.indicator.error.nameZh.taken");
        assertRefused(
                withNames(good, null, null, " " + bays.shortNameEn().toUpperCase(), "Clinics"),
                "catalogue.indicator.error.nameEn.taken");
        assertRefused(
                withNames(good, null, null, null, bays.nameEn().toLowerCase()),
                "catalogue.indicator.error.shortNameEn.taken");
        assertThat(auditCount(db)).isEqualTo(audited);
        assertThat(service.list()).hasSize(listed);

        var own = service.create(withNames(good, "标准化村卫生所", "标准化村卫生所", "Village clinics", "village clinics"));
        assertThat(own.draft().names().shortNameEn()).isEqualTo("village clinics");
    }

    @Test
    void an_edit_may_keep_its_own_names_but_not_take_another_indicators() {
        var road = entry("road_widening");
        var kept = service.update(road.id(), road.version(), withDefinition(road.draft(), "口径说明已更新"));
        assertThat(kept.draft().names().nameZh()).isEqualTo(road.draft().names().nameZh());

        var meals = entry("meal_schools").draft().names();
        int audited = auditCount(db);
        assertThatThrownBy(() -> service.update(
                        kept.id(), kept.version(), withNames(kept.draft(), null, meals.shortNameZh(), null, null)))
                .isInstanceOf(RefusedException.class)
                .extracting(e -> ((RefusedException) e).messageKey())
                .isEqualTo("catalogue.indicator.error.shortNameZh.taken");
        assertThat(auditCount(db)).isEqualTo(audited);
        assertThat(entry("road_widening").draft().names().shortNameZh())
                .isEqualTo(road.draft().names().shortNameZh());
    }

    /** A retired indicator's names may be taken by its successor, and it cannot come back beside it. */
    @Test
    void a_retired_indicators_name_can_be_reused_and_it_is_then_not_reinstated_beside_its_successor() {
        var meals = entry("meal_schools");
        var retired = service.retire(meals.id(), meals.version(), LocalDate.of(2021, 1, 1));
        var n = meals.draft().names();
        var successor =
                service.create(withNames(clinics(db), n.nameZh(), n.shortNameZh(), n.nameEn(), n.shortNameEn()));
        assertThat(successor.draft().names().nameZh()).isEqualTo(n.nameZh());
        assertThatThrownBy(() -> service.reinstate(retired.id(), retired.version()))
                .isInstanceOf(RefusedException.class)
                .extracting(e -> ((RefusedException) e).messageKey())
                .isEqualTo("catalogue.indicator.error.nameZh.taken");
        assertThat(entry("meal_schools").retired()).isTrue();
    }

    /**
     * 2020's annual figures are published in the demo: retired on or before 1 January 2020, 营养改善计划学校 would
     * leave the published year's figures, so that date is refused and nothing changes; the day after is fine.
     */
    @Test
    void a_retirement_date_that_would_take_the_indicator_out_of_a_published_year_is_refused() {
        var meals = entry("meal_schools");
        int audited = auditCount(db);
        for (var date : List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2019, 6, 30))) {
            assertThatThrownBy(() -> service.retire(meals.id(), meals.version(), date))
                    .isInstanceOf(RefusedException.class)
                    .satisfies(e -> {
                        var refused = (RefusedException) e;
                        assertThat(refused.messageKey()).isEqualTo("catalogue.indicator.error.retiredInPublishedYear");
                        assertThat(refused.parameters()).containsExactly(2020, "2020-01-02");
                    });
        }
        assertThat(auditCount(db)).isEqualTo(audited);
        assertThat(entry("meal_schools").retiredOn()).isNull();
        assertThat(entry("meal_schools").version()).isEqualTo(meals.version());

        var retired = service.retire(meals.id(), meals.version(), LocalDate.of(2020, 1, 2));
        assertThat(retired.retiredOn()).isEqualTo("2020-01-02");
    }

    /** Retired, a figure waiting for review left the review queue and could be neither approved nor returned. */
    @Test
    void an_indicator_with_figures_waiting_for_review_is_not_retired() {
        var meals = entry("meal_schools");
        db.execute(
                "insert into figure (indicator_id, division_id, period_id, value, status, entered_by, version)"
                        + " values (?, ?, ?, 5, 'submitted', (select id from app_user where username = 'stat-xiangcheng'), 1)",
                meals.id(),
                org.minsheng.support.Catalogue.divisionId(db, "350602"),
                org.minsheng.support.Catalogue.monthId(db, 2021, 1));
        int audited = auditCount(db);
        assertThatThrownBy(() -> service.retire(meals.id(), meals.version(), LocalDate.of(2026, 12, 4)))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("catalogue.indicator.error.retireWhileSubmitted");
                    assertThat(e.parameters()).containsExactly(1);
                });
        assertThat(auditCount(db)).isEqualTo(audited);
        assertThat(entry("meal_schools").retiredOn()).isNull();
    }

    /**
     * 最大值 99999999999999999999999 was saved while a target over 999,999,999,999,999 is refused (a tester's
     * tour): a bound beyond what the entry sheet takes is refused either way round, and nothing is saved.
     */
    @Test
    void a_minimum_or_maximum_beyond_the_largest_figure_is_refused_and_nothing_is_saved() {
        int audited = auditCount(db);
        int listed = service.list().size();
        var good = clinics(db);
        var huge = new BigDecimal("99999999999999999999999");
        assertThatThrownBy(() -> service.create(withRange(good, BigDecimal.ZERO, huge)))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("catalogue.indicator.error.max.tooLarge");
                    assertThat(e.parameters()).containsExactly("999,999,999,999,999");
                });
        assertRefused(withRange(good, huge.negate(), null), "catalogue.indicator.error.min.tooLarge");
        assertRefused(
                withRange(good, new BigDecimal("1000000000000000"), null), "catalogue.indicator.error.min.tooLarge");
        assertThat(auditCount(db)).isEqualTo(audited);
        assertThat(service.list()).hasSize(listed);

        var largest = new BigDecimal("999999999999999");
        var saved = service.create(withRange(good, largest.negate(), largest));
        assertThat(saved.draft().measure().maxValue()).isEqualByComparingTo(largest);
    }

    /**
     * 最大值 10 was saved for 营养改善计划学校 although 漳浦县's figures reach 28 (a stranger's tour; in the test data 平和县's November 2020 is the first 28): the entry
     * sheet then refused to carry the cumulative series on. A bound that figures already stored lie beyond is
     * refused, naming the furthest figure and where it is, and nothing changes.
     */
    @Test
    void a_minimum_or_maximum_that_stored_figures_lie_beyond_is_refused_and_nothing_is_saved() {
        var meals = entry("meal_schools");
        int audited = auditCount(db);
        assertThatThrownBy(() ->
                        service.update(meals.id(), meals.version(), withRange(meals.draft(), null, BigDecimal.TEN)))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("catalogue.indicator.error.max.figureAbove");
                    assertThat(e.parameters()).containsExactly("28", "10", "平和县", 2020, 11);
                });
        assertThat(auditCount(db)).isEqualTo(audited);
        assertThat(entry("meal_schools").version()).isEqualTo(meals.version());

        // a new indicator's figures of every status count, its current and its approved values alike; a cell
        // marked not applicable has no value to count
        var clinics = service.create(clinics(db));
        String insert = "insert into figure (indicator_id, division_id, period_id, value, not_applicable, status,"
                + " approved_value, approved_not_applicable, approved_at, revision, entered_by, version)"
                + " values (?, ?, ?, ?::numeric, ?, ?::figure_status, ?::numeric, ?::boolean, ?::timestamptz, ?,"
                + " (select id from app_user where username = 'admin'), 1)";
        int xiangcheng = org.minsheng.support.Catalogue.divisionId(db, "350602");
        int zhangpu = org.minsheng.support.Catalogue.divisionId(db, "350623");
        db.execute(insert, clinics.id(), xiangcheng, monthId(2021, 1), 3, false, "draft", null, null, null, 0);
        // a correction under way: the approved 7 stays what the public may have seen
        db.execute(
                insert,
                clinics.id(),
                zhangpu,
                monthId(2020, 11),
                5,
                false,
                "draft",
                7,
                false,
                java.time.OffsetDateTime.now(),
                1);
        db.execute(insert, clinics.id(), zhangpu, monthId(2020, 12), null, true, "submitted", null, null, null, 0);
        var stored = entry("village_clinics");
        assertThatThrownBy(() -> service.update(
                        stored.id(), stored.version(), withRange(stored.draft(), BigDecimal.ZERO, new BigDecimal("6"))))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("catalogue.indicator.error.max.figureAbove");
                    assertThat(e.parameters()).containsExactly("7", "6", "漳浦县", 2020, 11);
                });
        assertThatThrownBy(() -> service.update(
                        stored.id(), stored.version(), withRange(stored.draft(), new BigDecimal("4"), null)))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("catalogue.indicator.error.min.figureBelow");
                    assertThat(e.parameters()).containsExactly("3", "4", "芗城区", 2021, 1);
                });
        assertThat(entry("village_clinics").version()).isEqualTo(stored.version());

        var saved = service.update(
                stored.id(), stored.version(), withRange(stored.draft(), new BigDecimal("3"), new BigDecimal("7")));
        assertThat(saved.draft().measure().maxValue()).isEqualByComparingTo("7");
    }

    private int monthId(int year, int month) {
        return org.minsheng.support.Catalogue.monthId(db, year, month);
    }

    private static IndicatorDraft withRange(IndicatorDraft d, BigDecimal min, BigDecimal max) {
        var m = d.measure();
        return d.with(
                new IndicatorDraft.Measure(m.unitZh(), m.unitEn(), m.unitOneEn(), m.valueType(), m.scale(), min, max));
    }

    private CatalogueEntry entry(String code) {
        int id = indicatorId(db, code);
        return service.list().stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    private void assertRefused(IndicatorDraft draft, String key) {
        assertThatThrownBy(() -> service.create(draft))
                .isInstanceOf(RefusedException.class)
                .extracting(e -> ((RefusedException) e).messageKey())
                .isEqualTo(key);
    }

    private static IndicatorDraft withCode(IndicatorDraft d, String code) {
        var n = d.names();
        return d.with(new IndicatorDraft.Names(
                code, n.nameZh(), n.nameEn(), n.shortNameZh(), n.shortNameEn(), n.definitionZh(), n.definitionEn()));
    }

    /** The draft with those of its four names that are not null replaced. */
    private static IndicatorDraft withNames(
            IndicatorDraft d, String nameZh, String shortNameZh, String nameEn, String shortNameEn) {
        var n = d.names();
        return d.with(new IndicatorDraft.Names(
                n.code(),
                nameZh == null ? n.nameZh() : nameZh,
                nameEn == null ? n.nameEn() : nameEn,
                shortNameZh == null ? n.shortNameZh() : shortNameZh,
                shortNameEn == null ? n.shortNameEn() : shortNameEn,
                n.definitionZh(),
                n.definitionEn()));
    }

    private static IndicatorDraft withDefinition(IndicatorDraft d, String definitionZh) {
        var n = d.names();
        return d.with(new IndicatorDraft.Names(
                n.code(), n.nameZh(), n.nameEn(), n.shortNameZh(), n.shortNameEn(), definitionZh, n.definitionEn()));
    }
}
