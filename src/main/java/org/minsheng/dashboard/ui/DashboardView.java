package org.minsheng.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.minsheng.base.RefusedException;
import org.minsheng.base.ui.DownloadLinks;
import org.minsheng.base.ui.UnreadAddressNote;
import org.minsheng.dashboard.ChartContents;
import org.minsheng.dashboard.ChartDownloads;
import org.minsheng.dashboard.ChartEmbeds;
import org.minsheng.dashboard.Dashboard;
import org.minsheng.dashboard.DashboardDownloads;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.dashboard.DashboardUpdates;
import org.minsheng.division.Division;
import org.minsheng.division.DivisionService;
import org.minsheng.indicator.Indicator;
import org.minsheng.indicator.IndicatorService;
import org.minsheng.indicator.ui.TargetHistoryDialog;
import org.minsheng.period.PeriodService;
import org.minsheng.security.CurrentUser;
import org.minsheng.security.ReadingScope;
import org.minsheng.security.Role;

/**
 * The leaders' dashboard, for the installation's root or any unit below it (a district, a town; a
 * province's city or county), which is this view with a division in the address, under breadcrumbs
 * leading back up. Everything it shows follows the address, so links and back/forward work.
 * A leader scoped to a unit opens that unit's page and is offered no unit outside it; the service
 * refuses such a unit whatever the address says, and the page says so.
 */
