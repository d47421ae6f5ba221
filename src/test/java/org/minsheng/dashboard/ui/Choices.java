package org.minsheng.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import org.minsheng.base.ui.ChoiceBar;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The dashboard's native selects (filters, chart indicator) as the browser has them, and a choice
 * as the browser reports it: the select's "change" event bubbling to its bar, with its id and value.
 */
final class Choices {

    private Choices() {}

    static ChoiceBar.Choice choice(String id) {
        return _find(ChoiceBar.class).stream()
                .flatMap(bar -> bar.choices().stream())
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no select " + id + " on the page"));
    }

    /** What a user's pick sends; the value need not be one the select offered. */
    static void choose(String id, String value) {
        var bar = _find(ChoiceBar.class).stream()
                .filter(b -> b.choices().stream().anyMatch(c -> c.id().equals(id)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no select " + id + " on the page"));
        choose(bar, id, value);
    }

    /** A change event on {@code bar} naming any select, drawn or not. */
    static void choose(ChoiceBar bar, String id, String value) {
        var data =
                JsonNodeFactory.instance.objectNode().put("event.target.id", id).put("event.target.value", value);
        bar.getElement()
                .getNode()
                .getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(bar.getElement(), "change", data));
    }

    /** The option's value whose label is {@code label}. */
    static String valueOf(String id, String label) {
        return choice(id).options().stream()
                .filter(o -> o.label().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        id + " offers no " + label + ": " + choice(id).options()))
                .value();
    }
}
