package org.minsheng.figure.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.figure.Cell;
import org.minsheng.period.Period;
import org.minsheng.period.PeriodOverview;
import org.minsheng.support.Catalogue;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class ReviewViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext db;

    @BeforeEach
    void signIn() {
        KaribuSpring.signInAndOpen(context, "reviewer");
    }

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void the_period_list_counts_each_periods_approved_cells_as_it_shows_them() {
        UI.getCurrent().navigate("review");
        @SuppressWarnings("unchecked")
        Grid<PeriodOverview> periods = _get(Grid.class, spec -> spec.withId("period-grid"));
        int december2020 = IntStream.range(0, GridKt._size(periods))
                .filter(row -> {
                    var p = GridKt._get(periods, row);
                    return p.year() == 2020 && Integer.valueOf(12).equals(p.month());
                })
                .findFirst()
                .orElseThrow();
        assertThat(GridKt._getFormatted(periods, december2020, "approved")).isEqualTo("55");
        assertThat(GridKt._getFormatted(periods, 0, "approved"))
                .as("the newest period, of 2021: nothing approved yet")
                .isEqualTo("0");
    }

    /** With next months generated and empty, the page opens on the period whose figures wait. */
    @Test
    void the_page_opens_on_the_newest_period_with_figures_waiting_not_on_an_empty_newer_one() {
        Catalogue.figureIn(db, "meal_schools", "350623", Catalogue.monthId(db, 2021, 1), "submitted", "stat-zhangpu");
        db.execute(
                "insert into period (kind, year, month, due_on, status) values ('month', 2021, 2, date '2021-03-10', 'open')");
        UI.getCurrent().navigate("review");
        @SuppressWarnings("unchecked")
        Grid<PeriodOverview> periods = _get(Grid.class, spec -> spec.withId("period-grid"));
        assertThat(GridKt._get(periods, 0).month())
                .as("the newest period, empty")
                .isEqualTo(2);
        var selected = periods.asSingleSelect().getValue();
        assertThat(selected.month()).isEqualTo(1);
        assertThat(selected.submitted()).isEqualTo(1);
    }

    /**
     * With nothing waiting, the page opens on the period next to publish, the one due first, not on the
     * year's annual report that sorts first: a stranger's trial found 「发布2021年（年报）数据」 the first
     * button in sight while 2021's months were still being reported.
     */
    @Test
    void with_nothing_waiting_the_page_opens_on_the_period_due_first_not_on_the_annual_report() {
        db.execute("insert into period (kind, year, due_on, status) values ('year', 2021, date '2022-01-20', 'open')"
                + " on conflict do nothing");
        db.execute(
                "insert into period (kind, year, month, due_on, status) values ('month', 2021, 2, date '2021-03-10', 'open')");
        UI.getCurrent().navigate("review");
        @SuppressWarnings("unchecked")
        Grid<PeriodOverview> periods = _get(Grid.class, spec -> spec.withId("period-grid"));
        assertThat(IntStream.range(0, GridKt._size(periods)).mapToObj(row -> GridKt._get(periods, row)))
                .as("nothing submitted anywhere")
                .allMatch(p -> p.submitted() == 0);
        var selected = periods.asSingleSelect().getValue();
        assertThat(selected.year()).isEqualTo(2021);
        assertThat(selected.month()).as("January, due first").isEqualTo(1);
    }

    /**
     * Publishing the annual period while months of the year are open says what the year still waits for:
     * 「2021（年报）已发布」 alone read as the year published, while every other page said 年度未发布.
     */
    @Test
    void publishing_the_annual_period_with_months_open_says_the_year_is_not_public_yet() {
        db.execute("insert into period (kind, year, due_on, status) values ('year', 2021, date '2022-01-20', 'open')");
        UI.getCurrent().navigate("review");
        @SuppressWarnings("unchecked")
        Grid<PeriodOverview> periods = _get(Grid.class, spec -> spec.withId("period-grid"));
        var annual = IntStream.range(0, GridKt._size(periods))
                .mapToObj(row -> GridKt._get(periods, row))
                .filter(p -> p.year() == 2021 && p.isYear())
                .findFirst()
                .orElseThrow();
        periods.asSingleSelect().setValue(annual);
        _get(Button.class, spec -> spec.withId("publish-period")).click();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(db.fetchValue("select status::text from period where year = 2021 and kind = 'year'"))
                .isEqualTo("published");
        assertThat(KaribuSpring.notifications())
                .anySatisfy(
                        text -> assertThat(text).startsWith("2021年（年报） 已发布。").contains("2021年的月度报送期尚未全部发布"));
    }

    @Test
    void publishing_an_empty_open_period_locks_it_and_the_page_says_so() {
        UI.getCurrent().navigate("review");
        @SuppressWarnings("unchecked")
        Grid<PeriodOverview> periods = _get(Grid.class, spec -> spec.withId("period-grid"));
        var selected = periods.asSingleSelect().getValue();
        assertThat(selected.year()).isEqualTo(2021);
        assertThat(selected.status()).isEqualTo(PeriodOverview.Status.OPEN);

        _get(Button.class, spec -> spec.withId("publish-period")).click();
        // nobody has reported January 2021: the dialog says so before the period is locked
        var dialog = _get(ConfirmDialog.class, spec -> spec.withId("publish-confirm-missing"));
        assertThat(dialog.getElement().getProperty("message"))
                .isEqualTo("11个填报单位中有11个尚未报齐本期数据。发布后本期数据锁定，缺报的数据只能作为留痕修订补录。");
        assertThat(dialog.getElement().getProperty("confirmText")).isEqualTo("仍然发布");
        ConfirmDialogKt._fireConfirm(dialog);

        assertThat(db.fetchValue("select status::text from period where year = 2021 and month = 1"))
                .isEqualTo("published");
        assertThat(periods.asSingleSelect().getValue().status()).isEqualTo(PeriodOverview.Status.PUBLISHED);
        assertThat(_find(Button.class, spec -> spec.withId("publish-period"))).isEmpty();
    }

    /**
     * A double-click on 发布 opened two confirmations, the second left asking over the published period (a
     * tester's tour): the button is disabled at the click and comes back when the question is cancelled.
     */
    @Test
    void the_publish_button_waits_for_its_question_and_returns_when_it_is_cancelled() {
        UI.getCurrent().navigate("review");
        var publish = _get(Button.class, spec -> spec.withId("publish-period"));
        assertThat(publish.isDisableOnClick()).isTrue();
        publish.click();
        var dialog = _get(ConfirmDialog.class);
        assertThat(publish.isEnabled()).as("while the question is open").isFalse();
        ConfirmDialogKt._fireCancel(dialog);
        dialog.close();
        assertThat(publish.isEnabled()).isTrue();
        assertThat(db.fetchValue("select status::text from period where year = 2021 and month = 1"))
                .isEqualTo("open");
    }

    /**
     * With figures still waiting for review the service refuses to publish, so the page says that at once:
     * it used to ask 「仍然发布？」 about the units not complete and then refuse anyway (a tester's trial).
     */
    @Test
    void publishing_a_period_with_figures_still_submitted_is_refused_at_once_without_a_confirmation() {
        Catalogue.figureIn(db, "meal_schools", "350623", Catalogue.monthId(db, 2021, 1), "submitted", "stat-zhangpu");
        UI.getCurrent().navigate("review");
        @SuppressWarnings("unchecked")
        Grid<PeriodOverview> periods = _get(Grid.class, spec -> spec.withId("period-grid"));
        assertThat(periods.asSingleSelect().getValue().month()).isEqualTo(1);

        _get(Button.class, spec -> spec.withId("publish-period")).click();

        assertThat(_find(ConfirmDialog.class))
                .as("no question about something that cannot happen")
                .isEmpty();
        assertThat(KaribuSpring.notifications()).containsExactly("还有 1 项数据未审核（草稿、已提交或已退回），不能发布：漳浦县");
        assertThat(db.fetchValue("select status::text from period where kind = 'month' and year = 2021 and month = 1"))
                .isEqualTo("open");
        assertThat(_find(Button.class, spec -> spec.withId("publish-period"))).hasSize(1);
    }

    /** The tracker says where a period stands before the rows, and can hide the units that are done. */
    @Test
    void the_tracker_summary_counts_submitted_and_late_units_and_the_switch_leaves_only_those_still_to_submit() {
        UI.getCurrent().navigate("tracker");
        @SuppressWarnings("unchecked")
        Select<Period> period = _get(Select.class, spec -> spec.withId("tracker-period"));
        var outstanding = _get(Checkbox.class, spec -> spec.withId("tracker-only-outstanding"));

        // January 2021, open and long past its due date, nothing submitted yet
        assertThat(period.getValue().year()).isEqualTo(2021);
        assertThat(trackerSummary()).isEqualTo("11 个填报单位中 0 个已全部提交，11 个逾期");
        assertThat(_size(trackerGrid())).isEqualTo(11);
        outstanding.setValue(true);
        assertThat(_size(trackerGrid())).as("all eleven are still to submit").isEqualTo(11);

        period.setValue(period.getListDataView()
                .getItems()
                .filter(p -> p.year() == 2020 && Integer.valueOf(12).equals(p.month()))
                .findFirst()
                .orElseThrow());
        assertThat(trackerSummary()).isEqualTo("11 个填报单位中 11 个已全部提交");
        assertThat(_size(trackerGrid()))
                .as("December 2020 is published: nothing left to chase")
                .isZero();
        assertThat(trackerGrid().getEmptyStateText()).isEqualTo("所有单位均已全部提交，没有尚未提交的单位");
        // the period and the filter chosen are the page's address, which a reload opens again
        var address = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(address.getPath()).isEqualTo("tracker");
        assertThat(address.getQueryParameters().getParameters())
                .containsEntry(
                        "period", List.of(String.valueOf(period.getValue().id())))
                .containsEntry("outstanding", List.of("1"));
        UI.getCurrent().navigate("review");
        UI.getCurrent().navigate(address.getPath(), address.getQueryParameters());
        period = _get(Select.class, spec -> spec.withId("tracker-period"));
        outstanding = _get(Checkbox.class, spec -> spec.withId("tracker-only-outstanding"));
        assertThat(period.getValue().month()).isEqualTo(12);
        assertThat(outstanding.getValue()).isTrue();
        outstanding.setValue(false);
        assertThat(_size(trackerGrid())).isEqualTo(11);
    }

    /**
     * A link to a period that does not exist (a stale or mistyped {@code ?period=}) says so and names the
     * period shown instead: it showed January 2021 without a word, as if it were the period asked for.
     */
    @Test
    void a_link_to_a_period_that_does_not_exist_says_so_and_names_the_one_shown() {
        UI.getCurrent().navigate("tracker", QueryParameters.of("period", "99999"));
        var note = _get(Div.class, spec -> spec.withId("tracker-refused"));
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).isEqualTo("没有编号为 99999 的报送期，下面显示的是2021年1月");
        assertThat(_size(trackerGrid())).as("the period shown instead is drawn").isEqualTo(11);

        UI.getCurrent().navigate("tracker");
        // a good address shows no note (only visible components are found)
        _assertNone(Div.class, spec -> spec.withId("tracker-refused"));
    }

    /**
     * 不适用 is an answer, "—" the lack of one: 芗城区's January 2020 road widening was approved as not
     * applicable, and the review of January 2021 showed 「—」 under 去年同期.
     */
    @Test
    void last_years_value_approved_as_not_applicable_reads_not_applicable_in_the_queue() {
        Catalogue.approvedAsNotApplicable(db, "road_widening", "350602", 2020, 1);
        db.execute("""
                insert into figure (indicator_id, division_id, period_id, value, status)
                select i.id, d.id, p.id, 1, 'submitted' from indicator i, division d, period p
                where i.code = 'road_widening' and d.code = '350602'
                  and p.kind = 'month' and p.year = 2021 and p.month = 1""");
        UI.getCurrent().navigate("review");
        var queue = queue();
        // indicator, approved value, new value, 去年同期, notes, actions
        assertThat(GridKt._getFormattedRow(queue, 0).get(3)).isEqualTo("不适用");
    }

    /**
     * The queue writes each value with its unit, as every other page does: it listed 漳浦县's submitted
     * schools as 「4」 beside people and kilometres of the same bare kind (a stranger's tour).
     */
    @Test
    void the_queue_writes_each_value_with_its_unit() {
        Catalogue.figureIn(db, "meal_schools", "350623", Catalogue.monthId(db, 2021, 1), "submitted", "stat-zhangpu");
        UI.getCurrent().navigate("review");
        var row = GridKt._getFormattedRow(queue(), 0);
        // indicator, approved value, new value, 去年同期, notes, actions
        assertThat(row.get(1)).as("never approved").isEqualTo("—");
        assertThat(row.get(2)).isEqualTo("4所");
        assertThat(row.get(3)).as("January 2020's approved schools").matches("\\d+所");
    }

    /**
     * After 批准 the queue is drawn again, and the keyboard's focus went with the old one to the page: a
     * keyboard user tabbed from the top for every cell (a tester's tour). The next cell's 批准 takes it.
     */
    @Test
    void after_an_approval_the_next_cells_approve_button_has_the_focus() {
        int january = Catalogue.monthId(db, 2021, 1);
        Catalogue.figureIn(db, "meal_schools", "350623", january, "submitted", "stat-zhangpu");
        Catalogue.figureIn(db, "dropouts", "350623", january, "submitted", "stat-zhangpu");
        UI.getCurrent().navigate("review");
        var second = GridKt._get(queue(), 1).key();
        approveIn(queue(), 0).click();
        assertThat(GridKt._get(queue(), 0).key()).isEqualTo(second);
        assertThat(approveIn(queue(), 0).isAutofocus()).isTrue();
    }

    private static Button approveIn(Grid<Cell> queue, int row) {
        return (Button) GridKt._getCellComponent(queue, row, "actions")
                .getChildren()
                .findFirst()
                .orElseThrow();
    }

    /** An English queue's notes are separated as English is, not with 「；」 (a stranger's English session). */
    @Test
    void an_english_queue_separates_a_cells_notes_in_english() {
        db.execute("""
                insert into figure (indicator_id, division_id, period_id, value, status, explanation, correction_reason)
                select i.id, d.id, p.id, 1, 'submitted', '新建道路配套', '台账核实' from indicator i, division d, period p
                where i.code = 'road_widening' and d.code = '350602'
                  and p.kind = 'month' and p.year = 2021 and p.month = 1""");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("review");
        var queue = queue();
        assertThat(GridKt._getFormattedRow(queue, 0).get(4))
                .contains("新建道路配套; ")
                .doesNotContain("；");
    }

    /** The review queue's grid: the page's grid that is not the period list. */
    @SuppressWarnings("unchecked")
    private static Grid<Cell> queue() {
        return _find(Grid.class).stream()
                .filter(g -> !"period-grid".equals(g.getId().orElse(null)))
                .findFirst()
                .orElseThrow();
    }

    private static String trackerSummary() {
        return _get(Paragraph.class, spec -> spec.withId("tracker-summary")).getText();
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> trackerGrid() {
        return _get(Grid.class, spec -> spec.withId("tracker-grid"));
    }
}
