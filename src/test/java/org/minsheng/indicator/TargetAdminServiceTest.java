package org.minsheng.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minsheng.support.Catalogue.audit;
import static org.minsheng.support.Catalogue.auditCount;
import static org.minsheng.support.Catalogue.divisionId;
import static org.minsheng.support.Catalogue.indicatorId;
import static org.minsheng.support.SignedIn.as;

import java.math.BigDecimal;
import org.assertj.core.groups.Tuple;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.RefusedException;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.division.Division;
import org.minsheng.support.Catalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

/** Targets per indicator, year and division, kept by the administrator (rolled back after each test). */
@IntegrationTest
@Transactional
@WithMockUser("admin")
@RecordApplicationEvents
class TargetAdminServiceTest {

    @Autowired
    ApplicationEvents events;

    @Autowired
    TargetAdminService targets;

    @Autowired
    IndicatorService catalogue;

    @Autowired
    DSLContext db;

    @Autowired
    DashboardService dashboards;

    @Test
    void the_2020_city_targets_of_the_demo_are_listed_with_their_direction() {
        var all = targets.list(2020, divisionId(db, "350600"));
        // the demo has the city's 6 targets and illustrative ones for 5 indicators in each of the 11 districts
        assertThat(all).hasSize(6 + 11 * 5);
        var list = all.stream().filter(t -> t.divisionCode().equals("350600")).toList();
        assertThat(list).hasSize(6);
        assertThat(list)
                .filteredOn(t -> t.indicatorZh().equals("贫困家庭儿童辍学"))
                .singleElement()
                .satisfies(t -> assertThat(t.direction()).isEqualTo(TargetDirection.REACH_ZERO));
    }

    @Test
    void a_district_target_is_set_edited_and_removed_and_each_step_is_audited() {
        int xiangcheng = divisionId(db, "350602");
        var created = targets.create(
                indicatorId(db, "road_widening"),
                xiangcheng,
                2021,
                TargetDirection.INCREASE_TO,
                new BigDecimal("12.5"),
                null);
        assertThat(catalogue.targets(xiangcheng, 2021))
                .singleElement()
                .satisfies(t -> assertThat(t.value()).isEqualByComparingTo("12.5"));
        var edited = targets.update(
                created.id(), created.version(), TargetDirection.INCREASE_TO, new BigDecimal("14"), null);
        assertThat(edited.value()).isEqualByComparingTo("14.0");
        assertThatThrownBy(() -> targets.remove(created.id(), created.version(), null))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("catalogue.error.stale");
        targets.remove(edited.id(), edited.version(), null);
        assertThat(catalogue.targets(xiangcheng, 2021)).isEmpty();
        assertThat(audit(db, "target", created.id()))
                .extracting(e -> e.getAction())
                .containsExactly("target.create", "target.update", "target.remove");
    }

    @Test
    void targets_that_break_the_rules_are_refused_and_nothing_is_audited() {
        int audited = auditCount(db);
        int city = divisionId(db, "350600");
        int dropouts = indicatorId(db, "dropouts");
        assertRefused(
                () -> targets.create(dropouts, city, 2021, TargetDirection.REACH_ZERO, BigDecimal.ONE, null),
                "catalogue.target.error.reachZero");
        assertRefused(
                () -> targets.create(
                        indicatorId(db, "meal_schools"),
                        city,
                        2021,
                        TargetDirection.INCREASE_TO,
                        new BigDecimal("156.5"),
                        null),
                "catalogue.target.error.scale");
        assertRefused(
                () -> targets.create(dropouts, city, 2020, TargetDirection.REACH_ZERO, BigDecimal.ZERO, null),
                "catalogue.target.error.exists");
        // 龙海市 became 龙海区 in 2021: a 2021 target belongs to the new unit.
        assertRefused(
                () -> targets.create(
                        dropouts, divisionId(db, "350681"), 2021, TargetDirection.REACH_ZERO, BigDecimal.ZERO, null),
                "catalogue.target.error.division");
        assertThat(auditCount(db)).isEqualTo(audited);
        assertThat(targets.divisions(2021))
                .extracting(Division::code)
                .startsWith("350600")
                .contains("350604")
                .doesNotContain("350681");
    }

