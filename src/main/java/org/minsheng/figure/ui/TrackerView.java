package org.minsheng.figure.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.minsheng.base.RefusedException;
import org.minsheng.base.ui.DownloadLinks;
import org.minsheng.division.Division;
import org.minsheng.figure.CellState;
import org.minsheng.figure.FigureDownloads;
import org.minsheng.figure.Tracker;
import org.minsheng.figure.TrackerService;
import org.minsheng.period.Period;
import org.minsheng.period.PeriodService;
import org.minsheng.security.CurrentUser;
import org.minsheng.security.Role;
import org.minsheng.security.ui.OwnUnitWay;

/**
 * Who has reported what for a period; late units stand out. Any unit has its tracker
 * ({@code ?division=CODE&period=ID}): above the reporting units each child is one line of counts that
 * leads to its own tracker, down to the late units' cells.
 */
@Route("tracker")
@Menu(title = "nav.tracker", order = 4, icon = "vaadin:table")
@RolesAllowed({Role.Names.REVIEWER, Role.Names.LEADER, Role.Names.ADMINISTRATOR, Role.Names.STATISTICIAN})
class TrackerView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    static final String DIVISION = "division";
    static final String OUTSTANDING = "outstanding";

    private final TrackerService trackers;
    private final Select<Period> period = new Select<>();
    private final Div tableArea = new Div();
    private final Paragraph intro = new Paragraph();
    private final TrackerBreadcrumbs breadcrumbs = new TrackerBreadcrumbs();
    private final Div refused = new Div();
    /** The late ones first: a reviewer chasing a deadline hides the units that are done. */
    private final Checkbox onlyOutstanding = new Checkbox();

    private final FigureDownloads exports;
    private final CurrentUser currentUser;
    private final Locale locale;
    private final List<Period> all;
    /** The unit whose tracker this is, from the address; null for the one the reader opens first. */
    private String division;
    /** While the address is read into the choices, each choice's change must not redraw on its own. */
    private boolean entering;
    /** The address's period when it names none that exists (a mistyped or stale link); null when none. */
    private AddressedPeriod unknownPeriod;

    TrackerView(TrackerService trackers, PeriodService periods, FigureDownloads exports, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.exports = exports;
        // downloads run on their own request, where no UI is current to ask for the locale
        this.locale = getLocale();
        this.trackers = trackers;
        addClassName("page");
        period.setLabel(getTranslation("entry.period"));
        period.setItemLabelGenerator(p -> PeriodLabels.label(this, p));
        period.setId("tracker-period");
        all = periods.all();
        period.setItems(all);
        period.addValueChangeListener(e -> redraw());
        onlyOutstanding.setLabel(getTranslation("tracker.onlyOutstanding"));
        onlyOutstanding.setId("tracker-only-outstanding");
        onlyOutstanding.addValueChangeListener(e -> redraw());
        intro.addClassName("page-meta");
        refused.setId("tracker-refused");
        refused.getElement().setAttribute("role", "alert");
        refused.setVisible(false);
        var choices = new Div(period, onlyOutstanding);
        choices.addClassName("tracker-choices");
        add(new H2(getTranslation("tracker.heading")), breadcrumbs, intro, choices, refused, tableArea);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        var address = AddressedPeriod.read(parameters, all);
        entering = true;
        try {
            division = parameters.getSingleParameter(DIVISION).orElse(null);
            onlyOutstanding.setValue(
                    parameters.getSingleParameter(OUTSTANDING).map("1"::equals).orElse(false));
            unknownPeriod = address.unknown() == null ? null : address;
            address.asked()
                    .or(() -> period.getValue() != null
                            ? Optional.of(period.getValue())
                            : Period.firstDue(all).or(() -> all.stream().findFirst()))
                    .ifPresent(period::setValue);
        } finally {
            entering = false;
        }
        if (period.getValue() != null) {
            address.correct(event, "tracker?" + parameters(division).getQueryString());
        }
        show();
    }

    /**
     * A period or filter the reader chose goes into the address, as a unit they opened does: a reload or a
     * link sent on opens the same table (it opened the first due period, unfiltered). Navigating enters this
     * page again, which reads the address and draws.
     */
    private void redraw() {
        if (!entering && period.getValue() != null) {
            getUI().ifPresent(ui -> ui.navigate("tracker", parameters(division)));
        }
    }

    private void show() {
        tableArea.removeAll();
        refused.setVisible(false);
        if (unknownPeriod != null) {
            // said, not silently replaced: the reader followed a link and must know it is not the period they meant
            refused.setText(unknownPeriod.notice(this, "tracker.unknownPeriod", period.getValue()));
            refused.setVisible(true);
        }
        if (period.getValue() == null) {
            return;
        }
        Tracker tracker;
        try {
            tracker = trackers.tracker(period.getValue().id(), division);
        } catch (RefusedException refusal) {
            // outside the reader's scope: say so, and show nothing of the unit
            breadcrumbs.setVisible(false);
            refused.setText(getTranslation(refusal.messageKey(), refusal.parameters()));
            // and the way to their own unit's tracker, as the dashboard's refusal offers its overview
            OwnUnitWay.of(
                            currentUser.readingScope(),
                            "tracker-home",
                            home -> "/tracker?" + parameters(home).getQueryString(),
                            name -> getTranslation("tracker.scope.home", name))
                    .ifPresent(home -> refused.add(new Paragraph(home)));
            refused.setVisible(true);
            return;
        }
        breadcrumbs.show(tracker, this::address);
        if (tracker.rolledUp()) {
            showChildren(tracker);
            return;
        }
        // a city's districts, a county's towns: the words of the level the grid lists; a county
        // without towns lists its own row alone, under its own level's words
        var below = tracker.rows().stream()
                .map(Tracker.Row::division)
                .filter(d -> d.id() != tracker.focus().id())
                .toList();
        var listed =
                below.isEmpty() ? tracker.focus().level() : below.getFirst().level();
        intro.setText(getTranslation("tracker.intro", getTranslation(listed.eachKey())));
        var grid = new Grid<Tracker.Row>();
        grid.setId("tracker-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(row -> {
                    var name = new Span(row.division().name());
                    if (row.overdue()) {
                        var late = new Span(getTranslation("tracker.overdue"));
                        late.addClassName("badge-overdue");
                        return new Span(name, late);
                    }
                    return name;
                })
                .setHeader(getTranslation(listed.headingKey()))
                .setAutoWidth(true)
                .setFrozen(true);
        for (var indicator : tracker.indicators()) {
            grid.addComponentColumn(row -> state(row.states().get(indicator.id())))
                    .setHeader(indicator.shortName(getLocale()))
                    .setAutoWidth(true);
        }
        grid.addColumn(row -> row.changedSinceApproval() == 0
                        ? ""
                        : getTranslation("tracker.changed", row.changedSinceApproval()))
                .setHeader(getTranslation("tracker.changedHeader"))
                .setAutoWidth(true);
        grid.setItems(tracker.rows().stream()
                .filter(row -> !onlyOutstanding.getValue() || !row.submitted())
                .toList());
        grid.setEmptyStateText(
                getTranslation(onlyOutstanding.getValue() ? "tracker.empty.outstanding" : "tracker.empty"));
        grid.setPartNameGenerator(row -> row.overdue() ? "overdue" : null);
        var shown = period.getValue();
        // the download is the page's own unit's, as shown: a district's tracker below a province too
        var unit = tracker.focus().code();
        var summary = new Paragraph(summary(tracker));
        summary.setId("tracker-summary");
        summary.getElement().setAttribute("role", "status");
        tableArea.add(
                summary,
                new DownloadLinks("tracker-download", format -> () -> exports.tracker(shown, unit, format, locale)),
                grid);
    }

    /**
     * Above the reporting units: one line per child with the counts of its subtree, its name a link to
     * its own tracker. Only the children are rows (31 provinces for the whole country), and the grid
     * renders the rows in view, so the national tracker never holds its counties' cells.
     */
    private void showChildren(Tracker tracker) {
        intro.setText(getTranslation("tracker.introRolledUp"));
        var grid = new Grid<Tracker.Child>();
        grid.setId("tracker-children");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(child -> {
                    var link = new Anchor(
                            address(child.division()), child.division().name());
                    link.setId("tracker-child-" + child.division().code());
                    if (child.completeness().overdue() > 0) {
                        var late = new Span(getTranslation("tracker.overdue"));
                        late.addClassName("badge-overdue");
                        return new Span(link, late);
                    }
                    return link;
                })
                .setKey("unit")
                // the children's level as a column header, as the cells' grid names its first column: 市 under
                // a province, 省 under the country; the words for "each city" read as a lowercase header
                // "city" in English (a stranger's trial)
                .setHeader(getTranslation(tracker.children().stream()
                        .findFirst()
                        .map(c -> c.division().level())
                        .orElse(tracker.focus().level())
                        .headingKey()))
                .setAutoWidth(true)
                .setFrozen(true);
        grid.addColumn(child -> completeness(child.completeness()))
                .setKey("completeness")
                .setHeader(getTranslation("tracker.completeness"))
                .setAutoWidth(true);
        grid.setItems(tracker.children().stream()
                .filter(child ->
                        !onlyOutstanding.getValue() || child.completeness().outstanding() > 0)
                .toList());
        grid.setEmptyStateText(
                getTranslation(onlyOutstanding.getValue() ? "tracker.empty.outstanding" : "tracker.empty"));
        grid.setPartNameGenerator(child -> child.completeness().overdue() > 0 ? "overdue" : null);
        var summary = new Paragraph(completeness(tracker.completeness()));
        summary.setId("tracker-summary");
        summary.getElement().setAttribute("role", "status");
        tableArea.add(summary, grid);
    }

    /** This page's address for another unit, with the same period and filter: a deep link. */
    private String address(Division unit) {
        return "tracker?" + parameters(unit.code()).getQueryString();
    }

    /** This page's parameters for a unit's code, or for the reader's first unit when null. */
    private QueryParameters parameters(String unit) {
        var parameters = new LinkedHashMap<String, String>();
        if (unit != null) {
            parameters.put(DIVISION, unit);
        }
        parameters.put(
                AddressedPeriod.PARAMETER, String.valueOf(period.getValue().id()));
        if (onlyOutstanding.getValue()) {
            parameters.put(OUTSTANDING, "1");
        }
        return QueryParameters.simple(parameters);
    }

    /** 「12 个县区中 9 个已提交，2 个逾期」, in the words of the level of the units counted. */
    private String completeness(Tracker.Completeness counts) {
        var units = getTranslation(
                counts.level() == null
                        ? "tracker.units.mixed"
                        : "tracker.units." + counts.level().name().toLowerCase(Locale.ROOT));
        var text = getTranslation(
                "tracker.rolledUp", String.valueOf(counts.units()), units, String.valueOf(counts.submitted()));
        return counts.overdue() == 0
                ? text
                : text + getTranslation("tracker.summaryOverdue", String.valueOf(counts.overdue()));
    }

    /** 「12 个填报单位中 9 个已全部提交，3 个逾期」: where the period stands before reading the rows. */
    private String summary(Tracker tracker) {
        var counts = tracker.completeness();
        var text =
                getTranslation("tracker.summary", String.valueOf(counts.units()), String.valueOf(counts.submitted()));
        return counts.overdue() == 0
                ? text
                : text + getTranslation("tracker.summaryOverdue", String.valueOf(counts.overdue()));
    }

    private Span state(CellState state) {
        if (state == null) {
            // the unit does not report this indicator (the city's row under a district indicator)
            return new Span();
        }
        var badge = new Span(getTranslation("cell.state." + state.name().toLowerCase()));
        badge.addClassName("state-badge");
        badge.getElement().setAttribute("data-state", state.name().toLowerCase());
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tracker.heading");
    }
}
