package org.minsheng.period.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.minsheng.base.i18n.PeriodNames;
import org.minsheng.base.ui.Attempt;
import org.minsheng.base.ui.Notifications;
import org.minsheng.base.ui.OneClick;
import org.minsheng.base.ui.YearInput;
import org.minsheng.period.CalendarPeriod;
import org.minsheng.period.CalendarService;
import org.minsheng.period.LeftOpen;
import org.minsheng.period.MissingPeriods;
import org.minsheng.period.PeriodOverview.Status;
import org.minsheng.security.Role;

/**
 * The reporting calendar: create a campaign year's periods, move a due date, close a period for
 * entry or reopen it. Publishing stays with the reviewers.
 */
@Route("admin/calendar")
@Menu(title = "catalogue.nav.calendar", order = 94, icon = "vaadin:calendar")
@RolesAllowed(Role.Names.ADMINISTRATOR)
class CalendarView extends Div implements HasDynamicTitle {

    final TextField year = new TextField(getTranslation("catalogue.year"));
    final Button createYear = new Button(getTranslation("catalogue.calendar.createYear"));
    final Grid<CalendarPeriod> grid = new Grid<>();
    private final CalendarService service;
    /** The year the field proposes: the calendar's first not complete. */
    private int nextYear;

    CalendarView(CalendarService service) {
        this.service = service;
        addClassName("page");
        year.setId("calendar-year");
        createYear.setId("create-year");
        createYear.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // a double-click made two years: the field moves on to the next year after each, so the second click
        // created that one too, periods open at once and never removed (a tester's tour). The browser
        // disables the button at the click until the year is made.
        OneClick.run(createYear, this::createYear);
        createYear.addClickShortcut(Key.ENTER).listenOn(year);

        grid.setId("calendar-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(this::label)
                .setHeader(getTranslation("catalogue.calendar.period"))
                .setKey("period")
                .setAutoWidth(true);
        grid.addComponentColumn(this::status)
                .setHeader(getTranslation("period.status"))
                .setKey("status")
                .setAutoWidth(true);
        grid.addColumn(p -> p.dueOn() == null ? "" : p.dueOn().toString())
                .setHeader(getTranslation("period.dueOn"))
                .setKey("dueOn")
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("catalogue.actions"))
                .setKey("actions")
                .setAutoWidth(true);
        grid.setHeight("70vh");
        var bar = new HorizontalLayout(year, createYear);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        var intro = new Paragraph(getTranslation("catalogue.calendar.intro"));
        intro.addClassName("page-meta");
        add(new H2(getTranslation("catalogue.calendar.heading")), intro, bar, grid);
        refresh();
        year.setValue(String.valueOf(nextYear));
    }

    void refresh() {
        var calendar = service.calendar();
        grid.setItems(calendar);
        // the actions' width was measured on the rows first shown; a new year's row has one more (it was cut
        // off at 1440 px, a stranger's trial)
        grid.recalculateColumnWidths();
        // the calendar's own years, not the server clock's: an installation whose calendar ends in 2021 was
        // offered 2027 in 2026, which would leave five years without periods
        nextYear = service.proposedYear();
    }

    /**
     * Asks before creating: periods open for entry at once and are never removed, and one click made 2022's
     * thirteen while 2021 held only January (an administrator's report). A year out of range or complete
     * is refused next to the field, with nothing asked.
     */
    void createYear() {
        year.setInvalid(false);
        var missing = new MissingPeriods[1];
        // the year as read, not as typed: the notice echoed 「２０２１」 back in full-width digits
        var outcome = Attempt.run(this, fields(), () -> {
            missing[0] = service.missing(YearInput.read(year.getValue(), nextYear));
        });
        if (outcome.done()) {
            confirm(missing[0]);
        }
    }

