package org.minsheng.indicator.ui;

import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minsheng.base.ui.Attempt;
import org.minsheng.base.ui.GridKeys;
import org.minsheng.base.ui.Notifications;
import org.minsheng.base.ui.YearInput;
import org.minsheng.division.Division;
import org.minsheng.indicator.IndicatorAdminService;
import org.minsheng.indicator.TargetAdminService;
import org.minsheng.indicator.TargetRevision;
import org.minsheng.indicator.TargetRow;
import org.minsheng.period.Period;
import org.minsheng.period.PeriodService;
import org.minsheng.security.Role;

/**
 * Targets of one year for one unit and the units directly below it, as that unit's dashboard shows
 * them: the installation's root first (a city and its districts), any unit down to county level by the
 * picker or the address ({@code ?division=CODE&year=YYYY}). "Copy from last year" fills in what the new
 * year lacks at every level, so the administrator only adjusts the targets that changed.
 */
@Route("admin/targets")
@Menu(title = "catalogue.nav.targets", order = 93, icon = "vaadin:crosshairs")
@RolesAllowed(Role.Names.ADMINISTRATOR)
class TargetsView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    static final String DIVISION = "division";
    static final String YEAR = "year";

    final TextField year = new TextField(getTranslation("catalogue.year"));
    final ComboBox<Division> unit = new ComboBox<>(getTranslation("catalogue.target.division"));
    final Grid<TargetRow> grid = new Grid<>();
    final Button copy = new Button(getTranslation("catalogue.target.copy"), VaadinIcon.COPY.create());
    final Button create = new Button(getTranslation("catalogue.target.new"), VaadinIcon.PLUS.create());
    private final Paragraph intro = new Paragraph();
    /** In a published year: why 从上年复制 is off, and that every change asks its reason. */
    final Paragraph published = new Paragraph();

    private final TargetAdminService service;
    private final IndicatorAdminService indicators;
    /** The commission's time zone, for the times of a target's revisions. */
    private final ZoneId zone;

    private int shownYear = LocalDate.now().getYear();
    /** The year's units, each after its parent: the picker's items and what its labels are made of. */
    private UnitTree units = UnitTree.EMPTY;
    /** While the address or a new year sets the picker, its change must not redraw or rewrite the address. */
    private boolean entering;

    TargetsView(TargetAdminService service, IndicatorAdminService indicators, PeriodService periods, Clock clock) {
        this.service = service;
        this.indicators = indicators;
        this.zone = clock.getZone();
        // the calendar's last campaign year, the one targets are being set for; not the server clock's,
        // which opened an installation whose calendar ends in 2021 on an empty 2026
        shownYear = periods.all().stream().mapToInt(Period::year).max().orElse(shownYear);
        addClassName("page");
        year.setId("target-year");
        year.setValue(String.valueOf(shownYear));
        year.addValueChangeListener(e -> yearChanged());
        unit.setId("target-division");
        unit.setHelperText(getTranslation("catalogue.target.division.help"));
        unit.setItemLabelGenerator(d -> units.label(d));
        unit.setWidth("22em");
        unit.addValueChangeListener(e -> {
            if (!entering && e.getValue() != null) {
                refresh();
                address();
            }
        });
        grid.setId("target-grid");
        // an indicator's name wraps rather than being cut to 「营养改善…」 on a phone
        grid.addThemeVariants(
                GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // a unit's targets and its children's are tens of rows: the page scrolls, not a short box in it
        // with the lower third of the screen left empty (a stranger's trial)
        grid.setAllRowsVisible(true);
        grid.addColumn(t -> t.indicator(getLocale()))
                .setHeader(getTranslation("catalogue.target.indicator"))
                .setKey("indicator")
                .setFlexGrow(2);
        grid.addColumn(TargetRow::divisionName)
                .setHeader(getTranslation("catalogue.target.division"))
                .setKey("division")
                .setAutoWidth(true);
        grid.addColumn(t -> getTranslation(
                        "catalogue.direction." + t.direction().name().toLowerCase()))
                .setHeader(getTranslation("catalogue.target.direction"))
                .setKey("direction")
                .setAutoWidth(true);
        grid.addColumn(t -> t.valueWithUnit(getLocale()))
                .setHeader(getTranslation("catalogue.target.value"))
                .setKey("value")
                .setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("catalogue.actions"))
                .setKey("actions")
                .setAutoWidth(true)
                // on a phone the row's buttons stay in view while the other columns scroll under them:
                // 删除 and 修订记录 sat 175 px to the right of a 374 px grid, reached only by its bottom
                // scrollbar, three hundred rows down
                .setFrozenToEnd(true);
        GridKeys.openOnEnter(grid, this::edit);

        create.addClickListener(e -> edit(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-target");
        create.addClickShortcut(Key.KEY_N, KeyModifier.ALT);
        copy.setId("copy-targets");
        copy.addClickListener(e -> copyFromLastYear());
        copy.setTooltipText(getTranslation("catalogue.target.copy.help"));
        var bar = new HorizontalLayout(year, unit, create, copy);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        intro.addClassName("page-meta");
        published.addClassName("page-meta");
        published.setId("targets-published");
        published.setVisible(false);
        add(new H2(getTranslation("catalogue.target.heading")), intro, published, bar, grid);
    }

    /** {@code ?division=CODE} opens that unit, {@code ?year=YYYY} that year; without them the root, this year. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        entering = true;
        try {
            parameters
                    .getSingleParameter(YEAR)
                    .filter(y -> y.matches("[0-9]{4}"))
                    .ifPresent(year::setValue);
        } finally {
            entering = false;
        }
        loadUnits(parameters.getSingleParameter(DIVISION).orElse(null));
    }

    private void yearChanged() {
        if (entering) {
            return;
        }
        // the same unit in the new year where it exists, else the root (a unit closed since, or not yet open)
        if (loadUnits(unit.getValue() == null ? null : unit.getValue().code())) {
            address();
        }
    }

    /**
     * Reads the year's units into the picker and chooses {@code code}'s unit, or the root without one. A
     * year that is not one is marked on its field and empties the page: the last year's targets left in
     * view, their buttons live, would be edited under a year no longer shown.
     *
     * @return whether the year was one
     */
    private boolean loadUnits(String code) {
        int[] typed = new int[1];
        var read = Attempt.run(this, Map.of("catalogue.error.year", year), () -> {
            typed[0] = YearInput.read(year.getValue(), shownYear);
            units = new UnitTree(service.divisions(typed[0]));
        });
        for (var component : new HasEnabled[] {unit, create, copy}) {
            component.setEnabled(read.done());
        }
        // no "no targets set for this year" under a year that is not one
        grid.setEmptyStateText(read.done() ? getTranslation("catalogue.target.empty") : "");
        if (!read.done()) {
            grid.setItems(List.of());
            published.setVisible(false);
            // no 「(2019)」 beside a year that is not one
            copy.setText(getTranslation("catalogue.target.copy"));
            return false;
        }
        shownYear = typed[0];
        intro.setText(getTranslation(units.cityAtMost() ? "catalogue.target.intro" : "catalogue.target.intro.levels"));
        entering = true;
        try {
            unit.setItems(units.all());
            unit.setValue(units.find(code).orElse(units.root()));
        } finally {
            entering = false;
        }
        refresh();
        return true;
    }

    void refresh() {
        var chosen = unit.getValue();
        if (chosen == null) {
            return;
        }
        boolean[] copyAllowed = new boolean[1];
        boolean[] revisions = new boolean[1];
        if (Attempt.run(this, () -> {
                    grid.setItems(service.list(shownYear, chosen.id()));
                    copyAllowed[0] = service.copyAllowed(shownYear);
                    revisions[0] = service.revisionRequired(shownYear, chosen.id());
                })
                .done()) {
            copy.setText(getTranslation("catalogue.target.copy") + " (" + (shownYear - 1) + ")");
            // off before it is pressed, with the reason on the page: it answered a published year's click
            // with a refusal only (a stranger's tour); and the empty list offers copying only where the button
            // does, which it did beside a disabled one (a tester's tour of 2021)
            copy.setEnabled(copyAllowed[0]);
            grid.setEmptyStateText(
                    getTranslation(copyAllowed[0] ? "catalogue.target.empty" : "catalogue.target.empty.closed"));
            // a year over says no copying and a reason for every change; a year running with months published,
            // a reason for changing what stands, none for a target set where none was
            published.setVisible(!copyAllowed[0] || revisions[0]);
            published.setText(getTranslation(
                    copyAllowed[0] ? "catalogue.target.publishedRunning" : "catalogue.target.publishedYear",
                    shownYear));
        }
    }

    /** Keeps the address on the unit and year shown, so a reload or a shared link opens them again. */
    private void address() {
        var chosen = unit.getValue();
        if (chosen == null) {
            return;
        }
        var parameters = new LinkedHashMap<String, String>();
        parameters.put(DIVISION, chosen.code());
        parameters.put(YEAR, String.valueOf(shownYear));
        getUI().ifPresent(ui -> ui.getPage()
                .getHistory()
                .replaceState(
                        null,
                        "admin/targets?" + QueryParameters.simple(parameters).getQueryString()));
    }

    void edit(TargetRow target) {
        new TargetDialog(
                        service,
                        indicators.list().stream().filter(i -> !i.retired()).toList(),
                        unitsOfPage(unit.getValue()),
                        unit.getValue(),
                        shownYear,
                        target,
                        this::refresh)
                .open();
    }

    /** The units the chosen unit's page lists: its own and those directly below, a county's towns too. */
    private List<Division> unitsOfPage(Division chosen) {
        var listed = new ArrayList<>(units.withChildren(chosen));
        if (chosen.level() == Division.Level.COUNTY) {
            listed.addAll(service.towns(chosen.id(), shownYear));
        }
        return listed;
    }

    void copyFromLastYear() {
        int[] copied = new int[1];
        if (Attempt.run(this, () -> copied[0] = service.copyFromLastYear(shownYear))
                .done()) {
            var from = String.valueOf(shownYear - 1);
            if (copied[0] == 0) {
                // not a success to cheer in green: a reader would think last year's targets were carried over
                Notifications.notice(getTranslation("catalogue.target.copiedNone", from, String.valueOf(shownYear)));
            } else {
                Notifications.success(getTranslation("catalogue.target.copied", from, copied[0]));
            }
        }
        refresh();
    }

    void remove(TargetRow target) {
        new TargetRemoveDialog(service, target, shownYear, this::refresh).open();
    }

    void history(TargetRow target) {
        var revisions = new ArrayList<TargetRevision>();
        if (Attempt.run(this, () -> revisions.addAll(service.revisions(target.id())))
                .done()) {
            new TargetHistoryDialog(
                            target.divisionName(),
                            target.indicator(getLocale()),
                            value -> target.unitFor(value, getLocale()),
                            revisions,
                            zone)
                    .open();
        }
    }

    private HorizontalLayout actions(TargetRow target) {
        var edit = new Button(getTranslation("catalogue.edit"), e -> edit(target));
        edit.addClassName("target-edit");
        var remove = new Button(getTranslation("catalogue.target.remove"), e -> remove(target));
        remove.addClassName("target-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var buttons = new ArrayList<>(List.of(edit, remove));
        if (target.revisions() > 0) {
            // a target changed after its year was published: where the completion a reader saw came from
            var history =
                    new Button(getTranslation("catalogue.target.history", target.revisions()), e -> history(target));
            history.addClassName("target-history");
            buttons.add(history);
        }
        for (var button : buttons) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        var actions = new HorizontalLayout(buttons.toArray(Button[]::new));
        actions.setWrap(true);
        return actions;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.target.heading");
    }
}
