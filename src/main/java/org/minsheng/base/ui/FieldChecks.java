package org.minsheng.base.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.Binder;
import java.util.Objects;
import java.util.function.Supplier;
import org.minsheng.base.Texts;

/**
 * Vaadin's Binder for a form whose service takes its values as arguments rather than as a record:
 * required indicators and field-level messages, checked before the service is called. The service
 * stays the authority and checks everything again.
 */
public final class FieldChecks {

    private final Binder<Void> binder = new Binder<>();

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

    /** Validates every field, marking each that fails, and says whether all passed. */
    public boolean ok() {
        return binder.validate().isOk();
    }
}
