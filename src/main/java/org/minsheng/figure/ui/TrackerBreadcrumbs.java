package org.minsheng.figure.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import java.util.function.Function;
import org.minsheng.division.Division;
import org.minsheng.figure.Tracker;

/**
 * The tracker's unit among its ancestors (福建省 › 漳州市 › 漳浦县), each a link to its own tracker for the
 * same period. The dashboard's breadcrumbs (dashboard.ui.Breadcrumbs) walk its pages; these walk the
 * tracker's, and the dashboard package already depends on this one, so they are a copy of its markup
 * rather than a shared class. A reader limited to a unit gets the path from that unit only.
 */
class TrackerBreadcrumbs extends Nav {

    TrackerBreadcrumbs() {
        setId("tracker-breadcrumbs");
        addClassName("breadcrumbs");
        setVisible(false);
    }

    void show(Tracker tracker, Function<Division, String> address) {
        removeAll();
        getElement().setAttribute("aria-label", getTranslation("tracker.breadcrumbs"));
        var list = new OrderedList();
        for (var unit : tracker.path()) {
            var link = new Anchor(address.apply(unit), unit.name());
            link.setId("tracker-breadcrumb-" + unit.code());
            if (unit.id() == tracker.focus().id()) {
                link.getElement().setAttribute("aria-current", "page");
            }
            list.add(new ListItem(link));
        }
        add(list);
        setVisible(tracker.path().size() > 1);
    }
}
