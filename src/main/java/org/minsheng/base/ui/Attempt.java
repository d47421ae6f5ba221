package org.minsheng.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.Map;
import java.util.function.Supplier;
import org.minsheng.base.RefusedException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Runs a service call from a view and turns a refusal into something the user can act on: the
 * translated message next to the field whose key prefix matches, or a notification. Never a stack
 * trace.
 */
public final class Attempt {

    private Attempt() {}

    public enum Outcome {
        DONE,
        REFUSED,
        /** the caller's copy of the record is outdated (changed or deleted by someone else): reload */
        OUTDATED;

        public boolean done() {
            return this == DONE;
        }
    }

    public static Outcome run(Component owner, Map<String, ? extends HasValidation> fieldsByKeyPrefix, Runnable call) {
        fieldsByKeyPrefix.values().forEach(field -> field.setInvalid(false));
        try {
            call.run();
            return Outcome.DONE;
        } catch (RefusedException e) {
            var message = owner.getTranslation(e.messageKey(), e.parameters());
            fieldsByKeyPrefix.entrySet().stream()
                    .filter(entry -> e.messageKey().startsWith(entry.getKey()))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .ifPresentOrElse(
                            field -> {
                                field.setErrorMessage(message);
                                field.setInvalid(true);
                                if (field instanceof Focusable<?> focusable) {
                                    focusable.focus();
                                }
                                if (field instanceof Component component) {
                                    inView(component);
                                }
                            },
                            () -> Notifications.error(message));
            return e.messageKey().endsWith(".stale") || e.messageKey().endsWith(".notFound")
                    ? Outcome.OUTDATED
                    : Outcome.REFUSED;
        } catch (AccessDeniedException e) {
            Notifications.error(owner.getTranslation("catalogue.error.accessDenied"));
            return Outcome.REFUSED;
        }
    }

    /**
     * The whole field, its message under it included: focusing scrolls only the input into view, and on a
     * phone the indicator dialog's 「已有数值 28 … 大于最大值 1」 stayed hidden under the dialog's buttons. The
     * message slides open (Lumo animates its height), so the field is kept in view while it grows; the watch
     * ends well after the slide, so a later scroll by the user is left alone.
     */
    private static void inView(Component field) {
        field.getElement().executeJs("""
                        const field = this;
                        const watch = new ResizeObserver(() => field.scrollIntoView({block: 'nearest'}));
                        watch.observe(field);
                        setTimeout(() => watch.disconnect(), 1500);""");
    }

    public static Outcome run(Component owner, Runnable call) {
        return run(owner, Map.of(), call);
    }

    /**
     * A dialog's save: says so on success and, unless refused, closes the dialog and refreshes the
     * list behind it (an outdated copy has to be reloaded as well).
     */
    public static void saveAndClose(
            Dialog dialog,
            Map<String, ? extends HasValidation> fieldsByKeyPrefix,
            Runnable call,
            Supplier<String> success,
            Runnable refresh) {
        var outcome = run(dialog, fieldsByKeyPrefix, call);
        if (outcome.done()) {
            Notifications.success(success.get());
        }
        if (outcome != Outcome.REFUSED) {
            dialog.close();
            refresh.run();
        }
    }

    /**
     * A create-or-edit dialog's save: creates when it has nothing to edit, else updates the record it
     * was opened on; the success message names what was created, or says the change was saved.
     */
    public static void createOrUpdate(
            Dialog dialog,
            Map<String, ? extends HasValidation> fieldsByKeyPrefix,
            boolean creating,
            Runnable create,
            Runnable update,
            Supplier<String> created,
            Runnable refresh) {
        saveAndClose(
                dialog,
                fieldsByKeyPrefix,
                creating ? create : update,
                () -> creating ? created.get() : dialog.getTranslation("catalogue.saved"),
                refresh);
    }
}