    @Test
    void copying_from_last_year_adds_only_the_missing_targets_and_says_how_many() {
        int city = divisionId(db, "350600");
        targets.create(
                indicatorId(db, "meal_schools"), city, 2021, TargetDirection.INCREASE_TO, new BigDecimal("170"), null);
        // 61 targets of 2020, less the one set by hand; 龙海市's and 长泰县's go to 龙海区 and 长泰区
        assertThat(targets.copyFromLastYear(2021)).isEqualTo(60);
        assertThat(targets.copyFromLastYear(2021)).isZero();
        var y2021 = targets.list(2021, city).stream()
                .filter(t -> t.divisionCode().equals("350600"))
                .toList();
        assertThat(y2021).hasSize(6);
        assertThat(y2021)
                .filteredOn(t -> t.indicatorId() == indicatorId(db, "meal_schools"))
                .singleElement()
                .satisfies(t -> assertThat(t.value()).isEqualByComparingTo("170"));
        assertThat(y2021)
                .filteredOn(t -> t.indicatorId() == indicatorId(db, "family_doctor"))
                .singleElement()
                .satisfies(t -> assertThat(t.value()).isEqualByComparingTo("115000"));
        var longhai2020 = targets.list(2020, city).stream()
                .filter(t -> t.divisionCode().equals("350681"))
                .toList();
        var longhai2021 = targets.list(2021, city).stream()
                .filter(t -> t.divisionCode().equals("350604"))
                .toList();
        assertThat(longhai2020).isNotEmpty();
        assertThat(longhai2021)
                .as("the renamed district carries its predecessor's targets")
                .extracting(TargetRow::indicatorId, t -> t.value().stripTrailingZeros())
                .containsExactlyInAnyOrderElementsOf(longhai2020.stream()
                        .map(t -> Tuple.tuple(t.indicatorId(), t.value().stripTrailingZeros()))
                        .toList());
        assertThat(targets.list(2021, city))
                .noneMatch(t ->
                        t.divisionCode().equals("350681") || t.divisionCode().equals("350625"));
    }

    @Test
    void a_towns_target_is_set_on_its_countys_page_copied_into_the_next_year_and_ranks_it_on_the_countys_dashboard() {
        Catalogue.addDivision(db, "350602001", "东铺头街道", "town", "350602");
        Catalogue.addDivision(db, "350602002", "西桥街道", "town", "350602");
        // a town hung directly under the city: no county of the installation is its parent
        Catalogue.addDivision(db, "350600999", "无县镇", "town", "350600");
        int xiangcheng = divisionId(db, "350602");
        int dongputou = divisionId(db, "350602001");
        int road = indicatorId(db, "road_widening");

        assertThat(targets.towns(xiangcheng, 2020))
                .extracting(Division::code)
                .containsExactly("350602001", "350602002");
        targets.create(road, dongputou, 2020, TargetDirection.INCREASE_TO, new BigDecimal("1.5"), "补设街道目标");
        assertThat(targets.list(2020, xiangcheng))
                .as("芗城区's page: its own targets and its towns'")
                .extracting(TargetRow::divisionCode)
                .contains("350602", "350602001");

        var town = dashboards.dashboard(DashboardFilter.year(2020).withDivision("350602001"));
        var roads = town.districtIndicators().stream()
                .filter(i -> i.code().equals("road_widening"))
                .findFirst()
                .orElseThrow();
        assertThat(town.focus().code()).isEqualTo("350602001");
        assertThat(town.target(roads, dongputou))
                .as("the town's own page measures it against its own target")
                .hasValueSatisfying(t -> assertThat(t.value()).isEqualByComparingTo("1.5"));

        targets.copyFromLastYear(2021);
        assertThat(targets.list(2021, xiangcheng))
                .as("copied with its county's")
                .anyMatch(t -> t.divisionCode().equals("350602001") && t.indicatorId() == road);

        int audited = auditCount(db);
        assertRefused(
                () -> targets.create(
                        road, divisionId(db, "350600999"), 2020, TargetDirection.INCREASE_TO, BigDecimal.ONE, null),
                "catalogue.target.error.division");
        assertRefused(() -> targets.towns(divisionId(db, "350600"), 2020), "catalogue.target.error.division");
        assertThat(auditCount(db)).isEqualTo(audited);
    }

