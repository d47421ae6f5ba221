package org.minsheng.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minsheng.support.SignedIn.as;

import java.math.BigDecimal;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.RefusedException;
import org.minsheng.dashboard.DashboardService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** Entering figures as 芗城区's statistician into the open period, January 2021 (rolled back after each test). */
@IntegrationTest
@Transactional
class FigureEntryTest {

    @Autowired
    FigureService entry;

    @Autowired
    DashboardService dashboards;

    @Autowired
    DSLContext db;

    @Test
    void a_saved_draft_is_kept_but_never_reaches_the_dashboard() {
        var saved = save("meal_schools", "4", 0);
        assertThat(saved.saved()).isTrue();
        assertThat(saved.cell().state()).isEqualTo(CellState.DRAFT);
        assertThat(saved.cell().value()).isEqualByComparingTo("4");
        assertThat(saved.cell().lastYearValue()).isEqualByComparingTo("4");
        assertThat(saved.cell().previousValue()).as("December 2020").isEqualByComparingTo("4");
        var y2021 = as("leader", () -> dashboards.cityYear(2021));
        assertThat(y2021.cells()).isEmpty();
    }

    @Test
    void zero_not_applicable_and_missing_are_three_different_things() {
        var zero = save("dropouts", "0", 0).cell();
        assertThat(zero.value()).isZero();
        assertThat(zero.notApplicable()).isFalse();
        var notApplicable = save("dropouts", "不适用", zero.version()).cell();
        assertThat(notApplicable.value()).isNull();
        assertThat(notApplicable.notApplicable()).isTrue();
        var cleared = save("dropouts", "", notApplicable.version()).cell();
        assertThat(cleared.state()).isEqualTo(CellState.EMPTY);
        assertThat(figureRows()).isZero();
    }

    @Test
    void values_typed_with_a_chinese_input_method_are_understood() {
        assertThat(save("family_doctor", "３，３００", 0).cell().value()).isEqualByComparingTo("3300");
    }

    @Test
    void invalid_values_are_refused_with_their_reason_and_write_nothing() {
        long auditBefore = auditRows();
        assertThat(error("meal_schools", "四所")).isEqualTo("figure.error.notANumber");
        assertThat(error("meal_schools", "4.5")).isEqualTo("figure.error.wholeNumber");
        assertThat(error("road_widening", "2.55")).isEqualTo("figure.error.tooManyDecimals");
        assertThat(error("passing_bays", "-1")).isEqualTo("figure.error.negative");
        assertThat(error("meal_schools", "=1+1")).isEqualTo("figure.error.notANumber");
        assertThat(figureRows()).isZero();
        assertThat(auditRows()).isEqualTo(auditBefore);
    }

    @Test
    void road_widening_keeps_its_one_decimal() {
        assertThat(save("road_widening", "2.5", 0).cell().value())
                .isEqualByComparingTo("2.5")
                .hasScaleOf(1);
    }

    @Test
    void a_statistician_cannot_write_or_read_another_district() {
        var zhangpu = divisionId("350623");
        var key = new CellKey(indicatorId("meal_schools"), zhangpu, january2021());
        assertThatThrownBy(() -> as("stat-xiangcheng", () -> entry.save(FigureInput.of(key, "24", 0))))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("figure.error.outOfScope");
        var sheet = as("stat-xiangcheng", () -> entry.sheet(january2021()));
        assertThat(sheet.divisions()).extracting(d -> d.code()).containsExactly("350602");
        assertThat(sheet.indicators())
                .extracting(i -> i.code())
                .containsExactly("meal_schools", "dropouts", "family_doctor", "road_widening", "passing_bays");
        assertThatThrownBy(() -> as("stat-xiangcheng", () -> entry.check(january2021(), zhangpu)))
                .isInstanceOf(RefusedException.class);
    }

