package org.minsheng.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.minsheng.base.RefusedException;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.security.ReadingScope;
import org.minsheng.security.ui.OwnUnitWay;

/**
 * Said instead of the dashboard when the service refuses its address: a unit outside the reader's scope
 * or a code no unit has (with the way to the page of their own unit for a scoped reader), or a window too
 * large to compute live (with the way to the whole year), or a year the calendar does not have (with the
 * way to the latest year), in the reader's language. Its ways lead to the dashboard, whose words they are,
 * from an indicator's page too.
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
        if (refusal.messageKey().equals("dashboards.error.windowTooLarge")) {
            // the whole year of the same unit is read from the pre-aggregates, whatever its size
            var year = new Anchor(
                    "/?"
                            + QueryParameters.simple(DashboardFilter.year(asked.year())
                                            .withDivision(asked.division())
                                            .toParameters())
                                    .getQueryString(),
                    getTranslation("dashboards.error.windowTooLarge.year", String.valueOf(asked.year())));
            year.setId("dashboard-whole-year");
            add(year);
        } else if (refusal.messageKey().equals("dashboards.error.unknownYear")) {
            // the address without a year opens the latest year with approved figures, in the reader's unit
            var latest = new Anchor(
                    "/?"
                            + QueryParameters.simple(
                                            asked.division() == null ? Map.of() : Map.of("division", asked.division()))
                                    .getQueryString(),
                    getTranslation("dashboards.error.unknownYear.latest"));
            latest.setId("dashboard-latest-year");
            add(latest);
        } else {
            OwnUnitWay.of(
                            scope,
                            "dashboard-home",
                            home -> "/?"
                                    + QueryParameters.simple(
                                                    asked.withDivision(home).toParameters())
                                            .getQueryString(),
                            name -> getTranslation("dashboard.scope.home", name))
                    .ifPresent(this::add);
        }
        setVisible(true);
    }
}
