package org.minsheng.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Map;
import java.util.function.Consumer;
import org.minsheng.base.ui.Attempt;
import org.minsheng.base.ui.FieldChecks;
import org.minsheng.base.ui.Notifications;
import org.minsheng.security.UserAdminService;
import org.minsheng.security.UserSummary;

/** The administrator sets a new password for a user, who is then told it in person. */
class PasswordDialog extends Dialog {

    final PasswordField password = new PasswordField();
    final PasswordField confirm = new PasswordField();
    final Button save = new Button();

    PasswordDialog(UserAdminService service, UserSummary user, Consumer<UserSummary> onSaved) {
        setHeaderTitle(getTranslation("users.dialog.password", user.username()));
        setId("password-dialog");
        password.setLabel(getTranslation("users.field.password"));
        password.setHelperText(getTranslation("users.field.password.help"));
        password.setId("reset-password");
        confirm.setLabel(getTranslation("users.field.passwordConfirm"));
        confirm.setId("reset-password-confirm");
        add(new FormLayout(password, confirm));

        // Only typing checks for the form; the password rules are the service's.
        var checks = new FieldChecks()
                .required(password, getTranslation("users.error.password.required"))
                .sameAs(confirm, password::getValue, getTranslation("users.error.password.mismatch"));

        save.setText(getTranslation("users.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(password, confirm);
        save.setId("reset-password-save");
        save.addClickListener(e -> {
            if (!checks.ok()) {
                return;
            }
            UserSummary[] saved = new UserSummary[1];
            var outcome = Attempt.run(
                    this,
                    Map.of("users.error.password.", password),
                    () -> saved[0] = service.resetPassword(user.id(), user.version(), password.getValue()));
            if (outcome == Attempt.Outcome.DONE) {
                close();
                Notifications.success(getTranslation("users.passwordResetDone", user.username()));
                onSaved.accept(saved[0]);
            } else if (outcome == Attempt.Outcome.OUTDATED) {
                close();
                onSaved.accept(null);
            }
        });
        getFooter().add(new Button(getTranslation("users.cancel"), e -> close()), save);
        password.focus();
    }
}