@Route("")
@Menu(title = "nav.dashboard", order = 1, icon = "vaadin:dashboard")
@RolesAllowed({
    Role.Names.LEADER,
    Role.Names.REVIEWER,
    Role.Names.COMMUNICATIONS,
    Role.Names.ADMINISTRATOR,
    Role.Names.STATISTICIAN,
    Role.Names.DISPLAY
})
class DashboardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** The commission's time zone, for 数据截至 and the corrections' times. */
    private final ZoneId zone;

    private final DashboardService dashboards;
    private final DashboardDownloads exports;
    private final Locale locale;
    private final FilterBar filters;
    private final H2 heading = new H2();
    private final Paragraph meta = new Paragraph();
    private final Div back = new Div();
    /** The focus's ancestors, each a link to its page; from the reader's own unit for a scoped leader. */
    private final Breadcrumbs breadcrumbs = new Breadcrumbs();

    private final Div tiles = new Div();
    private final DashboardCharts charts;
    private final Div tables = new Div();
    /** The demo's disclaimer, shown only for a year whose district figures are its illustrative split. */
    private final Paragraph illustrative = new Paragraph();
    /** What of a pasted address was not understood, and that a default is shown instead. */
    private final UnreadAddressNote unreadAddress = new UnreadAddressNote("unread-address-note");
    /**
     * What the totals leave out where the focus accepts its children's years: 「合计只计入已确认的 7 个市；
     * 2 个市待确认：厦门市、莆田市」. Hidden where the totals count every unit.
     */
    private final Paragraph acceptance = new Paragraph();

    private final Paragraph missing = new Paragraph();

    /** Said for a year the administrator declared annual reporting only: it has no months to show. */
    private final Paragraph annualOnly = new Paragraph();

    /** Follows new editions while the page is open, and says when one is drawn. */
    private final NewEditionNote updated;

    /** Said instead of the page when the address asks for a unit outside the reader's scope. */
    private final ScopeRefusal refused = new ScopeRefusal();

    private final PeriodService periods;
    private final DivisionService divisions;
    private final CurrentUser user;
    private final ChartDownloads images;
    private final boolean mayExport;

    DashboardView(
            DashboardService dashboards,
            IndicatorService catalogue,
            DashboardDownloads exports,
            ChartDownloads images,
            ChartEmbeds embeds,
            CurrentUser user,
            PeriodService periods,
            DivisionService divisions,
            DashboardUpdates updates,
            Clock clock) {
        this.zone = clock.getZone();
        this.divisions = divisions;
        this.dashboards = dashboards;
        this.periods = periods;
        this.user = user;
        this.exports = exports;
        // downloads run on their own request, where no UI is current to ask for the locale
        this.locale = getLocale();
        addClassName("page");
        addClassName("dashboard");
        filters = new FilterBar(dashboards.calendarYears(), catalogue.activeIndicators(), this::open);
        var me = user.get();
        this.images = images;
        mayExport = me.has(Role.COMMUNICATIONS)
                || me.has(Role.LEADER)
                || me.has(Role.REVIEWER)
                || me.has(Role.ADMINISTRATOR);
        charts = new DashboardCharts(
                district -> open(current().withDivision(district.code())),
                code -> open(current().withChart(code)),
                images,
                embeds,
                mayExport,
                zone);
        meta.addClassName("page-meta");
        meta.setId("dashboard-meta");
        tiles.addClassName("tiles");
        illustrative.addClassName("page-note");
        illustrative.setId("illustrative-note");
        acceptance.addClassName("page-note");
        acceptance.setId("acceptance-note");
        missing.addClassName("page-note");
        missing.setId("missing-note");
        annualOnly.addClassName("page-note");
        annualOnly.setId("annual-only-note");
        updated = new NewEditionNote(
                updates, () -> filter != null && !refused.isVisible(), () -> dashboards.dashboard(filter), this::show);
        add(
                breadcrumbs,
                heading,
                refused,
                filters,
                meta,
                back,
                unreadAddress,
                illustrative,
                annualOnly,
                acceptance,
                missing,
                tiles,
                charts,
                tables,
                updated);
    }

    private DashboardFilter filter;

    /** The units' table's order, from the address, kept for a live update's new table (DistrictTable.ORDER). */
    private String order;

    /** What the reader may see, read again at each navigation so a changed scope applies at once. */
    private ReadingScope scope = ReadingScope.EVERY_UNIT;

    private DashboardFilter current() {
        return filter;
    }

    /** A new choice becomes a new address; beforeEnter then draws it, as for a pasted link. */
    private void open(DashboardFilter next) {
        UI.getCurrent().navigate(DashboardView.class, QueryParameters.simple(next.toParameters()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (user.get().roles().equals(java.util.Set.of(Role.DISPLAY))) {
            // the wall display signs in and lands on its screen (publication.ui.BigScreenView)
            event.forwardTo("screen");
            return;
        }
        scope = user.readingScope();
        var parameters = event.getLocation().getQueryParameters().getParameters();
        filter = DashboardFilter.parse(parameters, dashboards.latestYear(), dashboards::latestMonth)
                .withKnownCategory(filters.categoryCodes());
        // year=abc or part=13 showed another view without a word, the bad value left in the address
        var unread = DashboardFilter.unread(parameters, filter);
        var outside = outsideInstallation(filter);
        if (!outside.isEmpty()) {
            // the reader's default page is shown instead, and the address is put right below
            filter = filter.withDivision(null);
        }
        unreadAddress.show(unread, outside);
        filter = filter.startingFor(scope);
        if (!unread.isEmpty() || !outside.isEmpty()) {
            // the address then names what is shown, so a reload or a link passed on does not repeat the slip
            getUI().ifPresent(ui -> ui.getPage()
                    .getHistory()
                    .replaceState(
                            null,
                            "?" + QueryParameters.simple(filter.toParameters()).getQueryString()));
        }
        order = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(DistrictTable.ORDER)
                .orElse(null);
        Dashboard data;
        try {
            // a year the calendar lacks is refused by the service, as for its downloads
            data = dashboards.dashboard(filter);
        } catch (RefusedException refusal) {
            showRefused(refusal);
            return;
        }
        show(data);
    }

    /**
     * What to say of an address naming a unit the installation does not hold (福建省 on 漳州市's): the
     * root's page showed for it without a word.
     */
    private List<String> outsideInstallation(DashboardFilter asked) {
        if (asked.division() == null) {
            return List.of();
        }
        return divisions
                .outsideInstallation(asked.division())
                .map(unit -> getTranslation(
                        "dashboard.outsideInstallation",
                        unit.name(),
                        unit.code(),
                        divisions.city().name()))
                .stream()
                .toList();
    }

    /** A deep link to a unit outside the scope: nothing of the page, only the refusal. */
    private void showRefused(RefusedException refusal) {
        setPageVisible(false);
        tiles.removeAll();
        tables.removeAll();
        heading.setText(getTranslation("dashboard.pageTitle"));
        refused.show(refusal, scope, filter);
    }

    private void setPageVisible(boolean visible) {
        filters.setVisible(visible);
        breadcrumbs.setVisible(visible);
        meta.setVisible(visible);
        back.setVisible(visible);
        tiles.setVisible(visible);
        tables.setVisible(visible);
        if (!visible) {
            unreadAddress.setVisible(false);
            charts.setVisible(false);
            illustrative.setVisible(false);
            annualOnly.setVisible(false);
            acceptance.setVisible(false);
            missing.setVisible(false);
        }
    }

    /**
     * Why a tile's target is marked 已修订: its revisions after publication, as the targets page lists
     * them, so a leader quoting 未完成 against a raised target can say what was raised and why.
     */
    private void targetRevisions(int year, Indicator indicator, Division focus, Integer focusId) {
        new TargetHistoryDialog(
                        focus.name(),
                        indicator.shortName(getLocale()),
                        value -> indicator.unitFor(value, getLocale()),
                        dashboards.targetRevisions(year, indicator.id(), focusId),
                        zone)
                .open();
    }

    private void show(Dashboard data) {
        refused.setVisible(false);
        setPageVisible(true);
        boolean rootShown = scope.covers(data.city().id());
        filters.show(data, rootShown);
        breadcrumbs.show(data);
        heading.setText(getTranslation(
                "dashboard.heading",
                data.focus().name(),
                String.valueOf(data.filter().year())));
        var line = Labels.asOf(this, data, zone);
        meta.setText(
                data.corrections() > 0 ? line + " · " + getTranslation("dashboard.revised", data.corrections()) : line);
        var demo = dashboards.illustrativeNote(data.filter().year(), data.focus());
        demo.ifPresent(note -> illustrative.setText(note.text(this::getTranslation)));
        illustrative.setVisible(demo.isPresent());
        boolean reportedAsTotal = periods.annualOnly(data.filter().year());
        annualOnly.setText(getTranslation(
                "dashboard.annualOnly", String.valueOf(data.filter().year())));
        annualOnly.setVisible(reportedAsTotal);
        var contents = new ChartContents(getLocale(), this::getTranslation);
        var leftOut = contents.acceptanceNote(data);
        acceptance.setText(leftOut.orElse(""));
        acceptance.setVisible(leftOut.isPresent());
        var notYet = contents.missingNote(data);
        missing.setText(notYet.orElse(""));
        missing.setVisible(notYet.isPresent());
        back.removeAll();
        if (!data.cityWide() && rootShown) {
            var toCity = new Anchor(
                    "?"
                            + QueryParameters.simple(filter.withDivision(null).toParameters())
                                    .getQueryString(),
                    getTranslation("dashboards.backToCity", data.city().name()));
            toCity.setId("back-to-city");
            back.add(toCity);
        }
        tiles.removeAll();
        // the lambdas keep the window's numbers, never the page's data (an open page holds no copy of it)
        int year = data.filter().year();
        int fromMonth = data.fromMonth();
        int toMonth = data.toMonth();
        var focus = data.focus();
        Integer focusId = data.focusId();
        DistrictTable.Revisions revisions = (indicator, unit) -> CorrectionsDialog.open(
                this,
                indicator,
                unit.name(),
                dashboards.corrections(year, fromMonth, toMonth, indicator.id(), unit.id()),
                zone);
        // City-reported facts (lead departments, problem categories) have no district value to show.
        data.focusIndicators()
                .forEach(indicator -> tiles.add(new HeadlineTile(
                        data,
                        indicator,
                        () -> CorrectionsDialog.open(
                                this,
                                indicator,
                                focus.name(),
                                dashboards.corrections(year, fromMonth, toMonth, indicator.id(), focusId),
                                zone),
                        () -> targetRevisions(year, indicator, focus, focusId))));
        charts.show(data, reportedAsTotal);
        tables.removeAll();
        // a root with no units below it has no table of them: its tiles are its figures, as on a district's page
        if (data.ranksUnits() && data.hasData()) {
            tables.add(new CompletionHeatMap(data, images, mayExport, zone));
            var pivot = new Div(
                    new H3(getTranslation(
                            "dashboard.table.title",
                            getTranslation(data.rankedLevel().eachKey()))),
                    pivotMeta(data),
                    new DistrictTable(data, revisions, order, this::ordered),
                    download(data));
            pivot.addClassName("card");
            tables.add(pivot);
        } else if (!data.cityWide() && data.hasData() && data.hasTowns()) {
            tables.add(towns(data));
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
        var parameters = new LinkedHashMap<>(filter.toParameters());
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

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.pageTitle");
    }
}
