package org.minsheng.figure.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.IntPredicate;
import org.minsheng.base.RefusedException;
import org.minsheng.base.format.Numbers;
import org.minsheng.base.ui.DownloadLinks;
import org.minsheng.base.ui.Notifications;
import org.minsheng.figure.ConflictException;
import org.minsheng.figure.EntrySheet;
import org.minsheng.figure.FigureDownloads;
import org.minsheng.figure.FigureInput;
import org.minsheng.figure.FigureService;
import org.minsheng.figure.SubmissionService;
import org.minsheng.period.Period;
import org.minsheng.security.Role;

/**
 * The statistician's entry sheet: indicators down, the districts in scope across. Keyboard first:
 * Tab and Enter move between cells, a value is saved as a draft when the cell is left, and a block
 * pasted from Excel fills the cells it covers.
 */
@Route("entry")
@JsModule("./components/entry-keyboard.js")
@Menu(title = "nav.entry", order = 2, icon = "vaadin:edit")
@RolesAllowed(Role.Names.STATISTICIAN)
class EntryView extends Div implements HasDynamicTitle, BeforeEnterObserver, BeforeLeaveObserver {

    /** The commission's time zone, for the times a cell's history shows. */
    private final ZoneId zone;

    private final FigureService figures;
    private final SubmissionService submissions;
    private final Select<Period> period = new Select<>();
    /** The periods the selector offers, which are the only ones a hint may send the statistician to. */
    private final List<Period> offered;

    private final Div sheetArea = new Div();
    private final List<List<CellEditor>> editors = new ArrayList<>();
    /** Asks before values waiting in their fields are dropped by leaving the sheet. */
    private final UnsavedInput unsaved = new UnsavedInput(this::getTranslation, () -> pendingCells(id -> true));

    private EntrySheet sheet;
    /** True while the address is being read: the period it names is shown, not navigated to again. */
    private boolean entering;
    /** The sheet's submit buttons; null while no sheet with units is shown. */
    private SubmitActions actions;

    private final FigureDownloads exports;
    private final Locale locale;

    EntryView(FigureService figures, SubmissionService submissions, FigureDownloads exports, Clock clock) {
        this.zone = clock.getZone();
        this.submissions = submissions;
        this.exports = exports;
        // downloads run on their own request, where no UI is current to ask for the locale
        this.locale = getLocale();
        this.figures = figures;
        addClassName("page");
        period.setLabel(getTranslation("entry.period"));
        period.setItemLabelGenerator(p -> PeriodLabels.label(this, p));
        period.setId("entry-period");
        offered = figures.periodsForEntry();
        period.setItems(offered);
        period.addValueChangeListener(e -> switchPeriod(e.getOldValue(), e.getValue()));
        var intro = new Paragraph(getTranslation("entry.intro"));
        intro.addClassName("page-meta");
        sheetArea.addClassName("entry-sheet-area");
        add(new H2(getTranslation("entry.heading")), intro, period, sheetArea);
        SheetKeyboard.install(this);
    }

    /**
     * The period named in the address, else the first one due. A period chosen is put in the address
     * (switchPeriod), so back and forward, a reload or a link sent on open the sheet that was shown: after a
     * look at the dashboard, the back button opened the first due month instead of the one being filled.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var address = AddressedPeriod.read(event.getLocation().getQueryParameters(), offered);
        entering = true;
        try {
            address.asked().or(() -> Period.firstDue(offered)).ifPresent(period::setValue);
        } finally {
            entering = false;
        }
        if (period.getValue() == null) {
            if (sheetArea.getComponentCount() == 0) {
                noneOpen();
            }
        } else if (sheet == null || sheet.period().id() != period.getValue().id()) {
            load();
        }
        if (address.unknown() != null) {
            // said, not silently replaced, and the address names the sheet shown; also where no period is open
            // to show instead (a city statistician asking for a district's month), so the note below is not
            // read as the answer about the period asked for
            Notifications.notice(address.notice(this, "entry.unknownPeriod", period.getValue()));
            address.correct(
                    event,
                    period.getValue() == null
                            ? "entry"
                            : "entry?" + AddressedPeriod.PARAMETER + "="
                                    + period.getValue().id());
        }
    }

    /** Said plainly rather than an empty selector: the list then holds published periods only, or nothing. */
    private void noneOpen() {
        var note = new Paragraph(getTranslation(offered.isEmpty() ? "entry.noneOpen" : "entry.noneOpen.published"));
        note.setId("entry-none-open");
        sheetArea.add(note);
    }

