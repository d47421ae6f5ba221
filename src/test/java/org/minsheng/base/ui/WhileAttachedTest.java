package org.minsheng.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A component follows its publisher only while attached: a page closed must let go, or the publisher
 * keeps every dead UI (and its session's memory) for as long as the node runs.
 */
class WhileAttachedTest {

    /** A subscription of the fake publisher below. */
    private record Subscription(Runnable listener) {}

    private final List<Subscription> subscribers = new ArrayList<>();
    private int changes;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void it_subscribes_on_attach_runs_changes_in_its_ui_and_lets_go_on_detach() {
        var component = new Div();
        var current = WhileAttached.follow(component, this::subscribe, subscribers::remove, () -> changes++);
        assertThat(current.get()).as("nothing followed before attach").isNull();
        assertThat(subscribers).isEmpty();

        UI.getCurrent().add(component);
        assertThat(subscribers).hasSize(1);
        assertThat(current.get()).isSameAs(subscribers.getFirst());
        subscribers.getFirst().listener().run();
        MockVaadin.runUIQueue();
        assertThat(changes).isEqualTo(1);

        UI.getCurrent().remove(component);
        assertThat(subscribers).as("let go on detach").isEmpty();
        assertThat(current.get()).isNull();

        UI.getCurrent().add(component);
        assertThat(subscribers).as("followed again when attached again").hasSize(1);
    }

    private Subscription subscribe(Runnable listener) {
        var subscription = new Subscription(listener);
        subscribers.add(subscription);
        return subscription;
    }
}
