package org.minsheng.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.function.Supplier;
import org.minsheng.base.ui.DownloadLinks;
import org.minsheng.dashboard.ChartDownloads;
import org.minsheng.dashboard.Dashboard;
import org.minsheng.dashboard.DashboardDownloads;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.dashboard.DashboardService;

/**
 * The dashboard's tables below its charts: the completion heat-map and the units' table on a page that
 * ranks units, the towns' table on a district's. Apart from {@link DashboardView} because they keep a state
 * of their own, the order a reader chose, which goes into the address beside the page's filter and must
 * survive a live update's new table; the view only says which page to show.
 */
class DashboardTables extends Div {

    private final DashboardService dashboards;
    private final DashboardDownloads exports;
    private final ChartDownloads images;
    private final boolean mayExport;
    private final ZoneId zone;
    /** Downloads run on their own request, where no UI is current to ask for the locale. */
    private final Locale locale;
    /** The page's filter as its address now says it, which a chosen order joins. */
    private final Supplier<DashboardFilter> address;

    /** The units' table's order, from the address, kept for a live update's new table (DistrictTable.ORDER). */
    private String order;

    DashboardTables(
            DashboardService dashboards,
            DashboardDownloads exports,
            ChartDownloads images,
            boolean mayExport,
            ZoneId zone,
            Locale locale,
            Supplier<DashboardFilter> address) {
        this.dashboards = dashboards;
        this.exports = exports;
        this.images = images;
        this.mayExport = mayExport;
        this.zone = zone;
        this.locale = locale;
        this.address = address;
    }

    /** The order the address asks for, null for none: set at each navigation, before {@link #show}. */
    void order(String fromAddress) {
        order = fromAddress;
    }

    void show(Dashboard data) {
        removeAll();
        // the lambdas keep the window's numbers, never the page's data (an open page holds no copy of it)
        int year = data.filter().year();
        int fromMonth = data.fromMonth();
        int toMonth = data.toMonth();
        DistrictTable.Revisions revisions = (indicator, unit) -> CorrectionsDialog.open(
                this,
                indicator,
                unit.name(),
                dashboards.corrections(year, fromMonth, toMonth, indicator.id(), unit.id()),
                zone);
        // a root with no units below it has no table of them: its tiles are its figures, as on a district's page
        if (data.ranksUnits() && data.hasData()) {
            add(new CompletionHeatMap(data, images, mayExport, zone));
            var pivot = new Div(
                    new H3(getTranslation(
                            "dashboard.table.title",
                            getTranslation(data.rankedLevel().eachKey()))),
                    pivotMeta(data),
                    new DistrictTable(data, revisions, order, this::ordered),
                    download(data));
            pivot.addClassName("card");
            add(pivot);
        } else if (!data.cityWide() && data.hasData() && data.hasTowns()) {
            add(towns(data));
        }
    }

    private Div towns(Dashboard data) {
        var card = new Div(
                new H3(getTranslation("dashboards.towns.title", data.focus().name())));
        card.addClassName("card");
        if (data.towns().isEmpty()) {
            card.add(new Paragraph(getTranslation("dashboards.noTowns")));
        } else {
            card.add(pivotMeta(data), DistrictTable.towns(data, order, this::ordered), download(data));
        }
        return card;
    }

    /** The order chosen in the units' table goes into the address, so a reload (the language switch) keeps it. */
    private void ordered(String chosen) {
        order = chosen;
        var parameters = new LinkedHashMap<>(address.get().toParameters());
        if (chosen != null) {
            parameters.put(DistrictTable.ORDER, chosen);
        }
        getUI().ifPresent(ui -> ui.getPage()
                .getHistory()
                .replaceState(null, "?" + QueryParameters.simple(parameters).getQueryString()));
    }

    /** The table as shown (window, category, district), as XLSX or CSV. */
    private DownloadLinks download(Dashboard data) {
        var shown = data.filter();
        return new DownloadLinks("pivot-download", format -> () -> exports.districtTable(shown, format, locale));
    }

    private Paragraph pivotMeta(Dashboard data) {
        // the total is the unit's shown: 全省合计 on a province's page, 全区合计 on a district's towns
        var text = new Paragraph(Labels.asOf(this, data, zone)
                + " · "
                + getTranslation(
                        "dashboards.pivot.note", getTranslation(data.focus().wholeKey())));
        text.addClassName("page-meta");
        return text;
    }
}