    /**
     * Names the year's annual period only when the selector above offers it: a hint sending the
     * statistician to a period they cannot pick (the trial's 2021年1月 pointing at 2021年（年报）) is worse
     * than none.
     */
    private String yearTotalsHint(Period shown) {
        if (shown.isYear()) {
            return getTranslation("entry.yearTotals.here");
        }
        return offered.stream()
                .filter(p -> p.isYear() && p.year() == shown.year())
                .findFirst()
                .map(year -> getTranslation("entry.yearTotals.elsewhere", PeriodLabels.name(this, year)))
                .orElseGet(() -> getTranslation("entry.yearTotals.notOpen", String.valueOf(shown.year())));
    }

    /**
     * Another period replaces the sheet, and with it any value waiting in its field: asked first, as
     * leaving the page is. Staying puts the selector back on the sheet shown, which loads nothing.
     */
    private void switchPeriod(Period from, Period to) {
        if (sheet != null && to != null && to.id() == sheet.period().id()) {
            return;
        }
        if (!unsaved.any()) {
            show(to);
            return;
        }
        unsaved.ask(
                "entry.unsaved.switch", "entry.unsaved.discardAndSwitch", () -> show(to), () -> period.setValue(from));
    }

    /**
     * The sheet of the period chosen, then the address naming it. Loaded first, so that the navigation finds
     * no value waiting (the statistician already chose to drop them) and the sheet shown (nothing to load).
     */
    private void show(Period to) {
        load();
        if (!entering && to != null) {
            getUI().ifPresent(ui ->
                    ui.navigate("entry", QueryParameters.of(AddressedPeriod.PARAMETER, String.valueOf(to.id()))));
        }
    }

    private void load() {
        sheetArea.removeAll();
        editors.clear();
        actions = null;
        if (period.getValue() == null) {
            return;
        }
        sheet = figures.sheet(period.getValue().id());
        if (sheet.divisions().isEmpty()) {
            sheetArea.add(new Paragraph(getTranslation("entry.nothingToReport")));
            return;
        }
        SheetNotes.block(this, sheet, this::yearTotalsHint).ifPresent(sheetArea::add);
        var grid = new Div();
        grid.addClassName("entry-sheet");
        grid.getStyle().set("--columns", String.valueOf(sheet.divisions().size()));
        grid.add(headerCell(getTranslation("entry.indicator")));
        sheet.divisions().forEach(d -> grid.add(headerCell(d.name())));
        int row = 0;
        for (var indicator : sheet.indicators()) {
            // the unit once per row rather than in every field, so eleven districts fit a 1440 px screen;
            // in the year period a monthly indicator's cell is its year total, the December cumulative
            var unit = new Span(getTranslation("entry.unit", indicator.unit(getLocale())));
            unit.addClassName("entry-unit");
            var name = new Div(
                    new Span(
                            sheet.period().isYear() && indicator.monthly()
                                    ? getTranslation("entry.yearTotal", indicator.shortName(getLocale()))
                                    : indicator.shortName(getLocale())),
                    unit);
            name.addClassName("entry-indicator");
            name.getElement().setAttribute("title", indicator.name(getLocale()));
            grid.add(name);
            var rowEditors = new ArrayList<CellEditor>();
            int column = 0;
            for (var division : sheet.divisions()) {
                var cell = sheet.cell(indicator, division);
                if (cell.isEmpty()) {
                    // a sheet of the city and a district: the district has no city-level row, nor the reverse
                    var none = new Div(new Span(getTranslation("entry.notReportedHere")));
                    none.addClassName("entry-not-reported");
                    grid.add(none);
                    rowEditors.add(null);
                    column++;
                    continue;
                }
                var editor = new CellEditor(
                        cell.get(),
                        row,
                        column++,
                        sheet.correcting(division),
                        this::save,
                        c -> HistoryDialog.open(this, c, figures.history(c.key()), zone));
                rowEditors.add(editor);
                grid.add(editor);
            }
            editors.add(rowEditors);
            row++;
        }
        sheetArea.add(grid);
        actions = new SubmitActions(sheet.divisions(), this::submit, this::confirmSubmitAll);
        refreshSubmit();
        int periodId = sheet.period().id();
        sheetArea.add(
                actions,
                new DownloadLinks("entry-download", format -> () -> exports.entrySheet(periodId, format, locale)));
    }

