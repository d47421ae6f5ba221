package org.minsheng.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;
import org.minsheng.base.RefusedException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Turns a refused service call into something the administrator can act on: the translated
 * message next to the field it concerns, or a notification when it concerns no single field.
 * Never a stack trace.
 */
final class Refusals {

    enum Outcome { DONE, REFUSED, OUTDATED }

    private Refusals() {
    }

    /**
     * Runs the call; on a refusal shows its message next to the field whose key prefix matches
     * (e.g. {@code users.error.password.} → the password field) or as a notification.
     *
     * @return how it went, so the caller can close a dialog whose copy of the user is outdated
     */
    static Outcome attempt(Component owner, Map<String, HasValidation> fieldsByKeyPrefix, Runnable call) {
        fieldsByKeyPrefix.values().forEach(field -> field.setInvalid(false));
        try {
            call.run();
            return Outcome.DONE;
        } catch (RefusedException e) {
            var message = owner.getTranslation(e.key(), e.params());
            var field = fieldsByKeyPrefix.entrySet().stream().filter(entry -> e.key().startsWith(entry.getKey()))
                    .map(Map.Entry::getValue).findFirst();
            field.ifPresentOrElse(f -> {
                f.setErrorMessage(message);
                f.setInvalid(true);
                if (f instanceof com.vaadin.flow.component.Focusable<?> focusable) {
                    focusable.focus();
                }
            }, () -> error(message));
            return e.key().equals("users.error.stale") || e.key().equals("users.error.notFound")
                    ? Outcome.OUTDATED : Outcome.REFUSED;
        } catch (AccessDeniedException e) {
            error(owner.getTranslation("users.error.accessDenied"));
            return Outcome.REFUSED;
        }
    }

    static void error(String message) {
        var notification = Notification.show(message, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static void success(String message) {
        var notification = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
