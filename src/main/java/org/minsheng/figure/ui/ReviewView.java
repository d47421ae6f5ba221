package org.minsheng.figure.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSingleSelectionModel;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.minsheng.approval.ApprovalService;
import org.minsheng.approval.ReviewerDuties;
import org.minsheng.approval.ui.AcceptancePanel;
import org.minsheng.base.RefusedException;
import org.minsheng.base.i18n.PeriodNames;
import org.minsheng.base.ui.DownloadLinks;
import org.minsheng.base.ui.Notifications;
import org.minsheng.division.DivisionService;
import org.minsheng.figure.Cell;
import org.minsheng.figure.CellKey;
import org.minsheng.figure.FigureDownloads;
import org.minsheng.figure.FigureService;
import org.minsheng.figure.ReviewService;
import org.minsheng.figure.TrackerService;
import org.minsheng.period.Period;
import org.minsheng.period.PeriodOverview;
import org.minsheng.period.PeriodService;
import org.minsheng.security.Role;

/**
 * The city reviewer's page: periods with their progress, and for the chosen period every submitted
 * cell beside its last approved value, to approve, return with a reason, and finally publish.
 */
@Route("review")
@Menu(title = "nav.review", order = 3, icon = "vaadin:check-square-o")
@RolesAllowed(Role.Names.REVIEWER)
class ReviewView extends Div implements HasDynamicTitle {

    /** The commission's time zone, for the times a cell's history shows. */
    private final ZoneId zone;

    private final ReviewService review;
    private final PeriodService periods;
    /** The approved cells of the periods shown since the list was last read, by period id. */
    private final Map<Integer, Integer> approvedCounts = new HashMap<>();

    private final FigureService figures;
    private final PeriodConfirmations confirmations;
    private final Grid<PeriodOverview> periodGrid = new Grid<>();
    private final Div queueArea = new Div();

    private final FigureDownloads exports;
    private final Locale locale;
    private final ReviewerDuties duties;
    /** The service's answer, read once: only an unscoped reviewer publishes a period. */
    private final boolean publishesPeriods;
    /** The installation's root, whose reviewers publish periods. */
    private final String root;
    /** The approval levels' part, for a reviewer who accepts units or answers to the level above; else null. */
    private AcceptancePanel acceptance;
    /** The queue as last shown, in its order on the page. */
    private List<Cell> queued = List.of();
    /**
     * The cell whose 批准 takes the keyboard's focus when the queue is drawn again after an action: the
     * queue is rebuilt, so the focus fell to the page and a keyboard user started over from the top.
     */
    private CellKey focusNext;

    ReviewView(
            ReviewService review,
            PeriodService periods,
            FigureService figures,
            FigureDownloads exports,
            ApprovalService approvals,
            DivisionService divisions,
            TrackerService trackers,
            Clock clock) {
        this.zone = clock.getZone();
        this.confirmations = new PeriodConfirmations(
                this, review, trackers, periods, this::periodName, this::refreshPeriods, this::act);
        this.exports = exports;
        // downloads run on their own request, where no UI is current to ask for the locale
        this.locale = getLocale();
        this.review = review;
        this.figures = figures;
        this.periods = periods;
        addClassName("page");
        periodGrid.setId("period-grid");
        periodGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        periodGrid
                .addColumn(p -> periodName(p))
                .setHeader(getTranslation("period.name"))
                .setAutoWidth(true);
        periodGrid
                .addColumn(
                        p -> getTranslation("period.status." + p.status().name().toLowerCase()))
                .setHeader(getTranslation("period.status"))
                .setAutoWidth(true);
        periodGrid
                .addColumn(PeriodOverview::dueOn)
                .setHeader(getTranslation("period.dueOn"))
                .setAutoWidth(true);
        periodGrid
                .addColumn(PeriodOverview::drafts)
                .setHeader(getTranslation("figure.status.draft"))
                .setTextAlign(ColumnTextAlign.END);
        periodGrid
                .addColumn(PeriodOverview::submitted)
                .setHeader(getTranslation("figure.status.submitted"))
                .setTextAlign(ColumnTextAlign.END);
        periodGrid
                .addColumn(PeriodOverview::returned)
                .setHeader(getTranslation("figure.status.returned"))
                .setTextAlign(ColumnTextAlign.END);
        // counted when the grid shows the row (a dozen at a time), not for every period on every visit
        periodGrid
                .addColumn(p -> approvedCounts.computeIfAbsent(p.id(), periods::approvedIn))
                .setKey("approved")
                .setHeader(getTranslation("figure.status.approved"))
                .setTextAlign(ColumnTextAlign.END);
        periodGrid.setHeight("16rem");
        // a second click on the chosen period used to deselect it and hide its queue without a word
        ((GridSingleSelectionModel<PeriodOverview>) periodGrid.getSelectionModel()).setDeselectAllowed(false);
        periodGrid.asSingleSelect().addValueChangeListener(e -> showQueue(e.getValue()));
        var intro = new Paragraph(getTranslation("review.intro"));
        intro.addClassName("page-meta");
        queueArea.setId("review-queue");
        add(new H2(getTranslation("review.heading")), intro);
        // under approval levels a reviewer may accept units of the level below, or answer to the level above
        duties = approvals.duties();
        publishesPeriods = review.publishesPeriods();
        root = divisions.city().name();
        if (duties.acceptsUnits() || duties.answersAbove()) {
            var years =
                    periods.all().stream().map(Period::year).distinct().sorted().toList();
            acceptance = new AcceptancePanel(approvals, duties, years);
            add(acceptance);
        }
        if (!duties.approvesFigures()) {
            intro.setText(getTranslation("review.intro.accepting"));
            return;
        }
        add(periodGrid, queueArea);
        refreshPeriods(null);
    }

