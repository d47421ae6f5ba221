package org.minsheng.figure.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._fireValueChange;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.ClickNotifier;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.period.Period;
import org.minsheng.support.Catalogue;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

/** The entry sheet's server calls from the browser, which anyone can make with any arguments. */
@IntegrationTest
@Transactional
class EntryViewTest {

    private static final String DRAFTS = "select count(*) from figure where status = 'draft'";

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext db;

    @BeforeEach
    void signIn() {
        KaribuSpring.signInAndOpen(context, "stat-xiangcheng");
        UI.getCurrent().navigate("entry");
    }

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    /** The probe of issue 21: {@code host.$server.paste(-1, 0, '5\t6')} from the browser's console. */
    @Test
    void a_paste_starting_outside_the_sheet_is_refused_with_a_message_and_fills_nothing() {
        var view = _get(EntryView.class);
        long drafts = drafts();
        record Paste(int row, int column, String text) {}
        for (var paste : List.of(
                new Paste(-1, 0, "5\t6"),
                new Paste(0, -1, "5"),
                new Paste(1_000, 0, "5"),
                new Paste(0, 1_000, "5"),
                new Paste(Integer.MIN_VALUE, Integer.MAX_VALUE, "5\t6\n7\t8"),
                new Paste(0, 0, null))) {
            view.paste(paste.row(), paste.column(), paste.text());
            assertThat(KaribuSpring.notifications())
                    .as("%s", paste)
                    .containsExactly("粘贴的起始位置不在当前报表中，未填入任何数据。请刷新页面后重试。");
            NotificationsKt.getNotifications().forEach(Notification::close);
            MockVaadin.clientRoundtrip(false);
        }
        assertThat(drafts()).as("no figure written").isEqualTo(drafts);

        view.paste(0, 0, "5\n");
        assertThat(KaribuSpring.notifications()).as("a paste inside the sheet").isEmpty();
        assertThat(drafts()).isEqualTo(drafts + 1);
    }

    /**
     * The trial's 思明区 on 2021年1月 was told to enter year totals in 2021年（年报）, which its selector did
     * not offer: the demo opens January only. The hint names an annual period only when it is offered.
     */
    @Test
    void the_year_totals_hint_names_the_annual_period_only_when_the_selector_offers_it() {
        assertThat(offered()).doesNotContain("2021年（年报） · 填报中");
        assertThat(_get(Paragraph.class, spec -> spec.withId("year-totals-hint"))
                        .getText())
                .isEqualTo("只掌握全年合计的单位：累计型月度指标的全年合计（即12月累计）填在年报期，但2021年的年报期目前没有开放填报。");

        db.execute(
                "insert into period (kind, year, month, due_on, status) values ('year', 2021, null, date '2022-01-20', 'open')");
        reopen("stat-xiangcheng");
        assertThat(offered()).contains("2021年（年报） · 填报中");
        assertThat(_get(Paragraph.class, spec -> spec.withId("year-totals-hint"))
                        .getText())
                .isEqualTo("只掌握全年合计？请在“2021年（年报）”中填写累计型月度指标的全年合计（即12月累计），不必逐月填报。");
    }

    /** stat-city reports year indicators only, and no year is open: the trial saw an empty selector and nothing else. */
    @Test
    void a_statistician_with_no_open_period_is_told_so_plainly() {
        reopen("stat-city");
        assertThat(offered()).isNotEmpty().noneMatch(label -> label.endsWith("填报中"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("entry-none-open")).getText())
                .isEqualTo("目前没有开放填报的报送期；可在上方选择已发布的报送期，查看或更正数据。");
    }

    /**
     * The city's own indicators are year figures: where a district puts its year totals is not its concern.
     * A city-scoped statistician was shown that hint over a sheet without a monthly indicator.
     */
    @Test
    void the_citys_sheet_has_no_year_totals_hint() {
        db.execute(
                "insert into period (kind, year, month, due_on, status) values ('year', 2021, null, date '2022-01-20', 'open')");
        reopen("stat-city");
        assertThat(offered()).contains("2021年（年报） · 填报中");
        assertThat(_find(Paragraph.class, spec -> spec.withId("entry-none-open")))
                .isEmpty();
        _assertNone(Paragraph.class, spec -> spec.withId("year-totals-hint"));
    }

