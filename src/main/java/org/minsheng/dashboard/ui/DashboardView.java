package org.minsheng.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.minsheng.dashboard.CityYear;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.security.Role;

/** The start page: the year's city totals against targets, one indicator by district, and the table. */
@Route("")
@Menu(title = "nav.dashboard", order = 1, icon = "vaadin:dashboard")
@RolesAllowed({Role.Names.LEADER, Role.Names.REVIEWER, Role.Names.COMMUNICATIONS, Role.Names.ADMINISTRATOR,
        Role.Names.STATISTICIAN})
class DashboardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DashboardService dashboards;
    private final Select<Integer> year = new Select<>();
    private final H2 heading = new H2();
    private final Paragraph meta = new Paragraph();
    private final Div tiles = new Div();
    private final DistrictChart chart = new DistrictChart();
    private final Div tableCard = new Div();

    DashboardView(DashboardService dashboards) {
        this.dashboards = dashboards;
        addClassName("page");
        year.setItems(dashboards.years());
        year.setItemLabelGenerator(y -> getTranslation("dashboard.yearOption", String.valueOf(y)));
        year.setAriaLabel(getTranslation("dashboard.year"));
        year.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(dashboards.cityYear(e.getValue()));
            }
        });
        meta.addClassName("page-meta");
        tiles.addClassName("tiles");
        var note = new Paragraph(getTranslation("dashboard.illustrativeSplit"));
        note.addClassName("page-note");
        var toolbar = new Div(heading, year);
        toolbar.addClassName("page-toolbar");
        tableCard.addClassName("card");
        add(toolbar, meta, note, tiles, chart, tableCard);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (year.getValue() == null) {
            year.setValue(dashboards.latestYear());
        }
    }

    private void show(CityYear data) {
        heading.setText(getTranslation("dashboard.heading", data.city().name(), String.valueOf(data.year())));
        meta.setText(metaLine(data));
        tiles.removeAll();
        data.indicators().forEach(indicator -> tiles.add(new HeadlineTile(data, indicator)));
        chart.show(data);
        tableCard.removeAll();
        tableCard.add(new H3(getTranslation("dashboard.table.title")), new DistrictTable(data));
    }

    private String metaLine(CityYear data) {
        if (data.dataAsOf() == null) {
            return getTranslation("dashboard.noData");
        }
        var asOf = data.dataAsOf().atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai"))
                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(getLocale()));
        var line = getTranslation("dashboard.meta", asOf, String.valueOf(data.year()), String.valueOf(data.month()),
                data.revision());
        return data.revised() ? line + " · " + getTranslation("dashboard.revised", data.corrections()) : line;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.pageTitle");
    }
}