    @Test
    void only_statisticians_enter_figures() {
        var key = key("meal_schools");
        for (var user : new String[] {"leader", "reviewer", "comms", "admin"}) {
            assertThatThrownBy(() -> as(user, () -> entry.save(FigureInput.of(key, "4", 0))))
                    .as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(figureRows()).isZero();
    }

    @Test
    void a_published_period_is_locked_unless_a_correction_gives_its_reason() {
        var december = periodId(2020, 12);
        var key = new CellKey(indicatorId("meal_schools"), divisionId("350602"), december);
        int version = (int) number(
                "select version from figure where indicator_id = ? and division_id = ? and period_id = ?",
                key.indicatorId(),
                key.divisionId(),
                key.periodId());
        var refused = as("stat-xiangcheng", () -> entry.save(FigureInput.of(key, "5", version)));
        assertThat(refused.errors())
                .extracting(Finding::messageKey)
                .containsExactly("figure.error.correctionNeedsReason");
        var correction =
                as("stat-xiangcheng", () -> entry.save(new FigureInput(key, "5", false, null, version, "漏报一所学校")));
        assertThat(correction.cell().state()).isEqualTo(CellState.DRAFT);
        assertThat(correction.cell().correctionReason()).isEqualTo("漏报一所学校");
        assertThat(correction.cell().approvedValue()).as("still published").isEqualByComparingTo("4");
        var year = as("leader", () -> dashboards.cityYear(2020));
        assertThat(year.total(year.indicators().getFirst()).orElseThrow().value())
                .isEqualByComparingTo("156");
    }

    @Test
    void a_stale_edit_is_refused_with_the_other_value_and_changes_nothing() {
        var first = save("passing_bays", "1", 0).cell();
        save("passing_bays", "2", first.version());
        long audit = auditRows();
        assertThatThrownBy(() -> save("passing_bays", "3", first.version()))
                .isInstanceOfSatisfying(ConflictException.class, conflict -> {
                    assertThat(conflict.current().value()).isEqualByComparingTo("2");
                    assertThat(conflict.current().version()).isGreaterThan(first.version());
                });
        assertThat(auditRows()).isEqualTo(audit);
        assertThatThrownBy(() -> save("meal_schools", "3", 7)).isInstanceOf(ConflictException.class);
    }

    @Test
    void two_people_filling_the_same_empty_cell_do_not_overwrite_each_other() {
        var first = save("meal_schools", "4", 0);
        assertThat(first.cell().version()).isPositive();
        assertThatThrownBy(() -> save("meal_schools", "5", 0))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        conflict -> assertThat(conflict.current().value()).isEqualByComparingTo("4"));
    }

    /** Every cell of 芗城区's sheet but 家庭医生签约覆盖, within their checks: that one is the test's. */
    private void saveAllButFamilyDoctors() {
        save("meal_schools", "4", 0);
        save("dropouts", "0", 0);
        save("road_widening", "0.2", 0);
        save("passing_bays", "0", 0);
    }

    /** Two warnings of one cell ask for its explanation once: the refusal listed the same request twice (a tester's tour). */
    @Test
    void a_cell_with_two_warnings_is_asked_for_its_explanation_once() {
        saveAllButFamilyDoctors();
        var jump = save("family_doctor", "99999", 0).cell();
        assertThat(jump.findings())
                .extracting(Finding::messageKey)
                .containsExactlyInAnyOrder("figure.warning.yearOnYear", "figure.warning.outlier");

        assertThat(submit().problems())
                .extracting(Finding::messageKey)
                .containsExactly("figure.error.explanationNeeded");
    }

    @Test
    void a_big_jump_from_last_year_is_a_warning_that_needs_an_explanation_to_submit() {
        saveAllButFamilyDoctors();
        var jump = save("family_doctor", "5000", 0).cell();
        assertThat(jump.findings()).extracting(Finding::messageKey).containsExactly("figure.warning.yearOnYear");
        assertThat(jump.findings().getFirst().parameters()).contains(new BigDecimal("3276"), new BigDecimal("53"));

        var refused = submit();
        assertThat(refused.ok()).isFalse();
        assertThat(refused.problems())
                .extracting(Finding::messageKey)
                .containsExactly("figure.error.explanationNeeded");
        assertThat(state("family_doctor")).isEqualTo(CellState.DRAFT);

        as(
                "stat-xiangcheng",
                () -> entry.save(new FigureInput(jump.key(), "5000", false, "新增签约团队，覆盖扩大", jump.version(), null)));
        var submitted = submit();
        assertThat(submitted.ok()).isTrue();
        assertThat(submitted.submitted()).isEqualTo(5);
        assertThat(state("family_doctor")).isEqualTo(CellState.SUBMITTED);
    }

    @Test
    void a_district_cannot_submit_with_missing_figures() {
        save("meal_schools", "4", 0);
        var result = submit();
        assertThat(result.problems())
                .extracting(Finding::messageKey)
                .containsOnly("figure.error.missing")
                .hasSize(4);
        assertThat(state("meal_schools")).isEqualTo(CellState.DRAFT);
    }

