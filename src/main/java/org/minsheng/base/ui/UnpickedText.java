package org.minsheng.base.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import java.util.function.Function;

/**
 * Text typed into a multi-select picker that picked nothing. The picker empties its box when focus
 * leaves it, and a click on 保存 is such a leaving: an administrator typed 广东 as a new leader's unit,
 * matched nothing, clicked 保存, and the leader was created with no unit at all, reading the whole
 * country (a stranger's tour). The browser now says what the box held as focus left it, and the form
 * refuses once to save, naming the text; saving again means no unit was meant.
 */
public final class UnpickedText {

    static final String EVENT = "unpicked-text";

    /**
     * Caught before the picker's own handler empties the box (a capturing listener on the picker runs
     * first), and kept off the element once installed: a picker attached again keeps one listener.
     */
    private static final String CATCH_LEAVING = """
            if (!this.__unpickedText) {
              this.__unpickedText = true;
              this.addEventListener('focusout', () => {
                const typed = (this.filter || '').trim();
                if (typed) {
                  this.dispatchEvent(new CustomEvent('%s', { detail: typed }));
                }
              }, true);
            }""".formatted(EVENT);

    private final MultiSelectComboBox<?> picker;
    private String left = "";

    private UnpickedText(MultiSelectComboBox<?> picker) {
        this.picker = picker;
    }

    /** Watches the picker from now on: what focus leaves behind, until a pick or {@link #said}. */
    public static UnpickedText watch(MultiSelectComboBox<?> picker) {
        var watched = new UnpickedText(picker);
        picker.getElement().addAttachListener(attached -> picker.getElement().executeJs(CATCH_LEAVING));
        picker.getElement()
                .addEventListener(EVENT, left -> {
                    var typed = left.getEventData().get("event.detail");
                    watched.left =
                            typed != null && typed.isString() ? typed.asString().strip() : "";
                })
                .addEventData("event.detail");
        picker.addValueChangeListener(picked -> watched.left = "");
        return watched;
    }

    /** What focus left in the box without a pick, stripped; empty when nothing, or the picker is disabled. */
    public String text() {
        return picker.isEnabled() ? left : "";
    }

    /** The refusal has been shown: the next attempt goes ahead with what is picked. */
    public void said() {
        left = "";
    }

    /** A binder's check that refuses the picker while {@link #text} is not empty, naming the text. */
    public <T> Validator<T> refusal(Function<String, String> message) {
        return (value, context) -> {
            var typed = text();
            return typed.isEmpty() ? ValidationResult.ok() : ValidationResult.error(message.apply(typed));
        };
    }
}
