package org.minsheng.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import org.minsheng.base.RefusedException;
import org.minsheng.base.ui.Notifications;
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
            var message = owner.getTranslation(e.messageKey(), e.parameters());
            var field = fieldsByKeyPrefix.entrySet().stream().filter(entry -> e.messageKey().startsWith(entry.getKey()))
                    .map(Map.Entry::getValue).findFirst();
            field.ifPresentOrElse(f -> {
                f.setErrorMessage(message);
                f.setInvalid(true);
                if (f instanceof com.vaadin.flow.component.Focusable<?> focusable) {
                    focusable.focus();
                }
            }, () -> error(message));
            return e.messageKey().equals("users.error.stale") || e.messageKey().equals("users.error.notFound")
                    ? Outcome.OUTDATED : Outcome.REFUSED;
        } catch (AccessDeniedException e) {
            error(owner.getTranslation("users.error.accessDenied"));
            return Outcome.REFUSED;
        }
    }

    static void error(String message) {
        Notifications.error(message);
    }

    static void success(String message) {
        Notifications.success(message);
    }
}
