package org.minsheng.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import org.minsheng.base.RefusedException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Runs a service call from a view and turns a refusal into something the user can act on: the
 * translated message next to the field whose key prefix matches, or a notification. Never a stack
 * trace.
 */
public final class Attempt {

    private Attempt() {
    }

    /** @return true when the call went through */
    public static boolean run(Component owner, Map<String, ? extends HasValidation> fieldsByKeyPrefix, Runnable call) {
        fieldsByKeyPrefix.values().forEach(field -> field.setInvalid(false));
        try {
            call.run();
            return true;
        } catch (RefusedException e) {
            var message = owner.getTranslation(e.messageKey(), e.parameters());
            fieldsByKeyPrefix.entrySet().stream().filter(entry -> e.messageKey().startsWith(entry.getKey()))
                    .map(Map.Entry::getValue).findFirst()
                    .ifPresentOrElse(field -> {
                        field.setErrorMessage(message);
                        field.setInvalid(true);
                        if (field instanceof Focusable<?> focusable) {
                            focusable.focus();
                        }
                    }, () -> Notifications.error(message));
            return false;
        } catch (AccessDeniedException e) {
            Notifications.error(owner.getTranslation("catalogue.error.accessDenied"));
            return false;
        }
    }

    public static boolean run(Component owner, Runnable call) {
        return run(owner, Map.of(), call);
    }
}