    private void confirm(MissingPeriods missing) {
        var dialog = new ConfirmDialog();
        dialog.setId("create-year-confirm");
        dialog.setHeader(getTranslation("catalogue.calendar.confirm.title", String.valueOf(missing.year())));
        dialog.setText(whatIsCreated(missing));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("catalogue.cancel"));
        dialog.setConfirmText(getTranslation("catalogue.calendar.confirm.ok"));
        dialog.addConfirmListener(e -> create(missing.year()));
        dialog.open();
    }

    /** 「将生成2021年2—12月共11个月度报送期及2021年（年报），共12个报送期」, named as the grid names them. */
    String whatIsCreated(MissingPeriods missing) {
        var annual = getTranslation(PeriodNames.key(null), PeriodNames.parameters(missing.year(), null));
        if (missing.months().isEmpty()) {
            return getTranslation("catalogue.calendar.confirm.year", annual);
        }
        var months = PeriodNames.months(this::getTranslation, missing.year(), missing.months());
        return missing.annual()
                ? getTranslation(
                        "catalogue.calendar.confirm.monthsAndYear",
                        months,
                        missing.months().size(),
                        annual,
                        missing.count())
                : getTranslation(
                        "catalogue.calendar.confirm.months",
                        months,
                        missing.months().size());
    }

    private void create(int confirmedYear) {
        int[] created = new int[1];
        var outcome = Attempt.run(this, fields(), () -> created[0] = service.createYear(confirmedYear));
        if (outcome.done() && created[0] == 0) {
            // made meanwhile, e.g. in another tab: 「已为2021年新建0个报送期」 read as a failure to explain
            Notifications.notice(getTranslation("catalogue.calendar.allExist", String.valueOf(confirmedYear)));
        } else if (outcome.done()) {
            Notifications.success(
                    getTranslation("catalogue.calendar.created", String.valueOf(confirmedYear), created[0]));
        }
        refresh();
        year.setValue(String.valueOf(nextYear));
    }

    private Map<String, TextField> fields() {
        return Map.of("catalogue.error.year", year, "catalogue.calendar.allExist", year);
    }

    void changeDueOn(CalendarPeriod period) {
        new DueDateDialog(service, period, label(period), this::refresh).open();
    }

    /**
     * Closing asks first and says what it leaves behind: one click closed 2021年3月 with 芗城区's drafts in it,
     * and the month left the statisticians' period picker, drafts and all (a stranger's tour). Reopening
     * takes nothing away and goes at once.
     */
    void move(CalendarPeriod period) {
        if (period.status() != Status.OPEN) {
            moveNow(period);
            return;
        }
        var leftOpen = new LeftOpen[1];
        if (!Attempt.run(this, () -> leftOpen[0] = service.leftOpen(period.id()))
                .done()) {
            refresh();
            return;
        }
        var dialog = new ConfirmDialog();
        dialog.setId("period-close-confirm");
        dialog.setHeader(getTranslation("catalogue.calendar.closeConfirm.title", label(period)));
        dialog.setText(whatIsLeft(leftOpen[0]));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("catalogue.cancel"));
        dialog.setConfirmText(getTranslation("catalogue.calendar.close"));
        dialog.addConfirmListener(e -> moveNow(period));
        dialog.open();
    }

    /** 「截止后……」 and then what the closing leaves, in cells and units, a paragraph each. */
    Div whatIsLeft(LeftOpen left) {
        var text = new Div(new Paragraph(getTranslation("catalogue.calendar.closeConfirm.text")));
        if (left.nothing()) {
            text.add(new Paragraph(getTranslation("catalogue.calendar.closeConfirm.nothingLeft")));
        }
        if (left.unsubmittedCells() > 0) {
            text.add(new Paragraph(getTranslation(
                    "catalogue.calendar.closeConfirm.unsubmitted", left.unsubmittedCells(), left.unsubmittedUnits())));
        }
        if (left.unreviewedCells() > 0) {
            text.add(new Paragraph(getTranslation(
                    "catalogue.calendar.closeConfirm.unreviewed", left.unreviewedCells(), left.unreviewedUnits())));
        }
        return text;
    }

    private void moveNow(CalendarPeriod period) {
        boolean closing = period.status() == Status.OPEN;
        var outcome = Attempt.run(this, () -> {
            if (closing) {
                service.close(period.id(), period.version());
            } else {
                service.reopen(period.id(), period.version());
            }
        });
        if (outcome.done()) {
            Notifications.success(getTranslation(
                    closing ? "catalogue.calendar.closed" : "catalogue.calendar.reopened", label(period)));
        }
        refresh();
    }

    void toggleAnnualOnly(CalendarPeriod period) {
        boolean annualOnly = !period.annualOnly();
        var outcome = Attempt.run(this, () -> service.setAnnualOnly(period.id(), period.version(), annualOnly));
        if (outcome.done()) {
            Notifications.success(getTranslation(
                    annualOnly ? "catalogue.calendar.annualOnly.set" : "catalogue.calendar.annualOnly.unset",
                    String.valueOf(period.year())));
        }
        refresh();
    }

    String label(CalendarPeriod p) {
        var name = getTranslation(PeriodNames.key(p.month()), PeriodNames.parameters(p.year(), p.month()));
        return p.annualOnly() ? getTranslation("catalogue.calendar.annualOnly.label", name) : name;
    }

    private Span status(CalendarPeriod p) {
        var badge = new Span(getTranslation("period.status." + p.status().name().toLowerCase()));
        badge.getElement()
                .getThemeList()
                .add(
                        switch (p.status()) {
                            case OPEN -> "badge success";
                            case CLOSED -> "badge contrast";
                            case PUBLISHED -> "badge";
                        });
        return badge;
    }

    private HorizontalLayout actions(CalendarPeriod p) {
        var layout = new HorizontalLayout();
        // a year's row has three actions: on a narrow column they wrap rather than run past the grid's edge
        layout.setWrap(true);
        if (p.isYear() && p.status() != Status.PUBLISHED) {
            var annual = new Button(
                    getTranslation(
                            p.annualOnly() ? "catalogue.calendar.annualOnly.off" : "catalogue.calendar.annualOnly.on"),
                    e -> toggleAnnualOnly(p));
            annual.addClassName("period-annual-only");
            annual.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            annual.getElement().setAttribute("data-period", label(p));
            annual.setTooltipText(getTranslation("catalogue.calendar.annualOnly.help"));
            layout.add(annual);
        }
        if (p.status() == Status.PUBLISHED) {
            return layout;
        }
        var due = new Button(getTranslation("catalogue.calendar.changeDueOn"), e -> changeDueOn(p));
        due.addClassName("period-due");
        var move = new Button(
                getTranslation(p.status() == Status.OPEN ? "catalogue.calendar.close" : "catalogue.calendar.reopen"),
                e -> move(p));
        move.addClassName("period-move");
        for (var button : new Button[] {due, move}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            button.getElement().setAttribute("data-period", label(p));
        }
        layout.add(due, move);
        return layout;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.calendar.heading");
    }
}
