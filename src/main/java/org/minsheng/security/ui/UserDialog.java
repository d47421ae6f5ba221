package org.minsheng.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.minsheng.base.ui.Attempt;
import org.minsheng.base.ui.ComponentTexts;
import org.minsheng.base.ui.FieldChecks;
import org.minsheng.base.ui.Notifications;
import org.minsheng.base.ui.OneClick;
import org.minsheng.security.District;
import org.minsheng.security.NewUser;
import org.minsheng.security.Role;
import org.minsheng.security.UserAdminService;
import org.minsheng.security.UserChange;
import org.minsheng.security.UserSummary;

/**
 * Creates a user or edits one's name, roles and units (a statistician's to enter, a leader's to read).
 * Enter saves and Escape cancels; the rules themselves live in the service, whose refusals appear next
 * to the field concerned.
 */
class UserDialog extends Dialog {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final PasswordField password = new PasswordField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final MultiSelectComboBox<District> scope = new MultiSelectComboBox<>();
    final Button save = new Button();

    private final FieldChecks checks = new FieldChecks();
    private final UserAdminService service;
    private final UserSummary editing;
    private final Consumer<UserSummary> onSaved;

    /** A dialog for a new user when {@code editing} is null, otherwise for that user. */
    UserDialog(UserAdminService service, UserSummary editing, Consumer<UserSummary> onSaved) {
        this.service = service;
        this.editing = editing;
        this.onSaved = onSaved;
        setHeaderTitle(
                editing == null
                        ? getTranslation("users.dialog.new")
                        : getTranslation("users.dialog.edit", editing.username()));
        setId("user-dialog");

        username.setLabel(getTranslation("users.field.username"));
        username.setHelperText(getTranslation("users.field.username.help"));
        username.setId("user-username");
        displayName.setLabel(getTranslation("users.field.displayName"));
        displayName.setId("user-display-name");
        password.setLabel(getTranslation("users.field.password"));
        password.setHelperText(getTranslation("users.field.password.help"));
        password.setId("user-password");
        roles.setLabel(getTranslation("users.field.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(
                role -> getTranslation("users.role." + role.name().toLowerCase()));
        roles.setId("user-roles");
        scope.setLabel(getTranslation("users.field.scope"));
        scope.setI18n(ComponentTexts.multiSelect(this));
        scope.setHelperText(getTranslation("users.field.scope.help"));
        scope.setItems(service.districts());
        scope.setItemLabelGenerator(d -> UserAdminView.scopeLabel(this, d, roles.getValue()));
        scope.setId("user-scope");
        roles.addValueChangeListener(e -> {
            scope.setEnabled(scoped(e.getValue()));
            // a city reads as what the roles do with it (its own indicators entered, or the whole city read):
            // set again, the choices and the chosen chips are labelled anew
            scope.setItemLabelGenerator(d -> UserAdminView.scopeLabel(this, d, e.getValue()));
        });

        var form = new FormLayout();
        if (editing == null) {
            form.add(username, displayName, password, roles, scope);
        } else {
            displayName.setValue(editing.displayName());
            roles.setValue(editing.roles());
            scope.setValue(scope.getListDataView()
                    .getItems()
                    .filter(d -> editing.scopeIds().contains(d.id()))
                    .collect(Collectors.toSet()));
            form.add(displayName, roles, scope);
        }
        scope.setEnabled(scoped(roles.getValue()));
        // the service's own messages, shown before it is asked; it checks all of this again
        if (editing == null) {
            checks.required(username, getTranslation("users.error.username.invalid"));
        }
        checks.required(displayName, getTranslation("users.error.displayName.required"))
                .required(roles, getTranslation("users.error.roles.required"))
                .picked(scope, typed -> getTranslation("users.error.scope.unpicked", typed));
        form.setColspan(roles, 2);
        form.setColspan(scope, 2);
        add(form);

        save.setText(getTranslation("users.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Enter in a text field saves; in the district picker it still picks a district.
        save.addClickShortcut(Key.ENTER).listenOn(username, displayName, password);
        OneClick.run(save, this::save);
        save.setId("user-save");
        var cancel = new Button(getTranslation("users.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    /** A statistician's units are what they enter; a leader's or reviewer's unit is what they read (and review). */
    private static boolean scoped(Set<Role> roles) {
        return roles.contains(Role.STATISTICIAN) || roles.contains(Role.LEADER) || roles.contains(Role.REVIEWER);
    }

    private void save() {
        if (!checks.ok()) {
            return;
        }
        Set<Integer> scopeIds =
                scope.isEnabled() ? scope.getValue().stream().map(District::id).collect(Collectors.toSet()) : Set.of();
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("users.error.username.", username);
        fields.put("users.error.displayName.", displayName);
        fields.put("users.error.password.", password);
        fields.put("users.error.roles.", roles);
        fields.put("users.error.lastAdministrator", roles);
        fields.put("users.error.scope.", scope);
        UserSummary[] saved = new UserSummary[1];
        var outcome = Attempt.run(
                this,
                fields,
                () -> saved[0] = editing == null
                        ? service.create(new NewUser(
                                username.getValue(),
                                displayName.getValue(),
                                password.getValue(),
                                roles.getValue(),
                                scopeIds))
                        : service.update(new UserChange(
                                editing.id(), editing.version(), displayName.getValue(), roles.getValue(), scopeIds)));
        if (outcome == Attempt.Outcome.DONE) {
            close();
            Notifications.success(
                    getTranslation(editing == null ? "users.created" : "users.saved", saved[0].username()));
            onSaved.accept(saved[0]);
        } else if (outcome == Attempt.Outcome.OUTDATED) {
            close();
            onSaved.accept(null);
        }
    }
}
