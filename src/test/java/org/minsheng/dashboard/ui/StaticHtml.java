package org.minsheng.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads the dashboard's static parts (tiles, district table) as the browser gets them, one HTML
 * string each, and clicks inside them as the browser reports a click: the listener's filter true,
 * with the data the listener asks for.
 */
final class StaticHtml {

    private StaticHtml() {}

    static Element html(Component component) {
        return Jsoup.parseBodyFragment(component.getElement().getProperty("innerHTML", ""))
                .body();
    }

    /** The text a reader sees, as Element#getTextRecursively gave it for a tree of components. */
    static String text(Component component) {
        return html(component).text();
    }

    /** The text of the open dashboard's headline tile of an indicator (its code). */
    static String tile(String code) {
        return text(headlineTile(code));
    }

    /** The value line of that tile as the browser shows it: the text of its .tile-value. */
    static String tileValue(String code) {
        return html(headlineTile(code)).selectFirst(".tile-value").text();
    }

    private static HeadlineTile headlineTile(String code) {
        return _find(HeadlineTile.class).stream()
                .filter(t -> code.equals(t.getElement().getAttribute("data-indicator")))
                .findFirst()
                .orElseThrow();
    }

    /** A click that passed {@code filter} in the browser, with event data as key, value pairs. */
    static void click(Component component, String filter, String... data) {
        var event = JsonNodeFactory.instance.objectNode().put(filter, true);
        for (int n = 0; n < data.length; n += 2) {
            event.put(data[n], data[n + 1]);
        }
        component
                .getElement()
                .getNode()
                .getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(component.getElement(), "click", event));
    }
}