    /**
     * Last year's value reads the same in the reference and in the warning (the trial saw 「去年同期 1.0」
     * beside 「（1）」); and an explanation typed for a warning stays once a corrected value warns no more,
     * marked as no longer needed, until the statistician clears it.
     */
    @Test
    void a_warnings_numbers_read_as_the_sheets_and_an_explanation_no_longer_needed_says_so() {
        xiangchengsRoadsWere1LastJanuary();
        var editor = editor("road_widening");
        assertThat(reference(editor)).endsWith("去年同期 1.0");
        type(editor, "cell-value", "2");
        var messages = _get(editor, Div.class, spec -> spec.withClasses("cell-messages"));
        assertThat(messages.getText()).isEqualTo("与去年同期（1.0）相比变化 100%，超过50%");
        var explanation = _get(editor, TextField.class, spec -> spec.withClasses("cell-explanation"));
        assertThat(explanation.isVisible()).isTrue();
        assertThat(explanation.isRequiredIndicatorVisible()).isTrue();
        assertThat(explanation.getHelperText()).isNullOrEmpty();
        type(editor, "cell-explanation", "新建道路配套");

        type(editor, "cell-value", "1.2");
        assertThat(messages.getText()).isEmpty();
        assertThat(explanation.isVisible())
                .as("what the statistician typed is not dropped")
                .isTrue();
        assertThat(explanation.getValue()).isEqualTo("新建道路配套");
        assertThat(explanation.isRequiredIndicatorVisible()).isFalse();
        assertThat(explanation.getHelperText()).isEqualTo("该数值已无需说明；已填的说明仍随数据报送，如不再适用请清空");

        type(editor, "cell-explanation", "");
        assertThat(explanation.isVisible()).isFalse();
        assertThat(januaryRoadsExplanation()).isNull();
    }

    /**
     * A value changed to another that warns too keeps its explanation, and says for which value it was
     * written: after a return, 2.5 became 0.4 and the reviewer read 0.4 beside the reason given for 2.5,
     * with nothing having asked the statistician (a stranger's trial). Rewriting it clears the note.
     */
    @Test
    void an_explanation_kept_for_a_new_value_that_warns_too_says_which_value_it_was_written_for() {
        xiangchengsRoadsWere1LastJanuary();
        var editor = editor("road_widening");
        type(editor, "cell-value", "2.5");
        type(editor, "cell-explanation", "新开工项目集中完成");
        var explanation = _get(editor, TextField.class, spec -> spec.withClasses("cell-explanation"));
        assertThat(explanation.getHelperText()).isNullOrEmpty();

        type(editor, "cell-value", "0.4");
        assertThat(explanation.isRequiredIndicatorVisible()).as("0.4 warns too").isTrue();
        assertThat(explanation.getValue()).isEqualTo("新开工项目集中完成");
        assertThat(explanation.getHelperText()).isEqualTo("这条说明是为原数值 2.5 写的：请确认它也适用于新数值，或改写");

        type(editor, "cell-explanation", "台账核实后更正为0.4");
        assertThat(explanation.getHelperText()).isNullOrEmpty();
    }