    /**
     * Setting 2020's target of 营养改善计划学校 for 芗城区 turned its published 完成 into 未完成 with no
     * reason and no revision (a stranger's trial): a target of a published year is part of the result.
     */
    @Test
    void a_published_years_target_changes_only_with_its_reason_and_each_change_is_kept_as_a_revision() {
        int city = divisionId(db, "350600");
        assertThat(targets.revisionRequired(2020, city)).as("2020 is published").isTrue();
        assertThat(targets.revisionRequired(2021, city)).as("2021 is not").isFalse();
        assertThat(targets.copyAllowed(2020))
                .as("no copying into a published year")
                .isFalse();
        assertThat(targets.copyAllowed(2021)).isTrue();
        var meals = targets.list(2020, city).stream()
                .filter(t -> t.divisionCode().equals("350600") && t.indicatorId() == indicatorId(db, "meal_schools"))
                .findFirst()
                .orElseThrow();
        int audited = auditCount(db);
        for (var blank : new String[] {null, "", "  "}) {
            assertRefused(
                    () -> targets.update(
                            meals.id(),
                            meals.version(),
                            meals.direction(),
                            meals.value().add(BigDecimal.TEN),
                            blank),
                    "catalogue.target.error.reasonRequired");
            assertRefused(
                    () -> targets.remove(meals.id(), meals.version(), blank), "catalogue.target.error.reasonRequired");
            assertRefused(
                    () -> targets.create(
                            indicatorId(db, "cross_inspected"),
                            divisionId(db, "350602"),
                            2020,
                            TargetDirection.INCREASE_TO,
                            BigDecimal.ONE,
                            blank),
                    "catalogue.target.error.reasonRequired");
        }
        assertRefused(() -> targets.copyFromLastYear(2020), "catalogue.target.error.copyPublished");
        assertThat(targets.update(meals.id(), meals.version(), meals.direction(), meals.value(), null))
                .as("saved unchanged: no reason asked, nothing revised")
                .isEqualTo(meals);
        assertThat(auditCount(db)).as("nothing refused is recorded").isEqualTo(audited);
        assertThat(targets.list(2020, city)).contains(meals);

        var raised = targets.update(
                meals.id(), meals.version(), meals.direction(), meals.value().add(BigDecimal.TEN), " 省里下达的任务调整 ");
        assertThat(raised.revisions()).isEqualTo(1);
        targets.remove(raised.id(), raised.version(), "指标并入其他考核");
        assertThat(targets.revisions(meals.id()))
                .extracting(
                        r -> r.oldValue() == null ? null : r.oldValue().stripTrailingZeros(),
                        r -> r.newValue() == null ? null : r.newValue().stripTrailingZeros(),
                        TargetRevision::newDirection,
                        TargetRevision::reason,
                        TargetRevision::changedBy)
                .containsExactly(
                        Tuple.tuple(
                                meals.value().stripTrailingZeros(),
                                meals.value().add(BigDecimal.TEN).stripTrailingZeros(),
                                meals.direction(),
                                "省里下达的任务调整",
                                "系统管理员"),
                        Tuple.tuple(
                                meals.value().add(BigDecimal.TEN).stripTrailingZeros(),
                                null,
                                null,
                                "指标并入其他考核",
                                "系统管理员"));
        var added = targets.create(
                indicatorId(db, "cross_inspected"),
                divisionId(db, "350602"),
                2020,
                TargetDirection.INCREASE_TO,
                BigDecimal.ONE,
                "补设区级目标");
        assertThat(targets.revisions(added.id()))
                .singleElement()
                .satisfies(r -> assertThat(r.oldValue()).isNull())
                .satisfies(r -> assertThat(r.newValue()).isEqualByComparingTo("1"));
        assertThat(audit(db, "target", meals.id()))
                .extracting(e -> e.getAction(), e -> e.getReason())
                .containsExactly(Tuple.tuple("target.update", "省里下达的任务调整"), Tuple.tuple("target.remove", "指标并入其他考核"));

        var unpublished = targets.create(
                indicatorId(db, "road_widening"), city, 2021, TargetDirection.INCREASE_TO, BigDecimal.ONE, null);
        var changed = targets.update(
                unpublished.id(), unpublished.version(), TargetDirection.INCREASE_TO, BigDecimal.TWO, null);
        assertThat(changed.revisions())
                .as("a year not published has no revisions")
                .isZero();
        assertThat(targets.revisions(unpublished.id())).isEmpty();
        assertThat(events.stream(TargetRevised.class))
                .as("each revision tells the open dashboards; the unpublished year's changes do not")
                .extracting(TargetRevised::targetId)
                .containsExactly(meals.id(), meals.id(), added.id());
    }