    @Test
    void a_cross_indicator_rule_warns_when_inspected_schools_outnumber_the_programme() {
        var year2020 = periodId(2020, null);
        var key = new CellKey(indicatorId("cross_inspected"), divisionId("350602"), year2020);
        int version = (int) number(
                "select version from figure where indicator_id = ? and division_id = ? and period_id = ?",
                key.indicatorId(),
                key.divisionId(),
                key.periodId());
        var cell = as("stat-xiangcheng", () -> entry.save(new FigureInput(key, "10", false, null, version, "补录检查")))
                .cell();
        assertThat(cell.findings()).extracting(Finding::messageKey).contains("figure.rule");
        assertThat(cell.findings().getFirst().parameters()).contains(new BigDecimal("10"), new BigDecimal("4"));
    }

    @Test
    void every_saved_change_writes_one_audit_entry_with_old_and_new_values() {
        long before = auditRows();
        var cell = save("meal_schools", "4", 0).cell();
        save("meal_schools", "5", cell.version());
        assertThat(auditRows()).isEqualTo(before + 2);
        var last = db.fetchOne("select action, old_value::text as old, new_value::text as new, source::text as source "
                + "from audit_entry order by id desc limit 1");
        assertThat(last.get("action", String.class)).isEqualTo("edit");
        assertThat(last.get("old", String.class)).contains("\"value\": \"4\"");
        assertThat(last.get("new", String.class)).contains("\"value\": \"5\"");
        assertThat(last.get("source", String.class)).isEqualTo("form");
    }

    /**
     * A save that asks for an explanation takes the keyboard to it, so a statistician typing a column of
     * values put the next cell's 4300, or 不适用, into the explanation, and it was saved and submitted as
     * one (a stranger's tour). An explanation that reads as a value is refused at the cell; the value
     * stays as saved, without it.
     */
    @Test
    void an_explanation_that_is_only_a_value_is_refused_and_changes_nothing() {
        var jump = save("family_doctor", "5000", 0).cell();
        assertThat(jump.findings()).extracting(Finding::messageKey).containsExactly("figure.warning.yearOnYear");
        long audited = auditRows();
        for (var typed : new String[] {"4300", "４,３００", "12.5%", "不适用", "N/A"}) {
            var result = as(
                    "stat-xiangcheng",
                    () -> entry.save(new FigureInput(jump.key(), "5000", false, typed, jump.version(), null)));
            assertThat(result.saved()).as(typed).isFalse();
            assertThat(result.errors())
                    .as(typed)
                    .extracting(Finding::messageKey)
                    .containsExactly("figure.error.explanationIsValue");
        }
        assertThat(auditRows()).as("nothing written").isEqualTo(audited);
        var explained = as(
                "stat-xiangcheng",
                () -> entry.save(new FigureInput(jump.key(), "5000", false, "新增签约团队 3 个", jump.version(), null)));
        assertThat(explained.saved()).as("words with a number in them explain").isTrue();
    }

    // --- helpers -------------------------------------------------------------------------------

    private SaveResult save(String indicator, String text, int version) {
        return as("stat-xiangcheng", () -> entry.save(FigureInput.of(key(indicator), text, version)));
    }

    private String error(String indicator, String text) {
        var result = save(indicator, text, 0);
        assertThat(result.saved()).isFalse();
        return result.errors().getFirst().messageKey();
    }

    private SubmitResult submit() {
        return as("stat-xiangcheng", () -> entry.submit(january2021(), divisionId("350602")));
    }

    private CellState state(String indicator) {
        return as("stat-xiangcheng", () -> entry.sheet(january2021())).cells().stream()
                .filter(c -> c.indicator().code().equals(indicator))
                .findFirst()
                .orElseThrow()
                .state();
    }

    CellKey key(String indicator) {
        return new CellKey(indicatorId(indicator), divisionId("350602"), january2021());
    }

    int january2021() {
        return periodId(2021, 1);
    }

    int periodId(int year, Integer month) {
        return (int) number("select id from period where year = ? and month is not distinct from ?", year, month);
    }

    int indicatorId(String code) {
        return (int) number("select id from indicator where code = ?", code);
    }

    int divisionId(String code) {
        return (int) number("select id from division where code = ?", code);
    }

    long figureRows() {
        return number("select count(*) from figure where period_id = ?", january2021());
    }

    private long number(String sql, Object... bindings) {
        return db.fetchSingle(sql, bindings).get(0, Long.class);
    }

    long auditRows() {
        return number("select count(*) from audit_entry");
    }
}
