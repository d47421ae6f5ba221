package org.minsheng.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.minsheng.base.ui.Attempt;
import org.minsheng.base.ui.GridKeys;
import org.minsheng.base.ui.Notifications;
import org.minsheng.security.District;
import org.minsheng.security.Role;
import org.minsheng.security.UserAdminService;
import org.minsheng.security.UserSummary;

/**
 * The administrators' page for accounts: who may sign in, in which roles, for which districts.
 * Every action goes through {@link UserAdminService}, which checks the role again and audits.
 */
@Route("admin/users")
@Menu(title = "nav.users", order = 90, icon = "vaadin:users")
@RolesAllowed(Role.Names.ADMINISTRATOR)
class UserAdminView extends Div implements HasDynamicTitle {

    final Grid<UserSummary> grid = new Grid<>();
    private final UserAdminService service;

    UserAdminView(UserAdminService service) {
        this.service = service;
        addClassName("page");

        grid.setId("user-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(UserSummary::username)
                .setHeader(getTranslation("users.column.username"))
                .setKey("username")
                .setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(UserSummary::displayName)
                .setHeader(getTranslation("users.column.displayName"))
                .setKey("displayName")
                .setAutoWidth(true);
        grid.addColumn(this::roles)
                .setHeader(getTranslation("users.column.roles"))
                .setKey("roles")
                .setAutoWidth(true);
        grid.addColumn(user -> user.scope().stream()
                        .map(d -> scopeLabel(this, d, user.roles()))
                        .collect(Collectors.joining(separator())))
                .setHeader(getTranslation("users.column.scope"))
                .setKey("scope")
                .setAutoWidth(true);
        grid.addComponentColumn(this::status)
                .setHeader(getTranslation("users.column.status"))
                .setKey("status")
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("users.column.actions"))
                .setKey("actions")
                .setAutoWidth(true);
        GridKeys.openOnEnter(grid, this::edit);

        var create = new Button(getTranslation("users.new"), VaadinIcon.PLUS.create(), e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-user");
        create.addClickShortcut(Key.KEY_N, KeyModifier.ALT);

        var intro = new Paragraph(getTranslation("users.intro"));
        intro.addClassName("page-meta");
        add(new H2(getTranslation("users.heading")), intro, create, grid);
        refresh();
    }

    void refresh() {
        grid.setItems(service.list());
    }

    void create() {
        new UserDialog(service, null, saved -> refresh()).open();
    }

    void edit(UserSummary user) {
        new UserDialog(service, user, saved -> refresh()).open();
    }

    void resetPassword(UserSummary user) {
        new PasswordDialog(service, user, saved -> refresh()).open();
    }

    /**
     * Enabling is done at once; disabling asks first: one click signed a statistician out and locked them
     * out, a mis-aimed click on the row above or below included (a stranger's trial).
     */
    void toggleEnabled(UserSummary user) {
        if (!user.enabled()) {
            setEnabled(user);
            return;
        }
        var confirm = new ConfirmDialog();
        confirm.setId("user-disable-confirm");
        confirm.setHeader(getTranslation("users.disableConfirm.title"));
        confirm.setText(getTranslation("users.disableConfirm.text", user.displayName(), user.username()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("catalogue.cancel"));
        confirm.setConfirmText(getTranslation("users.disable"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> setEnabled(user));
        confirm.open();
    }

    private void setEnabled(UserSummary user) {
        var outcome = Attempt.run(this, Map.of(), () -> service.setEnabled(user.id(), user.version(), !user.enabled()));
        if (outcome == Attempt.Outcome.DONE) {
            Notifications.success(
                    getTranslation(user.enabled() ? "users.disabledDone" : "users.enabledDone", user.username()));
        }
        refresh();
    }

    private String roles(UserSummary user) {
        return user.roles().stream()
                .sorted()
                .map(role -> getTranslation("users.role." + role.name().toLowerCase()))
                .collect(Collectors.joining(separator()));
    }

    private Span status(UserSummary user) {
        var key = !user.enabled()
                ? "users.status.disabled"
                : user.locked() ? "users.status.locked" : "users.status.enabled";
        var badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add(user.enabled() && !user.locked() ? "badge success" : "badge error");
        return badge;
    }

    private HorizontalLayout actions(UserSummary user) {
        var edit = new Button(getTranslation("users.edit"), e -> edit(user));
        var toggle =
                new Button(getTranslation(user.enabled() ? "users.disable" : "users.enable"), e -> toggleEnabled(user));
        var password = new Button(getTranslation("users.resetPassword"), e -> resetPassword(user));
        for (var button : new Button[] {edit, toggle, password}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            button.getElement().setAttribute("data-user", user.username());
        }
        edit.addClassName("user-edit");
        toggle.addClassName("user-toggle");
        password.addClassName("user-password");
        return new HorizontalLayout(edit, toggle, password);
    }

    private String separator() {
        return getLocale() != null && "en".equals(getLocale().getLanguage()) ? ", " : "、";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.heading");
    }

    /**
     * A unit as a scope with these roles. A city reads 漳州市（市本级填报） for a statistician, who enters only
     * its city-level indicators, but 漳州市（全市） for a leader or reviewer, who reads (and reviews) the whole
     * city below it; a leader who also enters figures gets both. The first label alone said a scoped
     * leader or reviewer saw the city's own indicators only (a stranger's trial).
     */
    static String scopeLabel(Component view, District unit, Collection<Role> roles) {
        if (unit.former()) {
            // offered beside its successor (龙海市 and 龙海区): said, so the picker does not read as a duplicate
            return view.getTranslation("users.scope.former", unit.name());
        }
        if (!unit.city()) {
            return unit.within() == null
                    ? unit.name()
                    : view.getTranslation("users.scope.within", unit.name(), unit.within());
        }
        boolean reads = Role.scopeIsRead(roles);
        boolean enters = roles.contains(Role.STATISTICIAN);
        var key = reads && enters
                ? "users.scope.cityEntersAndReads"
                : reads ? "users.scope.cityReads" : "users.scope.city";
        return view.getTranslation(key, unit.name());
    }
}
