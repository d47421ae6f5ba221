package org.minsheng.period.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.ui.NotFoundOrDeniedView;
import org.minsheng.support.Catalogue;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

/** The reporting calendar page, driven as an administrator would, on the real services. */
@IntegrationTest
@Transactional
class CalendarViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext db;

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    /**
     * 2021 holds only January: the field offered 2022 and one click made its thirteen periods, while 2021's
     * other months could not be had (an administrator's report). Now 2021 is offered, completed after a
     * question that names what is made, and January is left as it was.
     */
    @Test
    void the_administrator_completes_2021_after_confirming_what_is_created_and_january_stays_as_it_was() {
        var view = open("admin");
        int before = _size(view.grid);
        var january = _getFormatted(view.grid, row(view.grid, "2021年1月"), "dueOn");
        assertThat(view.year.getValue()).as("the first year not complete").isEqualTo("2021");
        _click(view.createYear);
        var dialog = _get(ConfirmDialog.class, spec -> spec.withId("create-year-confirm"));
        assertThat(dialog.getElement().getProperty("header")).isEqualTo("生成2021年的报送期");
        assertThat(dialog.getElement().getProperty("message"))
                .isEqualTo("将生成2021年2—12月共11个月度报送期及2021年（年报），共12个报送期。已有的报送期保持不变。");
        assertThat(_size(view.grid)).as("nothing made before the answer").isEqualTo(before);
        ConfirmDialogKt._fireCancel(dialog);
        dialog.close();
        assertThat(_size(view.grid)).isEqualTo(before);

        _click(view.createYear);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("create-year-confirm")));
        assertThat(_size(view.grid)).isEqualTo(before + 12);
        assertThat(KaribuSpring.notifications()).contains("2021 年新增 12 个报送期");
        assertThat(_getFormatted(view.grid, row(view.grid, "2021年1月"), "dueOn")).isEqualTo(january);
        assertThat(view.year.getValue()).as("ready for the next one").isEqualTo("2022");
        assertThat(_getFormatted(view.grid, row(view.grid, "2021年（年报）"), "dueOn"))
                .isEqualTo("2022-01-20");
        assertThat(_getFormatted(view.grid, row(view.grid, "2021年3月"), "dueOn")).isEqualTo("2021-04-10");

        _click(view.createYear);
        assertThat(_get(ConfirmDialog.class, spec -> spec.withId("create-year-confirm"))
                        .getElement()
                        .getProperty("message"))
                .as("a whole year")
                .isEqualTo("将生成2022年1—12月共12个月度报送期及2022年（年报），共13个报送期。已有的报送期保持不变。");
    }

    @Test
    void an_english_session_is_asked_in_english_with_the_months_named() {
        var view = open("admin");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        _click(view.createYear);
        var dialog = _get(ConfirmDialog.class, spec -> spec.withId("create-year-confirm"));
        assertThat(dialog.getElement().getProperty("header")).isEqualTo("Create the periods of 2021");
        assertThat(dialog.getElement().getProperty("message"))
                .isEqualTo("This creates 12 periods: the months February–December 2021 and 2021 (annual)."
                        + " Existing periods stay as they are.");
    }

    /**
     * 截止填报 closed a month on one click, 芗城区's drafts in it, and the month left the statisticians' period
     * picker, drafts and all (a stranger's tour): it now asks first, naming the month and what it leaves
     * behind; cancelled, the month stays open.
     */
    @Test
    void the_administrator_closes_a_month_after_seeing_what_it_leaves_and_moves_a_due_date() {
        januaryLeftOpen();
        var view = open("admin");
        click(view, "2021年1月", "period-move");
        var confirm = _get(ConfirmDialog.class, spec -> spec.withId("period-close-confirm"));
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("截止填报：2021年1月？");
        assertThat(_find(confirm, Paragraph.class))
                .extracting(Paragraph::getText)
                .containsExactly(
                        "截止后，本期不再出现在填报人员的报送期列表中，不能再录入或提交数据；已提交的数据仍可审核。",
                        "仍有 3 项数据未提交（草稿或被退回，涉及 2 个单位），截止后将无法提交。",
                        "有 1 项已提交的数据尚未审核（涉及 1 个单位）。");
        assertThat(confirm.getElement().getProperty("confirmText")).isEqualTo("截止填报");
        assertThat(confirm.getElement().getProperty("cancelText")).isEqualTo("取消");
        ConfirmDialogKt._fireCancel(confirm);
        confirm.close();
        assertThat(status(view, "2021年1月")).as("nothing closed on cancel").isEqualTo("填报中");

        click(view, "2021年1月", "period-move");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("period-close-confirm")));
        assertThat(status(view, "2021年1月")).isEqualTo("已截止");
        assertThat(KaribuSpring.notifications()).contains("已截止填报：2021年1月");

        click(view, "2021年1月", "period-due");
        var dialog = _get(DueDateDialog.class);
        dialog.dueOn.setValue(LocalDate.of(2021, 2, 15));
        _click(dialog.save);
        _assertNone(DueDateDialog.class);
        assertThat(_getFormatted(view.grid, row(view.grid, "2021年1月"), "dueOn")).isEqualTo("2021-02-15");
    }

    /**
     * A double-click made two years (2021 and then 2023, the field having moved on): the browser disables
     * the button at the click, so the second never reaches the server, and the button is back once the
     * year is made, for a year created on purpose.
     */
    @Test
    void the_button_is_disabled_at_the_click_and_back_once_the_year_is_made() {
        var view = open("admin");
        assertThat(view.createYear.isDisableOnClick()).isTrue();
        view.year.setValue("2021");
        _click(view.createYear);
        assertThat(view.createYear.isEnabled()).isTrue();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        view.year.setValue("abc");
        _click(view.createYear);
        assertThat(view.createYear.isEnabled()).as("back after a refusal too").isTrue();
    }

    @Test
    void a_published_period_offers_no_actions_and_a_bad_year_is_explained_next_to_the_field() {
        var view = open("admin");
        var actions = _getCellComponent(view.grid, row(view.grid, "2020年12月"), "actions");
        assertThat(_find(actions, Button.class)).isEmpty();
        view.year.setValue("1999");
        _click(view.createYear);
        assertThat(view.year.isInvalid()).isTrue();
        assertThat(view.year.getErrorMessage()).isEqualTo("年度应在 2000 至 2100 之间");
        int before = _size(view.grid);
        view.year.setValue("abc");
        _click(view.createYear);
        assertThat(view.year.isInvalid()).isTrue();
        assertThat(view.year.getErrorMessage()).isEqualTo("“abc”不是年度：请用数字填写，如 2021");
        view.year.setValue("99999999999999");
        _click(view.createYear);
        assertThat(view.year.getErrorMessage())
                .as("digits, only too many: out of range, not 「请用数字填写」")
                .isEqualTo("年度应在 2000 至 2100 之间");
        view.year.setValue(" ２０２０ ");
        _click(view.createYear);
        assertThat(view.year.getErrorMessage())
                .as("2020's periods all exist: said so, nothing asked, and with the year in plain digits")
                .isEqualTo("2020年的报送期已全部存在，未新建报送期");
        _assertNone(ConfirmDialog.class);
        // nothing typed is asked for, not called 「“”不是年度」
        view.year.setValue("");
        _click(view.createYear);
        assertThat(view.year.getErrorMessage()).isEqualTo("请填写年度，如 2021");
        assertThat(_size(view.grid)).isEqualTo(before);
    }

    @Test
    void a_reviewer_cannot_open_the_calendar() {
        KaribuSpring.signInAndOpen(context, "reviewer");
        UI.getCurrent().navigate("admin/calendar");
        _assertNone(CalendarView.class);
        _get(NotFoundOrDeniedView.class);
    }

    /**
     * The same question in an English session read 「the statisticians'' list」 (an apostrophe doubled for a
     * formatting the message never goes through), asked 「Close entry for 1/2021?」 over a button saying
     * 「Close for entry」, and said of figures that they 「can no longer be submitted once it is closed」.
     */
    @Test
    void an_english_session_is_asked_to_close_the_month_in_plain_english() {
        januaryLeftOpen();
        var view = open("admin");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        click(view, "1/2021", "period-move");
        var confirm = _get(ConfirmDialog.class, spec -> spec.withId("period-close-confirm"));
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("Close 1/2021 for entry?");
        assertThat(confirm.getElement().getProperty("confirmText")).isEqualTo("Close for entry");
        assertThat(_find(confirm, Paragraph.class))
                .extracting(Paragraph::getText)
                .containsExactly(
                        "Once closed, the period leaves the statisticians' list of periods: no figure can be entered"
                                + " or submitted for it any more. Submitted figures can still be reviewed.",
                        "3 figures from 2 units are not yet submitted (drafts, or returned): once the period is"
                                + " closed, they can no longer be submitted.",
                        "1 submitted figure from 1 unit is not yet reviewed.");
    }

    private CalendarView open(String username) {
        KaribuSpring.signInAndOpen(context, username);
        UI.getCurrent().navigate("admin/calendar");
        return _get(CalendarView.class);
    }

    private static String status(CalendarView view, String period) {
        return _getCellComponent(view.grid, row(view.grid, period), "status")
                .getElement()
                .getText();
    }

    /** What closing January leaves: 3 figures of 2 units not submitted, 1 submitted and not reviewed. */
    private void januaryLeftOpen() {
        figure("meal_schools", "350602", "draft");
        figure("dropouts", "350602", "draft");
        figure("meal_schools", "350623", "returned");
        figure("dropouts", "350623", "submitted");
    }

    /** A figure of January 2021 in this status, as a statistician of the unit left it. */
    private void figure(String indicator, String divisionCode, String status) {
        db.execute(
                "insert into figure (indicator_id, division_id, period_id, value, status, return_reason, entered_by)"
                        + " values (?, ?, ?, 5, ?::figure_status, ?, (select id from app_user where username = 'admin'))",
                Catalogue.indicatorId(db, indicator),
                Catalogue.divisionId(db, divisionCode),
                Catalogue.monthId(db, 2021, 1),
                status,
                status.equals("returned") ? "请核实" : null);
    }

    private static void click(CalendarView view, String period, String buttonClass) {
        var actions = _getCellComponent(view.grid, row(view.grid, period), "actions");
        _click(_find(actions, Button.class).stream()
                .filter(b -> b.hasClassName(buttonClass))
                .findFirst()
                .orElseThrow());
    }

    private static int row(Grid<?> grid, String period) {
        return IntStream.range(0, _size(grid))
                .filter(i -> _getFormatted(grid, i, "period").equals(period))
                .findFirst()
                .orElseThrow(() -> new AssertionError(period + " not listed"));
    }
}