    /**
     * A tester saved 99999999999999999999999 as 2020's target of 营养改善计划学校: it made a new data edition,
     * overflowed the dashboard's tile and was printed for good in the year-in-review's 修订说明. A target
     * no figure can reach is refused, naming the range, and nothing is written, audited or revised.
     */
    @Test
    void a_target_no_figure_of_the_indicator_can_reach_is_refused_with_the_range_and_nothing_changes() {
        int city = divisionId(db, "350600");
        var meals = targets.list(2020, city).stream()
                .filter(t -> t.divisionCode().equals("350600") && t.indicatorId() == indicatorId(db, "meal_schools"))
                .findFirst()
                .orElseThrow();
        int audited = auditCount(db);
        int revisions = targets.revisions(meals.id()).size();
        int xiangcheng2021 = targets.list(2021, divisionId(db, "350602")).size();
        var absurd = new BigDecimal("99999999999999999999999");
        assertThatThrownBy(() ->
                        targets.update(meals.id(), meals.version(), TargetDirection.INCREASE_TO, absurd, "学校数核实后调整"))
                .isInstanceOf(RefusedException.class)
                .satisfies(e -> {
                    var refused = (RefusedException) e;
                    assertThat(refused.messageKey()).isEqualTo("catalogue.target.error.range");
                    assertThat(refused.parameters()).containsExactly("0", "999,999,999,999,999");
                });
        assertRefused(
                () -> targets.create(
                        indicatorId(db, "cross_inspected"),
                        divisionId(db, "350602"),
                        2021,
                        TargetDirection.INCREASE_TO,
                        new BigDecimal("1E+1000000000"),
                        null),
                "catalogue.target.error.range");
        // a figure of an indicator whose range ends at 100 cannot pass it, so neither can its target
        db.execute("update indicator set max_value = 100 where code = 'road_widening'");
        assertThatThrownBy(() -> targets.create(
                        indicatorId(db, "road_widening"),
                        divisionId(db, "350602"),
                        2021,
                        TargetDirection.INCREASE_TO,
                        new BigDecimal("100.5"),
                        null))
                .isInstanceOf(RefusedException.class)
                .hasMessage("catalogue.target.error.range [0, 100]");
        assertThat(targets.list(2020, city))
                .filteredOn(t -> t.id() == meals.id())
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.value()).isEqualByComparingTo(meals.value());
                    assertThat(t.version()).isEqualTo(meals.version());
                });
        assertThat(targets.revisions(meals.id())).hasSize(revisions);
        assertThat(events.stream(TargetRevised.class)).isEmpty();
        assertThat(targets.list(2021, divisionId(db, "350602"))).hasSize(xiangcheng2021);
        assertThat(auditCount(db)).isEqualTo(audited);
        var largest = targets.create(
                indicatorId(db, "road_widening"),
                divisionId(db, "350602"),
                2021,
                TargetDirection.INCREASE_TO,
                new BigDecimal("100"),
                null);
        assertThat(largest.value()).isEqualByComparingTo("100");
    }

    /**
     * A first target of 2021 set after January was published asked for a revision's reason and showed
     * 「已修订」 (a tester's tour): setting a target where none was is planning in a year still running, not a
     * revision. Nor is changing or removing it before the next publication: a first target typed wrong
     * (99,999,999,999,999) was removable only with a revision's reason, and the slip was printed in the
     * year-in-review's 修订说明 (a tester's tour). Once a period is published with it, changing or removing it
     * is a revision, and so is setting again one removed with its reason.
     */
    @Test
    void a_target_set_after_the_last_publication_of_a_running_year_is_no_revision_until_the_next() {
        publishJanuary2021();
        int xiangcheng = divisionId(db, "350602");
        int roads = indicatorId(db, "road_widening");
        int audited = auditCount(db);
        int revisions = revisionCount();
        var first = targets.create(roads, xiangcheng, 2021, TargetDirection.INCREASE_TO, new BigDecimal("12"), null);
        assertThat(first.revisions()).isZero();
        assertThat(targets.revisions(first.id())).isEmpty();
        assertThat(events.stream(TargetRevised.class))
                .as("no revision to tell the dashboards of")
                .isEmpty();
        assertThat(auditCount(db)).as("audited as any change").isEqualTo(audited + 1);
        assertThat(as("leader", () -> dashboards.dashboard(DashboardFilter.year(2021)))
                        .targets())
                .filteredOn(t -> t.indicatorId() == roads && t.divisionId() == xiangcheng)
                .singleElement()
                .satisfies(t -> assertThat(t.revised()).as("no 已修订 beside it").isFalse());

        var typo = targets.create(
                indicatorId(db, "passing_bays"),
                xiangcheng,
                2021,
                TargetDirection.INCREASE_TO,
                new BigDecimal("99999999999999"),
                null);
        assertThat(targets.revisionRequiredToChange(typo.id()))
                .as("January was published before it was typed")
                .isFalse();
        targets.remove(typo.id(), typo.version(), null);
        assertThat(revisionCount()).as("no revision to print").isEqualTo(revisions);
        var corrected =
                targets.update(first.id(), first.version(), TargetDirection.INCREASE_TO, new BigDecimal("13"), null);
        assertThat(corrected.revisions()).isZero();

        publishJanuary2021();
        assertThat(targets.revisionRequiredToChange(corrected.id()))
                .as("published since it was set")
                .isTrue();
        assertRefused(
                () -> targets.update(
                        corrected.id(), corrected.version(), TargetDirection.INCREASE_TO, BigDecimal.TEN, null),
                "catalogue.target.error.reasonRequired");
        var lowered = targets.update(
                corrected.id(), corrected.version(), TargetDirection.INCREASE_TO, BigDecimal.TEN, "区里调减任务");
        assertThat(lowered.revisions()).isEqualTo(1);
        targets.remove(lowered.id(), lowered.version(), "本年不再考核");
        assertRefused(
                () -> targets.create(roads, xiangcheng, 2021, TargetDirection.INCREASE_TO, BigDecimal.ONE, null),
                "catalogue.target.error.reasonRequired");
        var again = targets.create(roads, xiangcheng, 2021, TargetDirection.INCREASE_TO, BigDecimal.ONE, "恢复考核");
        assertThat(targets.revisions(again.id()))
                .singleElement()
                .satisfies(r -> assertThat(r.oldValue()).isNull());
    }

    /**
     * 从上年复制 was refused once January 2021 was published while the empty list still offered it (a tester's
     * tour). It adds only targets where none is set, which is no revision while the year runs; it overwrites
     * none, and leaves out one removed after publication, which only a revision with its reason sets again.
     */
    @Test
    void copying_into_a_running_year_with_january_published_adds_only_the_missing_targets() {
        int city = divisionId(db, "350600");
        int xiangcheng = divisionId(db, "350602");
        int meals = indicatorId(db, "meal_schools");
        int roads = indicatorId(db, "road_widening");
        var own = targets.create(meals, city, 2021, TargetDirection.INCREASE_TO, new BigDecimal("170"), null);
        var dropped = targets.create(roads, xiangcheng, 2021, TargetDirection.INCREASE_TO, BigDecimal.TEN, null);
        publishJanuary2021();
        targets.remove(dropped.id(), dropped.version(), "本年不再考核");
        assertThat(targets.copyAllowed(2021)).isTrue();
        // 61 targets of 2020, less the city's meal schools set by hand and 芗城区's roads removed with a reason
        assertThat(targets.copyFromLastYear(2021)).isEqualTo(59);
        assertThat(targets.list(2021, city))
                .filteredOn(t -> t.indicatorId() == meals && t.divisionId() == city)
                .singleElement()
                .satisfies(t -> assertThat(t.value()).isEqualByComparingTo("170"))
                .satisfies(t -> assertThat(t.version()).as("not overwritten").isEqualTo(own.version()));
        assertThat(targets.list(2021, xiangcheng))
                .noneMatch(t -> t.indicatorId() == roads && t.divisionId() == xiangcheng);
        assertThat(targets.list(2021, city)).allMatch(t -> t.revisions() == 0);
        assertThat(targets.copyAllowed(2020)).as("2020 is over and published").isFalse();
        assertRefused(() -> targets.copyFromLastYear(2020), "catalogue.target.error.copyPublished");
    }

    private int revisionCount() {
        return db.fetchSingle("select count(*) from target_revision").get(0, Integer.class);
    }

    private void publishJanuary2021() {
        // at the moment it happens, as the review page publishes, not at the test transaction's start
        db.execute("update period set status = 'published', published_at = clock_timestamp()"
                + " where year = 2021 and month = 1");
    }

    private static void assertRefused(Runnable call, String key) {
        assertThatThrownBy(call::run)
                .isInstanceOf(RefusedException.class)
                .extracting(e -> ((RefusedException) e).messageKey())
                .isEqualTo(key);
    }
}
