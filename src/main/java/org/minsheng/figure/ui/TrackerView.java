package org.minsheng.figure.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.minsheng.base.ui.DownloadLinks;
import org.minsheng.figure.CellState;
import org.minsheng.figure.FigureDownloads;
import org.minsheng.figure.Tracker;
import org.minsheng.figure.TrackerService;
import org.minsheng.period.Period;
import org.minsheng.period.PeriodService;
import org.minsheng.security.Role;

/** Who has reported what for a period; late districts stand out. */
@Route("tracker")
@Menu(title = "nav.tracker", order = 4, icon = "vaadin:table")
@RolesAllowed({Role.Names.REVIEWER, Role.Names.LEADER, Role.Names.ADMINISTRATOR, Role.Names.STATISTICIAN})
class TrackerView extends Div implements HasDynamicTitle {

    private final TrackerService trackers;
    private final Select<Period> period = new Select<>();
    private final Div tableArea = new Div();
    /** The late ones first: a reviewer chasing a deadline hides the units that are done. */
    private final Checkbox onlyOutstanding = new Checkbox();

    private final FigureDownloads exports;
    private final Locale locale;

    TrackerView(TrackerService trackers, PeriodService periods, FigureDownloads exports) {
        this.exports = exports;
        // downloads run on their own request, where no UI is current to ask for the locale
        this.locale = getLocale();
        this.trackers = trackers;
        addClassName("page");
        period.setLabel(getTranslation("entry.period"));
        period.setItemLabelGenerator(p -> PeriodLabels.label(this, p));
        period.setId("tracker-period");
        var all = periods.all();
        period.setItems(all);
        period.addValueChangeListener(e -> show());
        onlyOutstanding.setLabel(getTranslation("tracker.onlyOutstanding"));
        onlyOutstanding.setId("tracker-only-outstanding");
        onlyOutstanding.addValueChangeListener(e -> show());
        var intro = new Paragraph(getTranslation("tracker.intro"));
        intro.addClassName("page-meta");
        var choices = new Div(period, onlyOutstanding);
        choices.addClassName("tracker-choices");
        add(new H2(getTranslation("tracker.heading")), intro, choices, tableArea);
        all.stream()
                .filter(Period::isOpen)
                .findFirst()
                .or(() -> all.stream().findFirst())
                .ifPresent(period::setValue);
    }

    private void show() {
        tableArea.removeAll();
        if (period.getValue() == null) {
            return;
        }
        var tracker = trackers.tracker(period.getValue().id());
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
                .setHeader(getTranslation("dashboard.table.district"))
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
        grid.setPartNameGenerator(row -> row.overdue() ? "overdue" : null);
        var shown = period.getValue();
        var summary = new Paragraph(summary(tracker));
        summary.setId("tracker-summary");
        summary.getElement().setAttribute("role", "status");
        tableArea.add(
                summary,
                new DownloadLinks("tracker-download", format -> () -> exports.tracker(shown, format, locale)),
                grid);
    }

    /** 「12 个填报单位中 9 个已全部提交，3 个逾期」: where the period stands before reading the rows. */
    private String summary(Tracker tracker) {
        var text = getTranslation(
                "tracker.summary", String.valueOf(tracker.rows().size()), String.valueOf(tracker.submittedUnits()));
        return tracker.overdueUnits() == 0
                ? text
                : text + getTranslation("tracker.summaryOverdue", String.valueOf(tracker.overdueUnits()));
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