    private void save(CellEditor editor, String text, String explanation, String correctionReason) {
        var cell = editor.cell();
        var input = new FigureInput(cell.key(), text, false, explanation, cell.version(), correctionReason);
        try {
            var result = figures.save(input);
            if (result.saved()) {
                editor.saved(result.cell());
            } else {
                editor.reject(result.errors());
            }
        } catch (ConflictException conflict) {
            askAboutConflict(editor, conflict, input);
        } catch (RefusedException refused) {
            Notifications.refused(refused);
        }
        refreshSubmit();
    }

    /** The submit buttons follow the cells as shown: a saved draft enables its unit's, a submit disables it. */
    private void refreshSubmit() {
        if (actions != null) {
            actions.refresh(editors.stream()
                    .flatMap(List::stream)
                    .filter(Objects::nonNull)
                    .toList());
        }
    }

    /** Nobody's work is lost: the user sees the other value and chooses which one stays. */
    private void askAboutConflict(CellEditor editor, ConflictException conflict, FigureInput mine) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("entry.conflict.title"));
        dialog.setText(getTranslation("figure.conflict", Numbers.asWritten(List.of(conflict.parameters()), getLocale()))
                + " " + getTranslation("entry.conflict.yours", mine.text()));
        dialog.setConfirmText(getTranslation("entry.conflict.keepMine"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("entry.conflict.takeTheirs"));
        dialog.addCancelListener(e -> {
            editor.show(conflict.current());
            refreshSubmit();
        });
        dialog.addConfirmListener(e -> {
            editor.show(conflict.current());
            save(editor, mine.text(), mine.explanation(), mine.correctionReason());
        });
        dialog.open();
    }

    private void submit(int divisionId) {
        if (unsaved.refusedForSubmitting(pendingCells(id -> id == divisionId))) {
            return;
        }
        try {
            var result = figures.submit(period.getValue().id(), divisionId);
            if (result.ok()) {
                Notifications.success(getTranslation("entry.submitted", result.submitted()));
                load();
                focusAfterSubmit();
            } else {
                SubmitProblemsDialog.show(this, sheet, result.problems());
            }
        } catch (RefusedException refused) {
            Notifications.refused(refused);
        }
    }

    /** The pressed button went with the sheet it was on: the keyboard goes on from where it stood. */
    private void focusAfterSubmit() {
        if (actions != null) {
            actions.focusHint();
        }
    }

    /**
     * Leaving for another page of the application while a value waits in its field (a correction
     * without its reason, a refused value) asks first: the trial lost such values without a word. A
     * reload or a closed tab is asked by the browser (entry-keyboard.js).
     */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!unsaved.any()) {
            return;
        }
        var leave = event.postpone();
        unsaved.ask("entry.unsaved.text", "entry.unsaved.leave", leave::proceed, () -> {});
    }

    /** The indicators of the cells, of the districts asked for, whose field holds a value not stored. */
    private List<String> pendingCells(IntPredicate districts) {
        return editors.stream()
                .flatMap(List::stream)
                .filter(Objects::nonNull)
                .filter(e -> districts.test(e.cell().key().divisionId()) && e.isPending())
                .map(e -> e.cell().indicator().shortName(getLocale()))
                .toList();
    }

    /** Every district of the sheet at once: first what is ready and what is blocked and why, then one click. */
    private void confirmSubmitAll() {
        if (unsaved.refusedForSubmitting(pendingCells(id -> true))) {
            return;
        }
        SubmitAllDialog.open(this, submissions, period.getValue(), () -> {
            load();
            focusAfterSubmit();
        });
    }

    /**
     * A block pasted from a spreadsheet ({@link SheetKeyboard#paste}): a start outside the sheet, which the
     * browser's console can ask for and an out-of-date page can send, is refused and fills nothing.
     */
    @ClientCallable
    void paste(int row, int column, String text) {
        if (!SheetKeyboard.paste(
                editors,
                row,
                column,
                text,
                (editor, value) -> save(editor, value, editor.cell().explanation(), null))) {
            Notifications.error(getTranslation("entry.paste.outside"));
        }
    }

    private Div headerCell(String text) {
        var header = new Div(text);
        header.addClassName("entry-header");
        return header;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("entry.heading");
    }
}