    /**
     * The next cell's value typed into the explanation (the keyboard goes there after a warning) is marked
     * at the explanation, kept there to be moved, and not saved; the value stays saved and unmarked.
     */
    @Test
    void a_value_typed_into_the_explanation_is_marked_there_and_not_saved() {
        xiangchengsRoadsWere1LastJanuary();
        var editor = editor("road_widening");
        type(editor, "cell-value", "2");
        type(editor, "cell-explanation", "4300");
        var value = _get(editor, TextField.class, spec -> spec.withClasses("cell-value"));
        var explanation = _get(editor, TextField.class, spec -> spec.withClasses("cell-explanation"));
        assertThat(explanation.isInvalid()).isTrue();
        assertThat(value.isInvalid()).as("2 is saved").isFalse();
        assertThat(explanation.getValue()).as("kept to be moved").isEqualTo("4300");
        var messages = _get(editor, Div.class, spec -> spec.withClasses("cell-messages"));
        assertThat(messages.getChildren()
                        .map(m -> m.getElement().getAttribute("data-severity") + ": "
                                + m.getElement().getText()))
                .as("the refusal, and under it in its own colour the warning the explanation is for")
                .containsExactly("error: 情况说明「4300」是一个数值，不是说明：请写明原因（是否本该填在别的格？）", "warning: 与去年同期（1.0）相比变化 100%，超过50%");
        assertThat(januaryRoadsExplanation()).isNull();

        type(editor, "cell-explanation", "新建道路配套");
        assertThat(explanation.isInvalid()).isFalse();
    }

    /**
     * A refused explanation waits in its field to be moved or rewritten: leaving the sheet asks first, as
     * for a waiting value. It was left without a word and the text was gone (a stranger's trial).
     */
    @Test
    void leaving_with_a_refused_explanation_asks_first() {
        xiangchengsRoadsWere1LastJanuary();
        var editor = editor("road_widening");
        type(editor, "cell-value", "2");
        type(editor, "cell-explanation", "4300");

        UI.getCurrent().navigate("");
        assertThat(_find(EntryView.class)).as("still on the sheet").hasSize(1);
        var dialog = _get(ConfirmDialog.class, spec -> spec.withId("entry-unsaved"));
        assertThat(dialog.getElement().getProperty("message")).isEqualTo("以下单元格的输入尚未保存，离开本页将丢失：农村公路单改双");
        var explanation = _get(editor, TextField.class, spec -> spec.withClasses("cell-explanation"));
        assertThat(explanation.getElement().getAttribute("data-saved"))
                .as("what the browser compares the explanation with when the page is reloaded or closed")
                .isEmpty();

        type(editor, "cell-explanation", "新建道路配套");
        assertThat(explanation.getElement().getAttribute("data-saved")).isEqualTo("新建道路配套");
        UI.getCurrent().navigate("");
        assertThat(_find(EntryView.class)).as("saved: leaving is not asked").isEmpty();
    }

    /** A submitted cell's explanation is read-only as its value is: typed into, it was refused on leaving. */
    @Test
    void a_submitted_cells_explanation_is_read_only_as_its_value_is() {
        xiangchengsRoadsWere1LastJanuary();
        var editor = editor("road_widening");
        type(editor, "cell-value", "2");
        type(editor, "cell-explanation", "新建道路配套");
        db.execute("""
                update figure set status = 'submitted'
                where indicator_id = (select id from indicator where code = 'road_widening')
                  and division_id = (select id from division where code = '350602')
                  and period_id = (select id from period where kind = 'month' and year = 2021 and month = 1)""");
        choose(2020, 12);
        choose(2021, 1);

        var reopened = editor("road_widening");
        assertThat(reopened.getElement().getAttribute("data-state")).isEqualTo("submitted");
        assertThat(_get(reopened, TextField.class, spec -> spec.withClasses("cell-value"))
                        .isReadOnly())
                .isTrue();
        assertThat(_get(reopened, TextField.class, spec -> spec.withClasses("cell-explanation"))
                        .isReadOnly())
                .isTrue();
    }

    /** The explanation stored with 芗城区's 农村公路单改双 of January 2021. */
    private Object januaryRoadsExplanation() {
        return db.fetchValue("""
                select f.explanation from figure f
                join period p on p.id = f.period_id and p.kind = 'month' and p.year = 2021 and p.month = 1
                where f.indicator_id = (select id from indicator where code = 'road_widening')
                  and f.division_id = (select id from division where code = '350602')""");
    }

