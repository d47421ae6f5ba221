package org.minsheng.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.router.QueryParameters;
import org.minsheng.dashboard.Dashboard;
import org.minsheng.dashboard.DashboardFilter;

/**
 * Where the page's unit lies: its ancestors from the installation's root (全国 › 福建省 › 漳州市 › 漳浦县 ›
 * 镇), each a link to its own page with the same year, period and category. A reader limited to a unit
 * gets the path from their own unit only: the service cut the rest, so no link leads above the scope.
 * Plain links in an ordered list inside a labelled nav: reachable by Tab, announced as breadcrumbs, and the
 * current page marked as such rather than being a dead end.
 */
class Breadcrumbs extends Nav {

    Breadcrumbs() {
        setId("dashboard-breadcrumbs");
        addClassName("breadcrumbs");
    }

    void show(Dashboard data) {
        removeAll();
        getElement().setAttribute("aria-label", getTranslation("dashboard.breadcrumbs"));
        var path = data.path();
        var list = new OrderedList();
        for (var unit : path) {
            var link = new Anchor(address(data.filter().withDivision(unit.code())), unit.name());
            link.setId("breadcrumb-" + unit.code());
            if (unit.id() == data.focus().id()) {
                link.getElement().setAttribute("aria-current", "page");
            }
            list.add(new ListItem(link));
        }
        add(list);
        setVisible(path.size() > 1);
    }

    private static String address(DashboardFilter filter) {
        return "?" + QueryParameters.simple(filter.toParameters()).getQueryString();
    }
}
