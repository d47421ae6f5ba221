package org.minsheng.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import org.minsheng.base.RefusedException;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.security.ReadingScope;

/**
 * Said instead of the dashboard when its address asks for a unit outside the reader's scope: the
 * service's refusal in the reader's language, and the way to the page of their own unit.
 */
class ScopeRefusal extends Div {

    ScopeRefusal() {
        setId("dashboard-refused");
        addClassName("page-note");
        setVisible(false);
    }

    void show(RefusedException refusal, ReadingScope scope, DashboardFilter asked) {
        removeAll();
        add(new Paragraph(getTranslation(refusal.messageKey(), refusal.parameters())));
        if (scope.limited()) {
            var home = new Anchor(
                    "?"
                            + QueryParameters.simple(
                                            asked.withDivision(scope.home()).toParameters())
                                    .getQueryString(),
                    getTranslation("dashboard.scope.home", scope.homeName()));
            home.setId("dashboard-home");
            add(home);
        }
        setVisible(true);
    }
}