    /** 芗城区's 农村公路单改双 of January 2020 set to 1, its sheet opened again: 2 and 0.4 then both warn. */
    /**
     * A returned figure that also warns shows the reviewer's reason and the warning as two messages: run
     * together they read as one sentence, 「已退回：请核对 与去年同期…」 (a stranger's tour).
     */
    @Test
    void a_returned_figure_that_warns_shows_the_reason_and_the_warning_apart() {
        db.execute("""
                insert into figure (indicator_id, division_id, period_id, value, status, return_reason, explanation)
                select i.id, d.id, p.id, 2, 'returned', '请与台账核对', '新建道路配套' from indicator i, division d, period p
                where i.code = 'road_widening' and d.code = '350602'
                  and p.kind = 'month' and p.year = 2021 and p.month = 1""");
        xiangchengsRoadsWere1LastJanuary();
        var messages = _get(editor("road_widening"), Div.class, spec -> spec.withClasses("cell-messages"));
        assertThat(messages.getChildren()
                        .map(m -> m.getElement().getAttribute("data-severity") + ": "
                                + m.getElement().getText()))
                .containsExactly("warning: 已退回：请与台账核对", "warning: 与去年同期（1.0）相比变化 100%，超过50%");
    }

    private void xiangchengsRoadsWere1LastJanuary() {
        db.execute("""
                update figure set value = 1, approved_value = 1
                where indicator_id = (select id from indicator where code = 'road_widening')
                  and division_id = (select id from division where code = '350602')
                  and period_id = (select id from period where kind = 'month' and year = 2020 and month = 1)""");
        reopen("stat-xiangcheng");
    }

    /**
     * The trial's value-first correction on a published cell that already has an explanation: Tab from
     * the value reached the explanation, the reason typed next replaced it, and the value was lost on
     * leaving without a word. The reason field now comes first, the waiting value says at that field
     * that it waits for it, and leaving the page while it waits asks first.
     */
    @Test
    void a_corrected_value_leads_to_its_reason_before_the_explanation_and_is_not_left_behind_silently() {
        openDecember2020WithRoadsExplained();
        var editor = editor("road_widening");
        var value = _get(editor, TextField.class, spec -> spec.withClasses("cell-value"));
        var reason = _get(editor, TextField.class, spec -> spec.withClasses("cell-correction"));
        var explanation = _get(editor, TextField.class, spec -> spec.withClasses("cell-explanation"));
        assertThat(reason.isVisible()).isTrue();
        assertThat(explanation.isVisible()).isTrue();
        assertThat(explanation.getHelperText())
                .as("a published value is not checked again: its explanation is not said to be needed no more")
                .isNullOrEmpty();
        var order = editor.getChildren().toList();
        assertThat(order.indexOf(reason))
                .as("Tab from the value reaches the reason before the explanation")
                .isEqualTo(order.indexOf(value) + 4)
                .isLessThan(order.indexOf(explanation));
        String stored = value.getValue();
        assertThat(value.getElement().getAttribute("data-saved"))
                .as("what the browser compares the field with, for Enter and for leaving")
                .isEqualTo(stored);

        type(editor, "cell-value", "9200");
        assertThat(value.getValue()).isEqualTo("9200");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getHelperText()).isEqualTo("新值 9200 尚未保存：填写修订原因后与之一并保存");
        assertThat(value.getElement().getAttribute("data-saved")).isEqualTo(stored);
        assertThat(explanation.getValue()).isEqualTo("新建道路配套");

