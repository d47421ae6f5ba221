package org.minsheng.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
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
import org.minsheng.base.RefusedException;
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
    private final FilterBar filters;
    private final H2 heading = new H2();
    private final Paragraph meta = new Paragraph();
    private final Div back = new Div();
    /** The focus's ancestors, each a link to its page; from the reader's own unit for a scoped leader. */
    private final Breadcrumbs breadcrumbs = new Breadcrumbs();

    private final Div tiles = new Div();
    private final DashboardCharts charts;
    private final DashboardTables tables;
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
        tables = new DashboardTables(dashboards, exports, images, mayExport, zone, getLocale(), () -> filter);
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
        var address = DashboardAddress.read(
                event.getLocation().getQueryParameters().getParameters(),
                dashboards,
                filters.categoryCodes(),
                divisions,
                scope,
                this);
        filter = address.filter();
        unreadAddress.show(address.unread(), address.outside());
        if (address.misread()) {
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, address.query()));
        }
        tables.order(event.getLocation()
                .getQueryParameters()
                .getSingleParameter(DistrictTable.ORDER)
                .orElse(null));
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
        tables.show(data);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.pageTitle");
    }
}