    private void refreshPeriods(Integer selectId) {
        approvedCounts.clear();
        var all = periods.overview();
        periodGrid.setItems(all);
        // the newest period with figures waiting, else the next to publish, the one due first: once next
        // year's periods were generated, the page opened on an empty 2022年（年报） while 2021's waited below,
        // and with nothing waiting it opened on the year's annual report, its publish button first in
        // sight, while its months were still being reported (two strangers' trials)
        (selectId != null
                        ? all.stream().filter(p -> p.id() == selectId).findFirst()
                        : all.stream()
                                .filter(p -> p.submitted() > 0)
                                .findFirst()
                                .or(() -> all.stream()
                                        .filter(p -> p.status() != PeriodOverview.Status.PUBLISHED)
                                        .min(PeriodOverview.NEXT_TO_PUBLISH)))
                .ifPresent(periodGrid::select);
    }

    private void showQueue(PeriodOverview period) {
        queueArea.removeAll();
        if (period == null) {
            return;
        }
        var cells = review.queue(period.id());
        queued = cells;
        queueArea.add(new H3(getTranslation("review.queue.title", periodName(period), cells.size())));
        if (!cells.isEmpty()) {
            queueArea.add(new DownloadLinks(
                    "review-download", format -> () -> exports.reviewQueue(period.id(), format, locale)));
        }
        var byDistrict = new LinkedHashMap<String, List<Cell>>();
        cells.forEach(c -> byDistrict
                .computeIfAbsent(c.division().name(), k -> new ArrayList<>())
                .add(c));
        if (byDistrict.size() > 1) {
            var approvePeriod = new Button(
                    getTranslation("review.approvePeriod", cells.size()),
                    e -> confirmations.approvePeriod(period, byDistrict));
            approvePeriod.setId("approve-period");
            approvePeriod.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            queueArea.add(approvePeriod);
        }
        byDistrict.forEach((district, districtCells) -> queueArea.add(districtCard(period, district, districtCells)));
        if (cells.isEmpty()) {
            queueArea.add(new Paragraph(getTranslation("review.queue.empty")));
        }
        if (period.status() != PeriodOverview.Status.PUBLISHED) {
            if (publishesPeriods) {
                var publish = new Button(getTranslation("review.publish", periodName(period)));
                // a double-click opened two confirmations, the second left asking over a published period
                // (a tester's tour): the browser disables the button at the click, the dialog's closing
                // gives it back
                publish.setDisableOnClick(true);
                publish.addClickListener(e -> confirmations.publish(period, () -> publish.setEnabled(true)));
                publish.setId("publish-period");
                publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
                queueArea.add(publish);
            } else {
                // a scoped reviewer was offered a button the service always refused; say who publishes instead
                var elsewhere = new Paragraph(
                        getTranslation("review.publish.elsewhere", duties.unit().name(), root));
                elsewhere.setId("publish-period-elsewhere");
                elsewhere.addClassName("page-meta");
                queueArea.add(elsewhere);
            }
        }
    }

    /**
     * The indicator, and on a phone the submitted value under it: at 390 px the value columns scroll
     * beneath the actions pinned to the right, so a reviewer saw 批准 beside a name and no number (a
     * stranger's trial). Hidden on wider screens, where the value has its column.
     */
    private Div indicatorWithValue(Cell c) {
        var value = new Span(
                getTranslation("review.newValue.line", FigureText.withUnit(this, c, c.value(), c.notApplicable())));
        value.addClassName("review-narrow-value");
        return new Div(new Span(c.indicator().shortName(getLocale())), value);
    }

