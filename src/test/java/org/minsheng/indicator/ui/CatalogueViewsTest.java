package org.minsheng.indicator.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.ui.NotFoundOrDeniedView;
import org.minsheng.indicator.Indicator;
import org.minsheng.indicator.TargetDirection;
import org.minsheng.support.Catalogue;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

/** The administrators' catalogue pages, driven as an administrator would, on the real services. */
@IntegrationTest
@Transactional
class CatalogueViewsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext db;

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void a_new_indicator_is_created_in_the_dialog_and_a_bad_code_is_explained_next_to_the_field() {
        var view = open("admin/indicators", IndicatorsView.class);
        assertThat(_getFormatted(view.grid, row(view.grid, "code", "road_widening"), "unit"))
                .isEqualTo("公里");
        assertThat(_getFormatted(view.grid, row(view.grid, "code", "road_widening"), "valueType"))
                .isEqualTo("小数");
        int before = _size(view.grid);
        var dialog = newIndicator();
        assertThat(List.<HasValue<?, ?>>of(
                        dialog.code, dialog.nameZh, dialog.unitZh, dialog.scale, dialog.min, dialog.category))
                .as("bound to the draft's records, every field can be typed into")
                .noneMatch(HasValue::isReadOnly);
        assertThat(dialog.code.isRequiredIndicatorVisible()).isTrue();
        name(dialog, "Village Clinics", "标准化村卫生所", "村卫生所");
        _click(dialog.save);
        assertThat(dialog.code.isInvalid()).isTrue();
        assertThat(dialog.code.getErrorMessage()).contains("小写字母开头");
        assertThat(dialog.isOpened()).isTrue();

        dialog.code.setValue("village_clinics");
        dialog.scale.clear();
        _click(dialog.save);
        assertThat(dialog.scale.isInvalid())
                .as("the binder marks a missing scale before the service is asked")
                .isTrue();
        assertThat(dialog.scale.getErrorMessage()).isEqualTo("请填写此项");
        assertThat(dialog.isOpened()).isTrue();
        dialog.scale.setValue(0);
        // a name past the limit is marked on its own field, not told in a notice naming none of thirteen
        dialog.nameZh.setValue("标".repeat(201));
        _click(dialog.save);
        assertThat(dialog.nameZh.isInvalid()).isTrue();
        assertThat(dialog.nameZh.getErrorMessage()).isEqualTo("文字太长，最多 200 个字。");
        assertThat(dialog.isOpened()).isTrue();
        dialog.nameZh.setValue("标准化村卫生所");
        _click(dialog.save);

        _assertNone(IndicatorDialog.class);
        assertThat(_size(view.grid)).isEqualTo(before + 1);
        int row = row(view.grid, "code", "village_clinics");
        assertThat(_getFormatted(view.grid, row, "name")).isEqualTo("标准化村卫生所");
        assertThat(_getFormatted(view.grid, row, "valueType")).isEqualTo("整数");
    }

    @Test
    void an_indicator_with_figures_shows_its_unit_and_scale_read_only_and_offers_no_delete() {
        var view = open("admin/indicators", IndicatorsView.class);
        var actions = _getCellComponent(view.grid, row(view.grid, "code", "road_widening"), "actions");
        assertThat(_find(actions, Button.class)).noneMatch(b -> b.hasClassName("indicator-delete"));
        var dialog = edit(view, "road_widening");
        assertThat(dialog.unitZh.isReadOnly()).isTrue();
        assertThat(List.of(dialog.aggregation, dialog.cumulative, dialog.monthly, dialog.reportedByCity))
                .as("the rules that make its totals, as the service holds them")
                .allMatch(HasValue::isReadOnly);
        assertThat(dialog.scale.getValue()).isEqualTo(1);
        assertThat(dialog.valueType.getValue()).isEqualTo(Indicator.ValueType.DECIMAL);
        dialog.leadDepartment.setValue("漳州市交通运输局");
        _click(dialog.save);
        _assertNone(IndicatorDialog.class);
        assertThat(NotificationsKt.getNotifications())
                .as("an edit is saved, not created again")
                .extracting(n -> n.getElement().getProperty("text"))
                .contains("已保存");
    }

    /** 停用 took an indicator with figures off the entry sheets at one click; now it asks, naming it. */
    @Test
    void retiring_asks_first_naming_the_indicator_and_cancel_changes_nothing() {
        var view = open("admin/indicators", IndicatorsView.class);
        _click(action(view.grid, "meal_schools", "indicator-retire"));
        var confirm = _get(ConfirmDialog.class, spec -> spec.withId("indicator-retire-confirm"));
        assertThat(confirm.getElement().getProperty("message"))
                .isEqualTo("确定停用指标“实施营养改善计划的农村公办义务教育寄宿制学校”（meal_schools）？从 " + LocalDate.now()
                        + " 起，填报表不再提供该指标；已经报送过的年度仍保留它和它的数据。");
        assertThat(confirm.getElement().getProperty("confirmText")).isEqualTo("停用");
        assertThat(confirm.getElement().getProperty("cancelText")).isEqualTo("取消");
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(db.fetchValue("select retired_on from indicator where code = 'meal_schools'"))
                .as("cancelled, nothing retired")
                .isNull();
        assertThat(_getFormatted(view.grid, row(view.grid, "code", "meal_schools"), "code"))
                .isEqualTo("meal_schools");

        _click(action(view.grid, "meal_schools", "indicator-retire"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("indicator-retire-confirm")));
        assertThat(db.fetchValue("select retired_on::text from indicator where code = 'meal_schools'"))
                .isEqualTo(LocalDate.now().toString());
        assertThat(KaribuSpring.notifications()).contains("已停用指标 meal_schools");
    }

    /** A second 营养改善计划学校 is refused on the field that repeats the name, and the dialog stays open. */
    @Test
    void a_name_another_indicator_has_is_marked_on_its_field_and_nothing_is_created() {
        var view = open("admin/indicators", IndicatorsView.class);
        int before = _size(view.grid);
        var dialog = newIndicator();
        name(dialog, "meal_schools_2", "实施营养改善计划的学校（新）", "营养改善计划学校");
        _click(dialog.save);
        assertThat(dialog.shortNameZh.isInvalid()).isTrue();
        assertThat(dialog.shortNameZh.getErrorMessage()).isEqualTo("中文简称“营养改善计划学校”已被指标 meal_schools 使用，请另取一个能区分的简称");
        assertThat(dialog.nameZh.isInvalid()).isFalse();
        assertThat(dialog.isOpened()).isTrue();
        view.refresh();
        assertThat(_size(view.grid)).isEqualTo(before);
    }

    /**
     * The dialog offered 排序 0, and a new indicator came first on every dashboard, its first tile and default
     * chart (a tester's tour): it now offers the place after every indicator. A maximum beyond the largest
     * figure the entry sheet takes (99999999999999999999999 was saved) is marked on its field.
     */
    @Test
    void a_new_indicator_is_placed_last_and_a_maximum_beyond_any_figure_is_marked_on_its_field() {
        var view = open("admin/indicators", IndicatorsView.class);
        int before = _size(view.grid);
        int last = db.fetchSingle("select max(display_order) from indicator").get(0, Integer.class);
        var dialog = newIndicator();
        assertThat(dialog.displayOrder.getValue()).isEqualTo(last + 1);
        name(dialog, "village_clinics", "标准化村卫生所", "村卫生所");
        dialog.max.setValue(new BigDecimal("99999999999999999999999"));
        _click(dialog.save);
        assertThat(dialog.max.isInvalid()).isTrue();
        assertThat(dialog.max.getErrorMessage()).isEqualTo("最大值不能超出 ±999,999,999,999,999，录入表不接受超出此范围的数值");
        assertThat(dialog.isOpened()).isTrue();
        view.refresh();
        assertThat(_size(view.grid)).isEqualTo(before);
    }

    /** 最大值 10 below figures of 28 was saved with 「已保存」 (a stranger's tour): it is marked on its field. */
    @Test
    void a_maximum_below_a_stored_figure_is_marked_on_its_field_and_not_saved() {
        var view = open("admin/indicators", IndicatorsView.class);
        var dialog = edit(view, "meal_schools");
        dialog.max.setValue(BigDecimal.TEN);
        _click(dialog.save);
        assertThat(dialog.max.isInvalid()).isTrue();
        assertThat(dialog.max.getErrorMessage()).isEqualTo("已有数值 28（平和县 · 2020年11月）大于最大值 10：请先更正这些数据，或放宽最大值");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(db.fetchValue("select max_value from indicator where code = 'meal_schools'"))
                .isNull();
    }

    /** The button of a row's actions (编辑, 停用, …) by its class, as a user finds it in the code's row. */
    private static Button action(Grid<?> grid, String code, String className) {
        return _find(_getCellComponent(grid, row(grid, "code", code), "actions"), Button.class).stream()
                .filter(b -> b.hasClassName(className))
                .findFirst()
                .orElseThrow();
    }

    private static IndicatorDialog newIndicator() {
        _click(_get(Button.class, spec -> spec.withId("new-indicator")));
        return _get(IndicatorDialog.class);
    }

    private static IndicatorDialog edit(IndicatorsView view, String code) {
        _click(action(view.grid, code, "indicator-edit"));
        return _get(IndicatorDialog.class);
    }

    /** A new indicator's names and unit, those of 标准化村卫生所 unless a test is about them. */
    private static void name(IndicatorDialog dialog, String code, String nameZh, String shortNameZh) {
        dialog.code.setValue(code);
        dialog.nameZh.setValue(nameZh);
        dialog.nameEn.setValue("Standardised village clinics");
        dialog.shortNameZh.setValue(shortNameZh);
        dialog.shortNameEn.setValue("Village clinics");
        dialog.unitZh.setValue("个");
        dialog.unitEn.setValue("clinics");
    }

    /**
     * The lead department has its English name beside the Chinese one, and the unit its English singular:
     * both checked as the other texts are, and the singular stays open once figures exist, since 「1
     * hectares」 is noticed only when a figure of one is shown.
     */
    @Test
    void the_english_lead_department_and_the_singular_unit_are_entered_beside_the_chinese_and_the_plural() {
        var view = open("admin/indicators", IndicatorsView.class);
        var dialog = edit(view, "road_widening");
        assertThat(dialog.leadDepartmentEn.getValue()).isEqualTo("Municipal Transport Bureau");
        assertThat(dialog.unitEn.isReadOnly()).isTrue();
        assertThat(dialog.unitOneEn.isReadOnly()).isFalse();
        assertThat(dialog.unitOneEn.getValue())
                .as("the catalogue's units have theirs in the bundle")
                .isEmpty();
        dialog.leadDepartmentEn.setValue("B".repeat(2001));
        _click(dialog.save);
        assertThat(dialog.leadDepartmentEn.isInvalid()).isTrue();
        assertThat(dialog.leadDepartmentEn.getErrorMessage()).isEqualTo("文字太长，最多 2,000 个字。");
        assertThat(dialog.isOpened()).isTrue();

        dialog.leadDepartmentEn.setValue("  Zhangzhou Transport Bureau ");
        dialog.unitOneEn.setValue("kilometre");
        _click(dialog.save);
        _assertNone(IndicatorDialog.class);
        var saved = db.fetchSingle(
                "select lead_department, lead_department_en, unit_one_en from indicator where code = 'road_widening'");
        assertThat(saved.intoArray()).containsExactly("市交通运输局", "Zhangzhou Transport Bureau", "kilometre");
        assertThat(db.fetchSingle("""
                                select new_value::text from audit_entry
                                 where action = 'indicator.update' order by id desc limit 1""").get(0, String.class))
                .as("the trail names both fields changed, and only those")
                .contains("\"leadDepartmentEn\": \"Zhangzhou Transport Bureau\"")
                .contains("\"unitOneEn\": \"kilometre\"")
                .doesNotContain("\"leadDepartment\":");
    }

    @Test
    void the_demo_rule_reads_as_a_sentence_and_can_be_disabled() {
        var view = open("admin/rules", RulesView.class);
        int row = row(view.grid, "code", "inspected_within_programme");
        assertThat(_getFormatted(view.grid, row, "formula")).isEqualTo("交叉指导检查学校 不大于 营养改善计划学校");
        assertThat(_getFormatted(view.grid, row, "severity")).isEqualTo("警告");
        _click(action(view.grid, "inspected_within_programme", "rule-toggle"));
        var status = _getCellComponent(view.grid, row(view.grid, "code", "inspected_within_programme"), "status");
        assertThat(status.getElement().getText()).isEqualTo("停用");
    }

    @Test
    void copying_2020_targets_into_2021_fills_the_year_and_says_how_many() {
        var view = open("admin/targets", TargetsView.class);
        view.year.setValue("2020");
        assertThat(_size(view.grid)).isEqualTo(61);
        assertThat(_getFormatted(view.grid, row(view.grid, "indicator", "贫困家庭儿童辍学"), "direction"))
                .isEqualTo("清零");
        view.year.setValue("2021");
        assertThat(_size(view.grid)).isZero();
        _click(view.copy);
        assertThat(_size(view.grid)).as("龙海市's and 长泰县's go to 龙海区 and 长泰区").isEqualTo(61);
        assertThat(NotificationsKt.getNotifications())
                .extracting(Notification::getElement)
                .anySatisfy(n -> assertThat(n.getProperty("text")).isEqualTo("已从 2020 年复制 61 个目标值"));
        assertThat(_getFormatted(view.grid, row(view.grid, "indicator", "家庭医生签约覆盖"), "division"))
                .isEqualTo("漳州市");
    }

    /**
     * A year that is not one is marked on its field and empties the page: it stacked a toast per change,
     * marked nothing, and left the last year's targets listed with their buttons live.
     */
    @Test
    void a_year_that_is_not_one_is_marked_on_its_field_and_leaves_nothing_to_edit() {
        var view = open("admin/targets", TargetsView.class);
        assertThat(view.year.getValue())
                .as("the calendar's last year, not the server clock's")
                .isEqualTo(db.fetchSingle("select max(year)::text from period").get(0, String.class));
        view.year.setValue("2020");
        assertThat(_size(view.grid)).isEqualTo(61);
        for (var typed : List.of("abc", "", "1999")) {
            view.year.setValue(typed);
            assertThat(view.year.isInvalid()).as(typed).isTrue();
            assertThat(_size(view.grid)).as(typed).isZero();
            assertThat(view.grid.getEmptyStateText())
                    .as("no 'none set for this year' under " + typed)
                    .isEmpty();
            assertThat(view.copy.isEnabled() || newTarget().isEnabled() || view.unit.isEnabled())
                    .as(typed)
                    .isFalse();
        }
        assertThat(view.year.getErrorMessage()).isEqualTo("年度应在 2000 至 2100 之间");
        view.year.setValue("abc");
        assertThat(view.year.getErrorMessage()).startsWith("“abc”不是年度");
        view.year.setValue("");
        assertThat(view.year.getErrorMessage()).startsWith("请填写年度");
        assertThat(NotificationsKt.getNotifications())
                .as("said on the field, not in a pile of toasts")
                .isEmpty();

        view.year.setValue("２０２０");
        assertThat(view.year.isInvalid()).isFalse();
        assertThat(_size(view.grid)).isEqualTo(61);
        assertThat(view.unit.isEnabled() && newTarget().isEnabled()).isTrue();
        view.year.setValue("2031");
        assertThat(view.grid.getEmptyStateText()).isEqualTo("该年度尚未设定目标值：可新建，或从上年复制");
        assertThat(view.copy.isEnabled()).isTrue();
    }

    /**
     * In a published year 从上年复制 is off and the page says why before anything is pressed: the button
     * stayed live and answered a click with a refusal only (a stranger's tour), and the dialog was the
     * first place to learn that every change needs its reason.
     */
    @Test
    void a_published_year_turns_copying_off_and_says_why_on_the_page() {
        var view = open("admin/targets", TargetsView.class);
        view.year.setValue("2020");
        assertThat(view.copy.isEnabled()).as("2020 is published").isFalse();
        assertThat(view.published.isVisible()).isTrue();
        assertThat(view.published.getText()).startsWith("2020年度已结束并发布").contains("须填写修订原因");
        view.year.setValue("2021");
        assertThat(view.copy.isEnabled()).as("no figure of 2021 is published").isTrue();
        assertThat(view.published.isVisible()).isFalse();
        view.year.setValue("abc");
        assertThat(view.published.isVisible()).as("no year, no note").isFalse();
        assertThat(view.copy.getText())
                .as("no last year of a year that is not one")
                .isEqualTo("从上年复制");
    }

    /**
     * After January 2021 was published, 从上年复制 was off while the empty list below still said 「或从上年复制」,
     * and a first target asked a revision's reason (a tester's tour). In a year still running the page
     * offers copying where it copies, says that only changing a target needs a reason, and the dialog asks
     * none for a first target.
     */
    @Test
    void a_running_year_with_january_published_offers_copying_and_asks_no_reason_for_a_first_target() {
        db.execute("update period set status = 'published', published_at = now() where year = 2021 and month = 1");
        var view = open("admin/targets", TargetsView.class);
        view.year.setValue("2021");
        assertThat(_size(view.grid)).isZero();
        assertThat(view.copy.isEnabled()).isTrue();
        assertThat(view.grid.getEmptyStateText()).isEqualTo("该年度尚未设定目标值：可新建，或从上年复制");
        assertThat(view.published.isVisible()).isTrue();
        assertThat(view.published.getText())
                .startsWith("2021年度已有数据发布：修改或删除发布时已有的目标值是对已发布结果的修订")
                .contains("可新建或从上年复制，无须填写原因");

        _click(newTarget());
        var create = _get(TargetDialog.class);
        TargetDialogs.chooseIndicator(create, "road_widening");
        assertThat(create.reason.isVisible())
                .as("a first target is no revision")
                .isFalse();
        create.value.setValue("3");
        _click(create.save);
        _assertNone(TargetDialog.class);
        assertThat(view.grid.getListDataView().getItem(0).revisions()).isZero();

        _click(view.copy);
        assertThat(_size(view.grid))
                .as("last year's, beside the one set by hand")
                .isGreaterThan(1);
        int roads = Catalogue.indicatorId(db, "road_widening");
        assertThat(view.grid.getListDataView().getItems())
                .filteredOn(t -> t.divisionCode().equals("350600") && t.indicatorId() == roads)
                .singleElement()
                .satisfies(t -> assertThat(t.value()).as("never overwritten").isEqualByComparingTo("3"));
        assertThat(view.grid.getListDataView().getItems()).allMatch(t -> t.revisions() == 0);

        view.year.setValue("2020");
        assertThat(view.copy.isEnabled()).isFalse();
        assertThat(view.grid.getEmptyStateText())
                .as("a year over never offers what its button refuses")
                .doesNotContain("或从上年复制")
                .contains("不能从上年复制");
    }

    /** Copying from a year without targets copies nothing, and says so rather than cheering 「复制 0 个」 in green. */
    @Test
    void copying_from_a_year_without_targets_says_nothing_was_copied() {
        var view = open("admin/targets", TargetsView.class);
        view.year.setValue("2031");
        _click(view.copy);
        assertThat(NotificationsKt.getNotifications())
                .extracting(Notification::getElement)
                .singleElement()
                .satisfies(
                        n -> assertThat(n.getProperty("text")).isEqualTo("没有复制任何目标值：2030 年没有设定目标值，或其目标值在 2031 年都已设定"))
                .satisfies(n -> assertThat(n.getAttribute("theme")).doesNotContain("success"));
    }

    @Test
    void a_reach_zero_target_with_another_value_is_refused_next_to_the_value() {
        var view = open("admin/targets", TargetsView.class);
        view.year.setValue("2021");
        _click(_get(Button.class, spec -> spec.withId("new-target")));
        var dialog = _get(TargetDialog.class);
        TargetDialogs.chooseIndicator(dialog, "dropouts");
        assertThat(dialog.direction.getValue()).isEqualTo(TargetDirection.REACH_ZERO);
        TargetDialogs.chooseDivision(dialog, "350604");
        dialog.value.setValue("3");
        _click(dialog.save);
        assertThat(dialog.value.isInvalid()).isTrue();
        assertThat(dialog.value.getErrorMessage()).isEqualTo("方向为“清零”时目标值必须为 0");
        dialog.value.setValue("0");
        _click(dialog.save);
        _assertNone(TargetDialog.class);
        assertThat(_getFormatted(view.grid, row(view.grid, "division", "龙海区"), "value"))
                .isEqualTo("0 人");
    }

    /** The dialog opened with 单位 empty while the picker beside the button showed 漳州市 (a tester's trial). */
    @Test
    void a_new_target_starts_on_the_unit_the_page_shows() {
        var view = open("admin/targets", TargetsView.class);
        assertThat(view.unit.getValue().name()).isEqualTo("漳州市");
        _click(_get(Button.class, spec -> spec.withId("new-target")));
        assertThat(_get(TargetDialog.class).division.getValue())
                .as("the root the page shows")
                .isEqualTo(view.unit.getValue());
        _get(TargetDialog.class).close();

        TargetDialogs.showUnit(view, "350602");
        _click(_get(Button.class, spec -> spec.withId("new-target")));
        assertThat(_get(TargetDialog.class).division.getValue().code()).isEqualTo("350602");
    }

    @Test
    void a_leader_cannot_open_the_catalogue_pages() {
        KaribuSpring.signInAndOpen(context, "leader");
        for (var route : new String[] {"admin/indicators", "admin/rules", "admin/targets"}) {
            UI.getCurrent().navigate(route);
            _get(NotFoundOrDeniedView.class);
        }
        _assertNone(IndicatorsView.class);
    }

    @Test
    void a_districts_page_of_targets_offers_its_towns_and_lists_a_towns_target() {
        Catalogue.addDivision(db, "350602001", "东铺头街道", "town", "350602");
        var view = open("admin/targets", TargetsView.class);
        view.year.setValue("2021");
        TargetDialogs.showUnit(view, "350602");
        _click(_get(Button.class, spec -> spec.withId("new-target")));
        var dialog = _get(TargetDialog.class);
        assertThat(dialog.division.getListDataView().getItems().map(d -> d.code()))
                .as("the district and its town")
                .containsExactly("350602", "350602001");
        TargetDialogs.chooseIndicator(dialog, "road_widening");
        TargetDialogs.chooseDivision(dialog, "350602001");
        dialog.value.setValue("1.5");
        _click(dialog.save);
        _assertNone(TargetDialog.class);
        assertThat(_getFormatted(view.grid, row(view.grid, "division", "东铺头街道"), "value"))
                .isEqualTo("1.5 公里");
    }

    /**
     * Raising 2020's target of 营养改善计划学校 turned a published 完成 into 未完成 with no reason (a
     * stranger's trial): in a published year the dialog asks for the reason, and the row then offers
     * the target's revisions.
     */
    @Test
    void a_published_years_target_is_changed_with_its_reason_and_its_revisions_are_listed() {
        var view = open("admin/targets", TargetsView.class);
        view.year.setValue("2020");
        TargetDialogs.showUnit(view, "350600");
        int meals = Catalogue.indicatorId(db, "meal_schools");
        var target = view.grid
                .getListDataView()
                .getItems()
                .filter(t -> t.divisionCode().equals("350600") && t.indicatorId() == meals)
                .findFirst()
                .orElseThrow();
        view.edit(target);
        var dialog = _get(TargetDialog.class);
        assertThat(dialog.reason.isVisible()).isTrue();
        assertThat(dialog.reason.getHelperText()).isEqualTo("2020年度的数据已发布：此项修改作为修订保存，连同原因");
        dialog.value.setValue("170");
        _click(dialog.save);
        assertThat(dialog.reason.isInvalid()).as("refused next to the reason").isTrue();
        // the help above already says why; the refusal says what to do, so it does not read as the help again
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("请填写修订原因");
        assertThat(dialog.isOpened()).isTrue();
        // 2,001 characters: refused beside the field, not cut to 2,000 by the browser without a word (a
        // maxlength on the field made the browser drop the rest of a pasted reason, and the save succeed)
        assertThat(dialog.reason.getElement().hasProperty("maxlength")).isFalse();
        dialog.reason.setValue("长".repeat(2_001));
        _click(dialog.save);
        assertThat(dialog.reason.getErrorMessage()).startsWith("文字太长");
        assertThat(dialog.isOpened()).isTrue();
        dialog.reason.setValue("市政府调整年度任务");
        _click(dialog.save);
        _assertNone(TargetDialog.class);

        int index = IntStream.range(0, _size(view.grid))
                .filter(i -> _getFormatted(view.grid, i, "division").equals("漳州市")
                        && _getFormatted(view.grid, i, "value").startsWith("170"))
                .findFirst()
                .orElseThrow();
        var actions = _getCellComponent(view.grid, index, "actions");
        var history = _get(actions, Button.class, spec -> spec.withClasses("target-history"));
        assertThat(history.getText()).isEqualTo("修订记录（1）");
        _click(history);
        var revisions = _get(TargetHistoryDialog.class);
        assertThat(revisionLine(revisions, "before")).isEqualTo("增加到 156 所");
        assertThat(revisionLine(revisions, "after")).isEqualTo("增加到 170 所");
        assertThat(revisionLine(revisions, "reason")).isEqualTo("市政府调整年度任务");
        assertThat(revisionLine(revisions, "by")).isEqualTo("系统管理员");

        // the leader's tile says the target it measures against is not the one first published
        KaribuSpring.signInAndOpen(context, "leader");
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2020")));
        var tile = _find(Component.class).stream()
                .filter(c -> "meal_schools".equals(c.getElement().getAttribute("data-indicator")))
                .filter(c -> c.getElement().getClassList().contains("tile"))
                .findFirst()
                .orElseThrow();
        assertThat(tile.getElement().getProperty("innerHTML"))
                .contains("目标 170所（已修订）")
                .contains("未完成");
    }

    /** 保存 on a target left as it was said 「已保存」 in green, in a published year with no reason asked. */
    @Test
    void saving_a_target_unchanged_says_nothing_changed() {
        var view = open("admin/targets", TargetsView.class);
        view.year.setValue("2020");
        TargetDialogs.showUnit(view, "350600");
        view.edit(view.grid.getListDataView().getItem(0));
        _click(_get(TargetDialog.class).save);
        _assertNone(TargetDialog.class);
        assertThat(NotificationsKt.getNotifications())
                .extracting(n -> n.getElement().getProperty("text"))
                .containsExactly("未作修改，目标值保持不变");
        assertThat(view.grid.getListDataView().getItem(0).revisions()).isZero();
    }

    /** 删除 removed a target at once, one click beside 编辑; now it asks, and in a published year asks why. */
    @Test
    void removing_a_target_asks_first_and_in_a_published_year_asks_the_reason() {
        var view = open("admin/targets", TargetsView.class);
        view.year.setValue("2020");
        TargetDialogs.showUnit(view, "350600");
        int before = _size(view.grid);
        var first = view.grid.getListDataView().getItem(0);
        view.remove(first);
        var dialog = _get(TargetRemoveDialog.class);
        assertThat(dialog.reason.isVisible()).isTrue();
        _click(dialog.remove);
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(_size(view.grid)).as("nothing removed without the reason").isEqualTo(before);
        dialog.reason.setValue("该项不再考核");
        _click(dialog.remove);
        _assertNone(TargetRemoveDialog.class);
        assertThat(_size(view.grid)).isEqualTo(before - 1);

        view.year.setValue("2021");
        _click(newTarget());
        var create = _get(TargetDialog.class);
        assertThat(create.reason.isVisible()).as("2021 is not published").isFalse();
        TargetDialogs.chooseIndicator(create, "road_widening");
        create.value.setValue("3");
        _click(create.save);
        var added = view.grid.getListDataView().getItem(0);
        view.remove(added);
        var plain = _get(TargetRemoveDialog.class);
        assertThat(plain.reason.isVisible()).isFalse();
        _click(plain.remove);
        assertThat(_size(view.grid)).isZero();
    }

    private <T extends Component> T open(String route, Class<T> view) {
        KaribuSpring.signInAndOpen(context, "admin");
        UI.getCurrent().navigate(route);
        return _get(view);
    }

    private static Button newTarget() {
        return _get(Button.class, spec -> spec.withId("new-target"));
    }

    static int row(Grid<?> grid, String column, String text) {
        return IntStream.range(0, _size(grid))
                .filter(i -> _getFormatted(grid, i, column).equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError(text + " not in column " + column));
    }

    /** The one revision's line of {@code key} in the history dialog (before, after, reason, by, at). */
    private static String revisionLine(TargetHistoryDialog dialog, String key) {
        return _get(dialog, Span.class, spec -> spec.withClasses("target-revision-" + key))
                .getText();
    }
}
