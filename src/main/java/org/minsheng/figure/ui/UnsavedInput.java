package org.minsheng.figure.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.List;
import java.util.function.Supplier;
import org.minsheng.base.ui.Notifications;

/**
 * What the entry sheet says of typed values still waiting in their fields (a correction without its
 * reason, a refused value): it asks before they are dropped by leaving for another page or period (the
 * trial lost such values without a word), and names them when a submission would go around them. Apart
 * from the entry view because it is one subject met in three places, with its own words; the view only
 * says which cells wait.
 */
final class UnsavedInput {

    /** The page's translations, so the dialog speaks the session's language. */
    interface Words {
        String get(String key, Object... parameters);
    }

    private final Words words;
    /** The indicators of the cells whose field holds a value not stored. */
    private final Supplier<List<String>> waiting;

    UnsavedInput(Words words, Supplier<List<String>> waiting) {
        this.words = words;
        this.waiting = waiting;
    }

    /** Whether any typed value waits, so that the caller need not hold anything up when none does. */
    boolean any() {
        return !waiting.get().isEmpty();
    }

    /**
     * Names the waiting cells and asks: staying is the default and runs {@code stay}, dropping them is the
     * marked choice and runs {@code drop}.
     */
    void ask(String textKey, String dropKey, Runnable drop, Runnable stay) {
        var dialog = new ConfirmDialog();
        dialog.setId("entry-unsaved");
        dialog.setHeader(words.get("entry.unsaved.title"));
        dialog.setText(words.get(textKey, names(waiting.get())));
        dialog.setCancelable(true);
        dialog.setCancelText(words.get("entry.unsaved.stay"));
        dialog.setConfirmText(words.get(dropKey));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> drop.run());
        dialog.addCancelListener(e -> stay.run());
        dialog.open();
    }

    /**
     * A submission refused while values wait among the cells it would send: they are named, never
     * submitted around, or the user would think they went with the rest. True when {@code pending} holds
     * any, and the user has been told which.
     */
    boolean refusedForSubmitting(List<String> pending) {
        if (pending.isEmpty()) {
            return false;
        }
        Notifications.error(words.get("entry.pendingBeforeSubmit", names(pending)));
        return true;
    }

    private String names(List<String> cells) {
        return String.join(words.get("list.separator"), cells);
    }
}