    private Div districtCard(PeriodOverview period, String district, List<Cell> cells) {
        var card = new Div();
        card.addClassName("card");
        card.getElement()
                .setAttribute("data-district", cells.getFirst().division().code());
        var grid = new Grid<Cell>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::indicatorWithValue)
                .setHeader(getTranslation("entry.indicator"))
                .setAutoWidth(true);
        grid.addColumn(c ->
                        FigureText.withUnit(this, c, c.approvedValue(), c.revision() > 0 && c.approvedNotApplicable()))
                .setHeader(getTranslation("review.approvedValue"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(c -> FigureText.withUnit(this, c, c.value(), c.notApplicable()))
                .setHeader(getTranslation("review.newValue"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(c -> FigureText.withUnit(this, c, c.lastYearValue(), c.lastYearNotApplicable()))
                .setHeader(getTranslation("review.lastYear"))
                .setTextAlign(ColumnTextAlign.END);
        // wide enough that a phone scrolls the notes sideways instead of wrapping them a character a line
        grid.addColumn(c -> notes(c))
                .setHeader(getTranslation("review.notes"))
                .setWidth("14em")
                .setFlexGrow(2);
        grid.addComponentColumn(c -> {
                    var approve = new Button(
                            getTranslation("review.approve"),
                            e -> act(period, List.of(c), () -> {
                                review.approve(c.key(), c.version());
                                return getTranslation("review.approved", 1);
                            }));
                    approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
                    if (c.key().equals(focusNext)) {
                        // the button is drawn when the grid sends the row, so it takes the focus as it
                        // appears, each time it is drawn until the next action names another cell
                        approve.setAutofocus(true);
                    }
                    var giveBack = new Button(
                            getTranslation("review.return"),
                            e -> ReturnDialog.ask(
                                    this,
                                    c,
                                    reason -> act(period, List.of(c), () -> {
                                        review.returnCell(c.key(), c.version(), reason);
                                        return getTranslation("review.returned", 1);
                                    })));
                    giveBack.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                    giveBack.getElement()
                            .setAttribute("data-indicator", c.indicator().code());
                    // wraps inside the column's fixed width, so every button stays reachable on a phone
                    var actions = new Div(approve, giveBack);
                    actions.addClassName("review-actions");
                    if (c.revision() > 0) {
                        var history = new Button(
                                getTranslation("history.open", c.revision()),
                                e -> HistoryDialog.open(this, c, figures.history(c.key()), zone));
                        history.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                        actions.add(history);
                    }
                    return actions;
                })
                // pinned to the grid's right edge: on a phone the figures scroll beneath it, so 批准 and
                // 退回 stay on the screen (they were cut off at 390 px)
                .setKey("actions")
                .setWidth("10em")
                .setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.setItems(cells);
        var divisionId = cells.getFirst().division().id();
        var approveAll = new Button(
                getTranslation("review.approveDistrict", district),
                e -> act(
                        period,
                        cells,
                        () -> getTranslation("review.approved", review.approveDivision(period.id(), divisionId))));
        approveAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approveAll.addClassName("approve-district");
        card.add(new H3(district), grid, approveAll);
        return card;
    }

    private String notes(Cell cell) {
        var notes = new ArrayList<String>();
        if (!cell.findings().isEmpty()) {
            notes.add(Findings.text(this, cell.findings()));
        }
        if (cell.explanation() != null) {
            notes.add(getTranslation("review.explanation", cell.explanation()));
        }
        if (cell.correctionReason() != null) {
            notes.add(getTranslation("review.correction", cell.correctionReason()));
        }
        return String.join(Findings.separator(this), notes);
    }

    /** A review action on these cells of the queue; the next cell waiting takes the focus after it. */
    private void act(PeriodOverview period, List<Cell> cells, Supplier<String> action) {
        var done = cells.stream().map(Cell::key).toList();
        var rest = queued.stream().map(Cell::key).filter(k -> !done.contains(k)).toList();
        int at = queued.indexOf(cells.getLast()) - done.size() + 1;
        // the one after the last cell acted on, else the one before it
        focusNext = rest.isEmpty() ? null : rest.get(Math.min(Math.max(at, 0), rest.size() - 1));
        act(period, action);
    }

    /** Runs a review action and says what it did, with its count, never only "done". */
    private void act(PeriodOverview period, Supplier<String> action) {
        try {
            Notifications.success(action.get());
        } catch (RefusedException refused) {
            Notifications.refused(refused);
        }
        refreshPeriods(period.id());
        if (acceptance != null) {
            // an approval may have taken the level above's acceptance of the year back, and changes what
            // the year waits for: the line said 「上级已接收」 until a reload (a stranger's trial)
            acceptance.refresh();
        }
    }

    private String periodName(PeriodOverview p) {
        return getTranslation(PeriodNames.key(p.month()), PeriodNames.parameters(p.year(), p.month()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.heading");
    }
}
