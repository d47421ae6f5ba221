package org.minsheng.base.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.minsheng.base.Texts;

/**
 * Vaadin's Binder for a form whose service takes its values as arguments rather than as a record:
 * required indicators and field-level messages, checked before the service is called. The service
 * stays the authority and checks everything again.
 */
public final class FieldChecks {

    private final Binder<Void> binder = new Binder<>();
    private final List<UnpickedText> watched = new ArrayList<>();

    /** The field shows the required indicator and, left empty, the message. */
    public <V> FieldChecks required(HasValue<?, V> field, String message) {
        // a setter, even one with nothing to set, keeps the field editable: a binding without one is read-only
        binder.forField(field).asRequired(message).bind(nothing -> null, (nothing, value) -> {});
        return this;
    }

    /**
     * Left different from what the other field holds, the field shows the message: a typing check
     * such as a repeated password, where only the form knows both values.
     */
    public <V> FieldChecks sameAs(HasValue<?, V> field, Supplier<V> other, String message) {
        binder.forField(field)
                .withValidator(value -> Objects.equals(value, other.get()), message)
                .bind(nothing -> null, (nothing, value) -> {});
        return this;
    }

    /**
     * Longer than the service takes ({@link Texts#fits}), the field shows the message as it is typed and
     * keeps the text: a 5,000-character return reason closed its dialog with only a notification, and the
     * reason was gone (a tester's tour).
     */
    public FieldChecks fitting(HasValue<?, String> field, int maxLength, String message) {
        binder.forField(field)
                .withValidator(value -> Texts.fits(value, maxLength), message)
                .bind(nothing -> null, (nothing, value) -> {});
        return this;
    }

    /**
     * Text the picker's box held when focus left it without a pick ({@link UnpickedText}) keeps the form
     * from saving once, with the message naming that text.
     */
    public <V> FieldChecks picked(MultiSelectComboBox<V> field, Function<String, String> message) {
        var unpicked = UnpickedText.watch(field);
        watched.add(unpicked);
        binder.forField(field).withValidator(unpicked.refusal(message)).bind(nothing -> null, (nothing, value) -> {});
        return this;
    }

    /** Validates every field, marking each that fails, and says whether all passed. */
    public boolean ok() {
        boolean ok = binder.validate().isOk();
        // each unpicked text is refused once: its message is on the picker now, and saving again is a choice
        watched.forEach(UnpickedText::said);
        return ok;
    }
}
