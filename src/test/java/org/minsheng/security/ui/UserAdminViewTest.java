package org.minsheng.security.ui;

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
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.ui.NotFoundOrDeniedView;
import org.minsheng.security.Role;
import org.minsheng.security.UserAdminService;
import org.minsheng.security.UserChange;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The administrators' user page, driven as an administrator would, on the real services. Fields are
 * filled with setValue: Karibu's _setValue calls a Flow method that Vaadin 25 no longer has.
 */
@IntegrationTest
@Transactional
class UserAdminViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    AuthenticationProvider login;

    @Autowired
    UserAdminService service;

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void the_administrator_sees_users_with_translated_roles_and_district_names() {
        var grid = open("admin").grid;
        int row = row(grid, "stat-xiangcheng");
        assertThat(_getFormatted(grid, row, "displayName")).isEqualTo("芗城区统计员");
        assertThat(_getFormatted(grid, row, "roles")).isEqualTo("统计员");
        assertThat(_getFormatted(grid, row, "scope")).isEqualTo("芗城区");
        assertThat(_getFormatted(grid, row(grid, "admin"), "roles")).isEqualTo("管理员");
    }

    @Test
    void a_new_statistician_created_in_the_dialog_appears_in_the_list_and_can_sign_in() {
        var view = open("admin");
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        var dialog = _get(UserDialog.class);
        dialog.username.setValue("stat-dongshan");
        dialog.displayName.setValue("东山县统计员");
        dialog.password.setValue("Dongshan-Island-0596");
        dialog.roles.setValue(Set.of(Role.STATISTICIAN));
        assertThat(dialog.scope.isEnabled()).isTrue();
        dialog.scope.setValue(Set.copyOf(dialog.scope
                .getListDataView()
                .getItems()
                .filter(d -> d.code().equals("350626"))
                .toList()));
        // a double-click saved twice: 「用户名 stat-dongshan 已被使用」 right after the success (a tester's tour)
        assertThat(dialog.save.isDisableOnClick()).isTrue();
        _click(dialog.save);

        _assertNone(UserDialog.class);
        int row = row(view.grid, "stat-dongshan");
        assertThat(_getFormatted(view.grid, row, "scope")).isEqualTo("东山县");
        assertThat(_getFormatted(view.grid, row, "roles")).isEqualTo("统计员");
        var signedIn = login.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("stat-dongshan", "Dongshan-Island-0596"));
        assertThat(signedIn.isAuthenticated()).isTrue();
        assertThat(signedIn.getAuthorities()).extracting(Object::toString).contains("ROLE_STATISTICIAN");
    }

    @Test
    void the_unit_picker_opens_for_a_leader_and_a_reviewer_as_for_a_statistician_and_stays_closed_for_communications() {
        open("admin");
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        var dialog = _get(UserDialog.class);
        dialog.roles.setValue(Set.of(Role.COMMUNICATIONS));
        assertThat(dialog.scope.isEnabled()).isFalse();
        dialog.roles.setValue(Set.of(Role.REVIEWER));
        assertThat(dialog.scope.isEnabled())
                .as("a reviewer may be limited to one unit, whose subtree they approve")
                .isTrue();
        dialog.roles.setValue(Set.of(Role.LEADER));
        assertThat(dialog.scope.isEnabled())
                .as("a leader may be limited to one unit")
                .isTrue();
    }

    /**
     * A former unit offered for its earlier years says it is one, beside its successor: the picker listed
     * 龙海市 and 龙海区 alike (a stranger's trial). A statistician saved without a unit is told that the
     * city itself is one too: the message named only districts.
     */
    @Test
    void a_former_unit_is_marked_in_the_picker_and_a_missing_unit_names_the_city_too() {
        open("admin");
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        var dialog = _get(UserDialog.class);
        dialog.roles.setValue(Set.of(Role.STATISTICIAN));
        var labels = dialog.scope
                .getListDataView()
                .getItems()
                .map(d -> dialog.scope.getItemLabelGenerator().apply(d))
                .toList();
        assertThat(labels).contains("龙海市（已撤销，旧年度数据）", "龙海区", "漳州市（市本级填报）");

        dialog.username.setValue("zhangsan");
        dialog.displayName.setValue("张三");
        dialog.password.setValue("Longhai-2021-statistics");
        _click(dialog.save);
        assertThat(dialog.scope.getErrorMessage()).isEqualTo("统计员至少需要负责一个单位（区县或市本级）");
    }

    /**
     * 广东 typed as a new leader's unit matched nothing, and the click on 保存 (emptying the box as focus
     * left it) created a leader with no unit, who read the whole installation (a stranger's tour of the
     * national demo). What the box held, as the browser reports it, now refuses the save once with a
     * message naming it; saving again means no unit was meant.
     */
    @Test
    void text_left_in_the_unit_picker_refuses_the_save_once_and_names_the_text() {
        var view = open("admin");
        int users = _size(view.grid);
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        var dialog = _get(UserDialog.class);
        dialog.username.setValue("leader-guangdong");
        dialog.displayName.setValue("广东省领导");
        dialog.password.setValue("Guangdong-Leader-2020");
        dialog.roles.setValue(Set.of(Role.LEADER));
        leaveText(dialog.scope, "广东");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.scope.getErrorMessage()).isEqualTo("「广东」没有选中任何单位：请在列表中点选单位；不限定单位请再点保存");
        assertThat(_size(view.grid)).isEqualTo(users);

        _click(dialog.save);
        _assertNone(UserDialog.class);
        assertThat(_getFormatted(view.grid, row(view.grid, "leader-guangdong"), "scope"))
                .as("saved again, without a unit, as the administrator chose")
                .isEmpty();
    }

    /** A pick after the text was left behind is what the administrator meant: it saves at once. */
    @Test
    void a_unit_picked_after_text_was_left_behind_saves_at_once() {
        var view = open("admin");
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        var dialog = _get(UserDialog.class);
        dialog.username.setValue("leader-zhangpu");
        dialog.displayName.setValue("漳浦县领导");
        dialog.password.setValue("Zhangpu-Leader-2020");
        dialog.roles.setValue(Set.of(Role.LEADER));
        leaveText(dialog.scope, "漳埔");
        dialog.scope.setValue(Set.copyOf(dialog.scope
                .getListDataView()
                .getItems()
                .filter(d -> d.code().equals("350623"))
                .toList()));
        _click(dialog.save);

        _assertNone(UserDialog.class);
        assertThat(_getFormatted(view.grid, row(view.grid, "leader-zhangpu"), "scope"))
                .isEqualTo("漳浦县");
    }

    /** What the browser sends as focus leaves a picker whose box holds text (UnpickedText). */
    private static void leaveText(Component picker, String typed) {
        var data = JsonNodeFactory.instance.objectNode();
        data.put("event.detail", typed);
        picker.getElement()
                .getNode()
                .getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(picker.getElement(), "unpicked-text", data));
    }

    @Test
    void an_empty_name_and_no_role_are_marked_by_the_form_and_its_fields_stay_editable() {
        var view = open("admin");
        int users = _size(view.grid);
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        var dialog = _get(UserDialog.class);
        assertThat(List.of(dialog.username, dialog.displayName)).allSatisfy(field -> {
            assertThat(field.isReadOnly()).as("typed into in the browser").isFalse();
            assertThat(field.isRequiredIndicatorVisible()).isTrue();
        });
        assertThat(dialog.roles.isReadOnly()).isFalse();
        dialog.username.setValue("zhangsan");
        _click(dialog.save);

        assertThat(dialog.displayName.getErrorMessage()).isEqualTo("请填写姓名或岗位");
        assertThat(dialog.roles.isInvalid()).isTrue();
        assertThat(dialog.roles.getErrorMessage()).isEqualTo("请至少选择一个角色");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(_size(view.grid)).isEqualTo(users);
    }

    @Test
    void a_refused_password_is_explained_next_to_the_field_and_the_dialog_stays_open() {
        var view = open("admin");
        int users = _size(view.grid);
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        var dialog = _get(UserDialog.class);
        dialog.username.setValue("zhangsan");
        dialog.displayName.setValue("张三");
        dialog.password.setValue("zhangsan-2020");
        dialog.roles.setValue(Set.of(Role.LEADER));
        _click(dialog.save);

        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.password.getErrorMessage()).isEqualTo("密码不能包含用户名");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(_size(view.grid)).isEqualTo(users);
    }

    /**
     * Disabling asks first, naming the account: one click disabled a statistician, a mis-aimed one
     * included (a stranger's trial). Cancelling changes nothing.
     */
    @Test
    void disabling_asks_first_and_cancelling_changes_nothing() {
        var view = open("admin");
        clickToggle(view, "stat-zhangpu");
        var confirm = _get(ConfirmDialog.class, spec -> spec.withId("user-disable-confirm"));
        assertThat(confirm.getElement().getProperty("message"))
                .contains("stat-zhangpu")
                .contains("不能再登录");
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(enabled(view, "stat-zhangpu")).isTrue();

        clickToggle(view, "stat-zhangpu");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("user-disable-confirm")));
        assertThat(enabled(view, "stat-zhangpu")).isFalse();
        clickToggle(view, "stat-zhangpu");
        assertThat(enabled(view, "stat-zhangpu"))
                .as("enabling again does not ask")
                .isTrue();
    }

    private static void clickToggle(UserAdminView view, String username) {
        var actions = _getCellComponent(view.grid, row(view.grid, username), "actions");
        _click(_find(actions, Button.class).stream()
                .filter(b -> b.hasClassName("user-toggle"))
                .findFirst()
                .orElseThrow());
    }

    private static boolean enabled(UserAdminView view, String username) {
        return view.grid
                .getListDataView()
                .getItems()
                .filter(u -> u.username().equals(username))
                .findFirst()
                .orElseThrow()
                .enabled();
    }

    @Test
    void disabling_the_last_administrator_shows_why_it_is_refused() {
        var view = open("admin");
        clickToggle(view, "admin");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("user-disable-confirm")));

        assertThat(NotificationsKt.getNotifications())
                .extracting(Notification::getElement)
                .anySatisfy(n -> assertThat(n.getProperty("text")).contains("最后一个启用的管理员"));
        assertThat(_getFormatted(view.grid, row(view.grid, "admin"), "username"))
                .isEqualTo("admin");
        assertThat(view.grid
                        .getListDataView()
                        .getItems()
                        .filter(u -> u.username().equals("admin"))
                        .findFirst()
                        .orElseThrow()
                        .enabled())
                .isTrue();
    }

    @Test
    void an_edit_of_a_user_someone_else_just_changed_is_refused_and_the_list_reloads() {
        var view = open("admin");
        var actions = _getCellComponent(view.grid, row(view.grid, "leader"), "actions");
        _click(_find(actions, Button.class).stream()
                .filter(b -> b.hasClassName("user-edit"))
                .findFirst()
                .orElseThrow());
        var dialog = _get(UserDialog.class);
        var leader = view.grid
                .getListDataView()
                .getItems()
                .filter(u -> u.username().equals("leader"))
                .findFirst()
                .orElseThrow();
        // Another administrator saves first.
        service.update(new UserChange(leader.id(), leader.version(), "市纪委监委主要领导", leader.roles(), Set.of()));

        dialog.displayName.setValue("市纪委监委分管领导");
        _click(dialog.save);

        assertThat(NotificationsKt.getNotifications())
                .extracting(Notification::getElement)
                .anySatisfy(n -> assertThat(n.getProperty("text")).contains("刚被其他人修改过"));
        _assertNone(UserDialog.class);
        assertThat(_getFormatted(view.grid, row(view.grid, "leader"), "displayName"))
                .isEqualTo("市纪委监委主要领导");
    }

    /**
     * The city as a scope is 「市本级填报」 only for a statistician, who enters the city's own indicators;
     * a leader or reviewer limited to it reads the whole city, in the list and in the dialog as its roles
     * are ticked (a stranger's trial read leader-zhangzhou as limited to the city's own indicators).
     */
    @Test
    void the_city_as_a_scope_says_what_the_roles_do_with_it() {
        var view = open("admin");
        var city = service.districts().stream()
                .filter(d -> d.code().equals("350600"))
                .findFirst()
                .orElseThrow();
        for (var username : List.of("leader", "reviewer")) {
            var user = view.grid
                    .getListDataView()
                    .getItems()
                    .filter(u -> u.username().equals(username))
                    .findFirst()
                    .orElseThrow();
            service.update(
                    new UserChange(user.id(), user.version(), user.displayName(), user.roles(), Set.of(city.id())));
        }
        view.refresh();
        assertThat(_getFormatted(view.grid, row(view.grid, "leader"), "scope")).isEqualTo("漳州市（全市）");
        assertThat(_getFormatted(view.grid, row(view.grid, "reviewer"), "scope"))
                .isEqualTo("漳州市（全市）");
        assertThat(_getFormatted(view.grid, row(view.grid, "stat-city"), "scope"))
                .isEqualTo("漳州市（市本级填报）");

        view.edit(view.grid
                .getListDataView()
                .getItems()
                .filter(u -> u.username().equals("leader"))
                .findFirst()
                .orElseThrow());
        var dialog = _get(UserDialog.class);
        assertThat(dialog.scope.getValue()).containsExactly(city);
        assertThat(dialog.scope.getItemLabelGenerator().apply(city)).isEqualTo("漳州市（全市）");
        dialog.roles.setValue(Set.of(Role.LEADER, Role.STATISTICIAN));
        assertThat(dialog.scope.getItemLabelGenerator().apply(city)).isEqualTo("漳州市（市本级填报，查看全市）");
        dialog.roles.setValue(Set.of(Role.STATISTICIAN, Role.REVIEWER));
        assertThat(dialog.scope.getItemLabelGenerator().apply(city))
                .as("a reviewer who enters figures reviews every unit; the city is what they enter")
                .isEqualTo("漳州市（市本级填报）");
    }

    @Test
    void a_leader_cannot_open_the_user_page() {
        KaribuSpring.signInAndOpen(context, "leader");
        UI.getCurrent().navigate("admin/users");
        _assertNone(UserAdminView.class);
        _get(NotFoundOrDeniedView.class);
    }

    private UserAdminView open(String username) {
        KaribuSpring.signInAndOpen(context, username);
        UI.getCurrent().navigate("admin/users");
        return _get(UserAdminView.class);
    }

    private static int row(Grid<?> grid, String username) {
        return IntStream.range(0, _size(grid))
                .filter(i -> _getFormatted(grid, i, "username").equals(username))
                .findFirst()
                .orElseThrow();
    }
}
