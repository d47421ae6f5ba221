package org.minsheng.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A subscription a component holds from attach to detach, whose changes run in the component's UI
 * (Vaadin Push carries them). A closed page (navigation, closed tab, expired session) lets go, so the
 * publisher never holds a dead UI.
 */
public final class WhileAttached {

    private WhileAttached() {}

    /**
     * @param subscribe subscribes a listener, giving the subscription
     * @param cancel    lets go of a subscription
     * @param onChange  what the component does, in its UI, on each change
     * @return the current subscription: null while the component is detached
     */
    public static <S> Supplier<S> follow(
            Component component, Function<Runnable, S> subscribe, Consumer<S> cancel, Command onChange) {
        var current = new AtomicReference<S>();
        component.addAttachListener(attached -> {
            var ui = attached.getUI();
            current.set(subscribe.apply(() -> {
                try {
                    ui.access(onChange);
                } catch (UIDetachedException closed) {
                    // the page closed between the change and this call; its detach lets go
                }
            }));
        });
        component.addDetachListener(detached -> {
            var subscription = current.getAndSet(null);
            if (subscription != null) {
                cancel.accept(subscription);
            }
        });
        return current::get;
    }
}
