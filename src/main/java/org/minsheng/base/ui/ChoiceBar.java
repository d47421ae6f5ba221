package org.minsheng.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A row of labelled native {@code <select>}s the browser draws from one property. A {@code Select}
 * keeps a server-side component per item in every open page (two state nodes each); these keep one
 * element and one string, for choices that only ever become a new address. The browser's own control
 * is keyboard-friendly, labelled for screen readers ({@code <label for>}) and a phone's native picker.
 * Public so every feature's views can use it.
 */
@Tag("choice-bar")
@JsModule("./components/choice-bar.js")
public class ChoiceBar extends Component implements HasStyle {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One entry of a choice: the value sent back when chosen, and what the user reads. */
    public record Option(String value, String label) {}

    /**
     * One labelled select; {@code id} is the select's id in the page (for its label, and for tests and
     * links to find it).
     */
    public record Choice(String id, String label, List<Option> options, String value) {}

    /**
     * Draws these choices, replacing the ones shown; a select whose id stays keeps its element (and
     * a keyboard user's focus). Showing fires no choice.
     */
    public void show(List<Choice> choices) {
        var array = JSON.createArrayNode();
        for (var choice : choices) {
            var options = JSON.createArrayNode();
            choice.options().forEach(o -> options.addArray().add(o.value()).add(o.label()));
            array.addObject()
                    .put("id", choice.id())
                    .put("label", choice.label())
                    .put("value", choice.value())
                    .set("options", options);
        }
        // only the string stays in the page's state, not a JSON tree
        getElement().setProperty("choices", SharedText.of(JSON.writeValueAsString(array)));
    }

    /** The choices as the browser has them, read back from the property. */
    public List<Choice> choices() {
        var json = getElement().getProperty("choices");
        var choices = new ArrayList<Choice>();
        if (json != null) {
            for (JsonNode choice : JSON.readTree(json)) {
                var options = new ArrayList<Option>();
                choice.get("options")
                        .forEach(o -> options.add(
                                new Option(o.get(0).asString(), o.get(1).asString())));
                choices.add(new Choice(
                        choice.get("id").asString(),
                        choice.get("label").asString(),
                        List.copyOf(options),
                        choice.get("value").asString()));
            }
        }
        return List.copyOf(choices);
    }

    /**
     * Called with a select's id and the value a user chose, only for a value this bar offered in that
     * select: what arrives from the browser may be anything, and anything else puts the shown values
     * back. A listener that refuses a choice itself calls {@link #restore}.
     */
    public Registration addChoiceListener(BiConsumer<String, String> listener) {
        return getElement()
                .addEventListener("change", event -> {
                    var data = event.getEventData();
                    var id = text(data.get("event.target.id"));
                    var value = text(data.get("event.target.value"));
                    boolean offered = choices().stream()
                            .anyMatch(c -> c.id().equals(id)
                                    && c.options().stream()
                                            .anyMatch(o -> o.value().equals(value)));
                    if (offered) {
                        listener.accept(id, value);
                    } else {
                        restore();
                    }
                })
                .addEventData("event.target.id")
                .addEventData("event.target.value");
    }

    /** Puts the shown values back in the browser after a choice that changed nothing. */
    public void restore() {
        getElement().executeJs("this.render()");
    }

    private static String text(JsonNode node) {
        return node == null || !node.isString() ? "" : node.asString();
    }
}