        UI.getCurrent().navigate("");
        var dialog = _get(ConfirmDialog.class, spec -> spec.withId("entry-unsaved"));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getElement().getProperty("message")).isEqualTo("以下单元格的输入尚未保存，离开本页将丢失：农村公路单改双");
        assertThat(_find(EntryView.class)).as("still on the sheet").hasSize(1);
        assertThat(value.getValue()).isEqualTo("9200");

        type(editor, "cell-correction", "区交通局复核后更正里程");
        assertThat(reason.getHelperText()).isNullOrEmpty();
        assertThat(value.getElement().getAttribute("data-saved")).isEqualTo(value.getValue());
        assertThat(db.fetchValue("""
                select (f.value = 9200)::text || ' ' || f.correction_reason || ' ' || f.explanation from figure f
                join period p on p.id = f.period_id and p.kind = 'month' and p.year = 2020 and p.month = 12
                where f.indicator_id = (select id from indicator where code = 'road_widening')
                  and f.division_id = (select id from division where code = '350602')""")).isEqualTo("true 区交通局复核后更正里程 新建道路配套");
        UI.getCurrent().navigate("");
        assertThat(_find(EntryView.class))
                .as("nothing waits: leaving is not asked")
                .isEmpty();
    }

    /**
     * A published cell's old explanation sat, filled, under the empty reason field: its placeholder gone
     * once filled, nothing said what the text was (a stranger's tour, 390 px). Both fields carry a label
     * that stays when filled, in either language; the English one short enough not to be cut at 1440 px.
     */
    @Test
    void a_published_cells_reason_and_explanation_are_labelled_when_filled_in_both_languages() {
        openDecember2020WithRoadsExplained();
        var editor = editor("road_widening");
        var reason = _get(editor, TextField.class, spec -> spec.withClasses("cell-correction"));
        var explanation = _get(editor, TextField.class, spec -> spec.withClasses("cell-explanation"));
        assertThat(explanation.getValue()).isEqualTo("新建道路配套");
        assertThat(explanation.getLabel()).isEqualTo("情况说明");
        assertThat(reason.getLabel()).isEqualTo("修订原因（必填）");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("entry");
        choose(2020, 12);
        editor = editor("road_widening");
        assertThat(_get(editor, TextField.class, spec -> spec.withClasses("cell-explanation"))
                        .getLabel())
                .isEqualTo("Explanation");
        assertThat(_get(editor, TextField.class, spec -> spec.withClasses("cell-correction"))
                        .getLabel())
                .isEqualTo("Correction reason (required)");
    }

    /**
     * A published figure's history is reached by Tab, as the tester's keyboard could not: the link had
     * tabindex -1, and as an anchor without an address Enter would not have opened it either. It comes
     * after the cell's fields, so Tab from a corrected value still reaches its reason first.
     */
    @Test
    void a_figures_history_is_a_button_that_tab_reaches_after_the_cells_fields() {
        choose(2020, 12);
        var editor = editor("road_widening");
        var history = _get(editor, Component.class, spec -> spec.withClasses("cell-history"));
        assertThat(history.getElement().getTag()).isEqualTo("button");
        assertThat(history.getElement().getAttribute("tabindex")).isNull();
        var order = editor.getChildren().toList();
        assertThat(order.getLast())
                .as("after the value, its reason and its explanation")
                .isSameAs(history);
        assertThat(order.indexOf(history))
                .isGreaterThan(
                        order.indexOf(_get(editor, TextField.class, spec -> spec.withClasses("cell-correction"))));
        _click((ClickNotifier<?>) history);
        assertThat(_get(Dialog.class).isOpened()).isTrue();
        @SuppressWarnings("unchecked")
        Grid<Object> revisions = _get(Grid.class, spec -> spec.withId("history-grid"));
        assertThat(GridKt._getFormattedRow(revisions, 0))
                .as("who entered the value and who approved it")
                .contains("芗城区统计员")
                .anySatisfy(cell -> assertThat(cell).startsWith("市纪委监委审核员，20"))
                .as("the value as the review queue writes it, its unit right after it in Chinese")
                .anySatisfy(cell -> assertThat(cell).matches("[\\d,]+\\.\\d公里"));
    }

    /** Leaving anyway, once asked, leaves, and the typed value is dropped as the dialog said. */
    @Test
    void leaving_with_a_waiting_value_goes_when_the_user_confirms() {
        choose(2020, 12);
        type(editor("road_widening"), "cell-value", "9200");
        UI.getCurrent().navigate("");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("entry-unsaved")));
        assertThat(_find(EntryView.class)).isEmpty();
    }

    /** Another period would replace the sheet and the value waiting in it: asked first, as leaving is. */
    @Test
    void switching_the_period_while_a_value_waits_asks_first_and_staying_keeps_the_value() {
        choose(2020, 12);
        var waiting = editor("road_widening");
        type(waiting, "cell-value", "9200");

        choose(2021, 1);
        var dialog = _get(ConfirmDialog.class, spec -> spec.withId("entry-unsaved"));
        assertThat(dialog.getElement().getProperty("message")).isEqualTo("以下单元格的输入尚未保存，切换报送期将丢失：农村公路单改双");
        ConfirmDialogKt._fireCancel(dialog);
        dialog.close(); // the browser closes it; here nobody does
        assertThat(offeredChoice()).isEqualTo("2020-12");
        assertThat(editor("road_widening")).as("the same sheet, not reloaded").isSameAs(waiting);
        assertThat(_get(waiting, TextField.class, spec -> spec.withClasses("cell-value"))
                        .getValue())
                .isEqualTo("9200");

        choose(2021, 1);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("entry-unsaved")));
        assertThat(offeredChoice()).isEqualTo("2021-1");
        assertThat(editor("road_widening").cell().key())
                .isNotEqualTo(waiting.cell().key());
    }

    private static String offeredChoice() {
        @SuppressWarnings("unchecked")
        Select<Period> period = _get(Select.class, spec -> spec.withId("entry-period"));
        return period.getValue().year() + "-" + period.getValue().month();
    }

    private static void choose(int year, int month) {
        @SuppressWarnings("unchecked")
        Select<Period> period = _get(Select.class, spec -> spec.withId("entry-period"));
        period.setValue(period.getListDataView()
                .getItems()
                .filter(p -> p.year() == year && Integer.valueOf(month).equals(p.month()))
                .findFirst()
                .orElseThrow());
    }

    /** The published December 2020 sheet, its 农村公路单改双 carrying the explanation 「新建道路配套」. */
    private void openDecember2020WithRoadsExplained() {
        db.execute("""
                update figure set explanation = '新建道路配套'
                where indicator_id = (select id from indicator where code = 'road_widening')
                  and division_id = (select id from division where code = '350602')
                  and period_id = (select id from period where kind = 'month' and year = 2020 and month = 12)""");
        choose(2020, 12);
    }

    private static CellEditor editor(String indicator) {
        return _find(CellEditor.class).stream()
                .filter(e -> e.cell().indicator().code().equals(indicator))
                .findFirst()
                .orElseThrow();
    }

    /**
     * 不适用 is an answer, "—" the lack of one: the trial's 芗城区 entered 不适用 and the next month's
     * form read 「上期 —」, the next year's 「去年同期 —」.
     */
    @Test
    void a_reference_approved_as_not_applicable_reads_not_applicable_not_a_dash() {
        Catalogue.approvedAsNotApplicable(db, "road_widening", "350602", 2020, 1, 12);
        reopen("stat-xiangcheng");
        var editor = editor("road_widening");
        assertThat(reference(editor)).isEqualTo("上期 不适用 · 去年同期 不适用");
    }

    /** The line under the cell: 上期 … · 去年同期 …. */
    private static String reference(CellEditor editor) {
        return _get(editor, Div.class, spec -> spec.withClasses("cell-reference"))
                .getText();
    }

    /**
     * The period chosen is the page's address: after a look at another page, back (or a reload) opened the
     * first due month instead of the one being filled (a tester's tour). The address without a period is the
     * first due one again.
     */
    @Test
    void the_period_chosen_is_kept_in_the_address_for_back_and_reload() {
        @SuppressWarnings("unchecked")
        Select<Period> period = _get(Select.class, spec -> spec.withId("entry-period"));
        var firstDue = period.getValue();
        var other = period.getListDataView()
                .getItems()
                .filter(p -> p.id() != firstDue.id())
                .findFirst()
                .orElseThrow();
        period.setValue(other);
        _fireValueChange(period, true);
        var address = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(address.getPath()).isEqualTo("entry");
        assertThat(address.getQueryParameters().getParameters())
                .containsEntry("period", List.of(String.valueOf(other.id())));

        UI.getCurrent().navigate("dashboard");
        UI.getCurrent().navigate(address.getPath(), address.getQueryParameters());
        @SuppressWarnings("unchecked")
        Select<Period> back = _get(Select.class, spec -> spec.withId("entry-period"));
        assertThat(back.getValue()).isEqualTo(other);
        assertThat(_find(CellEditor.class))
                .as("the sheet shown is the period's")
                .allSatisfy(e -> assertThat(e.cell().key().periodId()).isEqualTo(other.id()));

        UI.getCurrent().navigate("entry");
        assertThat(back.getValue()).as("the same page, no period named").isEqualTo(firstDue);
    }

    /** A period the address names that does not exist (or is not the statistician's) is said, not silently replaced. */
    @Test
    void an_unknown_period_in_the_address_is_said_and_the_first_due_one_shown() {
        @SuppressWarnings("unchecked")
        Select<Period> period = _get(Select.class, spec -> spec.withId("entry-period"));
        var firstDue = period.getValue();
        NotificationsKt.getNotifications().forEach(Notification::close);
        MockVaadin.clientRoundtrip(false);
        UI.getCurrent().navigate("entry", QueryParameters.of("period", "99999"));
        assertThat(period.getValue()).isEqualTo(firstDue);
        assertThat(KaribuSpring.notifications())
                .containsExactly("没有编号为 99999 的可填报报送期，下面显示的是" + PeriodLabels.name(period, firstDue));
    }

    /**
     * The city's statistician, with no period open for the city's rows, asking for a district's month by its
     * id is told there is none of theirs so numbered, as any statistician is, and shown their default page
     * (no period open): the message was left out when no period was shown instead (a tester's ?period=24).
     */
    @Test
    void a_district_month_in_a_city_statisticians_address_is_said_when_no_period_is_open_for_them() {
        var districtsMonth = db.fetchValue("select id from period where year = 2021 and month = 1");
        reopen("stat-city");
        NotificationsKt.getNotifications().forEach(Notification::close);
        MockVaadin.clientRoundtrip(false);
        UI.getCurrent().navigate("entry", QueryParameters.of("period", String.valueOf(districtsMonth)));
        assertThat(KaribuSpring.notifications()).containsExactly("没有编号为 " + districtsMonth + " 的可填报报送期");
        @SuppressWarnings("unchecked")
        Select<Period> period = _get(Select.class, spec -> spec.withId("entry-period"));
        assertThat(period.getValue()).isNull();
        assertThat(_get(Paragraph.class, spec -> spec.withId("entry-none-open")).getText())
                .isEqualTo("目前没有开放填报的报送期；可在上方选择已发布的报送期，查看或更正数据。");
    }

    /** Typed in the browser: the field holds the text, then its change reaches the server as the user's. */
    private static void type(CellEditor editor, String field, String text) {
        var input = _get(editor, TextField.class, spec -> spec.withClasses(field));
        input.setValue(text);
        _fireValueChange(input, true);
    }

    private void reopen(String username) {
        KaribuSpring.tearDown();
        KaribuSpring.signInAndOpen(context, username);
        UI.getCurrent().navigate("entry");
    }

    /** The selector's offer as the statistician reads it: 2021年1月 · 填报中. */
    private static List<String> offered() {
        @SuppressWarnings("unchecked")
        Select<Period> period = _get(Select.class, spec -> spec.withId("entry-period"));
        return period.getListDataView()
                .getItems()
                .map(p -> period.getItemLabelGenerator().apply(p))
                .toList();
    }

    private long drafts() {
        return ((Number) db.fetchValue(DRAFTS)).longValue();
    }
}
