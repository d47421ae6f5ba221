package org.minsheng.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minsheng.support.SignedIn.as;

import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.RefusedException;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.support.YearTotals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** Maker-checker from submission to publication and revision, on the demo data (rolled back per test). */
@IntegrationTest
@Transactional
class ReviewWorkflowTest {

    private static final Map<String, String> JANUARY = Map.of(
            "meal_schools", "4", "dropouts", "0", "family_doctor", "3300", "road_widening", "0.3", "passing_bays", "1");

    @Autowired
    FigureService entry;

    @Autowired
    ReviewService review;

    @Autowired
    DashboardService dashboards;

    @Autowired
    DSLContext db;

    @Test
    void submitted_figures_are_returned_with_a_reason_fixed_resubmitted_approved_and_published() {
        enterAndSubmitJanuary();
        var queue = as("reviewer", () -> review.queue(january()));
        assertThat(queue).hasSize(5).allMatch(Cell::changedSinceApproval);

        var bays = cell(queue, "passing_bays");
        as("reviewer", () -> review.returnCell(bays.key(), bays.version(), "请核实错车道数量"));
        var returned = sheetCell("passing_bays");
        assertThat(returned.state()).isEqualTo(CellState.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("请核实错车道数量");

        as("stat-xiangcheng", () -> entry.save(FigureInput.of(returned.key(), "2", returned.version())));
        assertThat(as("stat-xiangcheng", () -> entry.submit(january(), xiangcheng()))
                        .submitted())
                .isEqualTo(1);

        assertThat(as("reviewer", () -> review.approveDivision(january(), xiangcheng())))
                .isEqualTo(5);
        assertThat(sheetCell("passing_bays").state()).isEqualTo(CellState.APPROVED);
        assertThat(sheetCell("passing_bays").revision()).isEqualTo(1);
        assertThat(as("leader", () -> dashboards.cityYear(2021)).revision())
                .as("not a correction")
                .isEqualTo(1);

        var year = as("leader", () -> dashboards.cityYear(2021));
        assertThat(YearTotals.of(year, "passing_bays")).isEqualTo("2");
        assertThat(YearTotals.of(year, "family_doctor")).isEqualTo("3300");

        as("reviewer", () -> review.publish(january()));
        assertThat(sheetCell("meal_schools").state()).isEqualTo(CellState.PUBLISHED);
        assertThat(as(
                                "stat-xiangcheng",
                                () -> entry.save(FigureInput.of(
                                        sheetCell("meal_schools").key(),
                                        "5",
                                        sheetCell("meal_schools").version())))
                        .errors())
                .extracting(Finding::messageKey)
                .containsExactly("figure.error.correctionNeedsReason");
    }

    @Test
    void a_published_figure_typed_again_as_it_stands_corrects_nothing_and_a_bad_value_is_said_before_the_reason() {
        enterAndSubmitJanuary();
        as("reviewer", () -> review.approveDivision(january(), xiangcheng()));
        as("reviewer", () -> review.publish(january()));
        var edition = as("leader", () -> dashboards.cityYear(2021)).revision();
        var road = sheetCell("road_widening");
        assertThat(road.state()).isEqualTo(CellState.PUBLISHED);
        // a tester's tour: typed back as it stands, it went to review as a correction and was marked †
        for (var same : List.of("0.3", "0.30", " 0.3 ")) {
            var result = as("stat-xiangcheng", () -> entry.save(FigureInput.of(road.key(), same, road.version())));
            assertThat(result.errors()).as(same).isEmpty();
            assertThat(result.cell().state()).as(same).isEqualTo(CellState.PUBLISHED);
        }
        var after = sheetCell("road_widening");
        assertThat(after.state()).isEqualTo(CellState.PUBLISHED);
        assertThat(after.version()).isEqualTo(road.version());
        assertThat(after.revision()).isEqualTo(road.revision());
        assertThat(as("leader", () -> dashboards.cityYear(2021)).revision()).isEqualTo(edition);
        // no number is said as such, not as a correction waiting for its reason
        assertThat(as("stat-xiangcheng", () -> entry.save(FigureInput.of(road.key(), "12abc", road.version())))
                        .errors())
                .extracting(Finding::messageKey)
                .isNotEmpty()
                .doesNotContain("figure.error.correctionNeedsReason");
        // a real change still asks for its reason
        assertThat(as("stat-xiangcheng", () -> entry.save(FigureInput.of(road.key(), "0.4", road.version())))
                        .errors())
                .extracting(Finding::messageKey)
                .containsExactly("figure.error.correctionNeedsReason");
    }

    @Test
    void returning_needs_a_reason() {
        enterAndSubmitJanuary();
        var cell = cell(as("reviewer", () -> review.queue(january())), "meal_schools");
        assertThatThrownBy(() -> as("reviewer", () -> review.returnCell(cell.key(), cell.version(), "  ")))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("review.error.reasonRequired");
        assertThat(sheetCell("meal_schools").state()).isEqualTo(CellState.SUBMITTED);
    }

    @Test
    void a_reviewer_never_approves_their_own_entry() {
        enterAndSubmitJanuary();
        db.execute(
                "update figure set entered_by = (select id from app_user where username = 'reviewer') "
                        + "where period_id = ? and indicator_id = (select id from indicator where code = 'dropouts')",
                january());
        var own = cell(as("reviewer", () -> review.queue(january())), "dropouts");
        assertThatThrownBy(() -> as("reviewer", () -> review.approve(own.key(), own.version())))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("review.error.ownEntry");
        assertThatThrownBy(() -> as("reviewer", () -> review.approveDivision(january(), xiangcheng())))
                .isInstanceOf(RefusedException.class);
        assertThat(sheetCell("meal_schools").state()).as("nothing approved").isEqualTo(CellState.SUBMITTED);
    }

    @Test
    void a_period_with_pending_figures_cannot_be_published() {
        enterAndSubmitJanuary();
        assertThatThrownBy(() -> as("reviewer", () -> review.publish(january())))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("review.error.pending");
        assertThat(db.fetchValue("select status::text from period where id = " + january()))
                .isEqualTo("open");
    }

    @Test
    void statisticians_leaders_and_communications_cannot_review() {
        enterAndSubmitJanuary();
        var cell = cell(as("reviewer", () -> review.queue(january())), "meal_schools");
        for (var user : new String[] {"stat-xiangcheng", "stat-zhangpu", "leader", "comms", "admin"}) {
            assertThatThrownBy(() -> as(user, () -> review.approve(cell.key(), cell.version())))
                    .as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(user, () -> review.publish(january())))
                    .as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_published_figure_changes_only_through_a_revision_with_its_reason_and_history() {
        var key = december2020("meal_schools");
        int version = version(key);
        assertThatThrownBy(
                        () -> as("reviewer", () -> review.revise(new FigureInput(key, "5", false, null, version, " "))))
                .isInstanceOf(RefusedException.class);

        var revised = as("reviewer", () -> review.revise(new FigureInput(key, "5", false, null, version, "补报一所学校")));
        assertThat(revised.revision()).isEqualTo(2);
        assertThat(revised.state()).isEqualTo(CellState.PUBLISHED);

        var history = as("reviewer", () -> entry.history(key));
        assertThat(history).extracting(Revision::revision).containsExactly(1, 2);
        assertThat(history.get(0).value()).isEqualByComparingTo("4");
        assertThat(history.get(1).value()).isEqualByComparingTo("5");
        assertThat(history.get(1).reason()).isEqualTo("补报一所学校");
        assertThat(history.get(1).correction()).isTrue();

        var year = as("leader", () -> dashboards.cityYear(2020));
        assertThat(YearTotals.of(year, "meal_schools")).isEqualTo("157");
        assertThat(year.revised()).isTrue();
        assertThat(year.revision()).isEqualTo(2);
    }

    @Test
    void a_statisticians_correction_of_a_published_figure_counts_once_re_approved() {
        var key = december2020("passing_bays");
        var draft = as(
                "stat-xiangcheng",
                () -> entry.save(new FigureInput(key, "7", false, "比上年增幅大：新建道路配套", version(key), "漏统计一处")));
        assertThat(draft.saved()).isTrue();
        assertThat(YearTotals.of(as("leader", () -> dashboards.cityYear(2020)), "passing_bays"))
                .isEqualTo("267");
        assertThat(as("stat-xiangcheng", () -> entry.submit(key.periodId(), xiangcheng()))
                        .submitted())
                .isEqualTo(1);
        as("reviewer", () -> review.approve(key, version(key)));
        assertThat(YearTotals.of(as("leader", () -> dashboards.cityYear(2020)), "passing_bays"))
                .isEqualTo("268");
        var history = as("reviewer", () -> entry.history(key));
        assertThat(history.getLast().reason()).isEqualTo("漏统计一处");
        assertThat(history.getLast().correction()).isTrue();
        // who entered the correction and who approved it, beside the value (a stranger's trial found neither)
        assertThat(history.getLast().enteredBy()).isEqualTo("芗城区统计员");
        assertThat(history.getLast().approvedBy()).isEqualTo("市纪委监委审核员");
        assertThat(history.getFirst().enteredBy())
                .as("the demo's first value, loaded approved: its enterer as loaded")
                .isEqualTo("芗城区统计员");
    }

    // --- helpers -------------------------------------------------------------------------------

    private void enterAndSubmitJanuary() {
        var sheet = as("stat-xiangcheng", () -> entry.sheet(january()));
        for (var cell : sheet.cells()) {
            var saved = as(
                    "stat-xiangcheng",
                    () -> entry.save(FigureInput.of(
                            cell.key(), JANUARY.get(cell.indicator().code()), cell.version())));
            assertThat(saved.errors()).isEmpty();
        }
        assertThat(as("stat-xiangcheng", () -> entry.submit(january(), xiangcheng()))
                        .submitted())
                .isEqualTo(5);
    }

    private Cell sheetCell(String indicator) {
        return cell(as("stat-xiangcheng", () -> entry.sheet(january())).cells(), indicator);
    }

    private static Cell cell(List<Cell> cells, String indicator) {
        return cells.stream()
                .filter(c -> c.indicator().code().equals(indicator))
                .findFirst()
                .orElseThrow();
    }

    private CellKey december2020(String indicator) {
        return new CellKey(
                id("select id from indicator where code = '" + indicator + "'"),
                xiangcheng(),
                id("select id from period where year = 2020 and month = 12"));
    }

    private int version(CellKey key) {
        return id("select version from figure where indicator_id = " + key.indicatorId() + " and division_id = "
                + key.divisionId() + " and period_id = " + key.periodId());
    }

    private int january() {
        return id("select id from period where year = 2021 and month = 1");
    }

    private int xiangcheng() {
        return id("select id from division where code = '350602'");
    }

    private int id(String sql) {
        return db.fetchSingle(sql).get(0, Integer.class);
    }
}
