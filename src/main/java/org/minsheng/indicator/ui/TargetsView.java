package org.minsheng.indicator.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import org.minsheng.base.ui.Attempt;
import org.minsheng.base.ui.GridKeys;
import org.minsheng.base.ui.Notifications;
import org.minsheng.indicator.IndicatorAdminService;
import org.minsheng.indicator.TargetAdminService;
import org.minsheng.indicator.TargetRow;
import org.minsheng.security.Role;

/**
 * Targets of one year for the city and its districts. "Copy from last year" fills in what the new
 * year lacks, so the administrator only adjusts the targets that changed.
 */
@Route("admin/targets")
@Menu(title = "catalogue.nav.targets", order = 93, icon = "vaadin:crosshairs")
@RolesAllowed(Role.Names.ADMINISTRATOR)
class TargetsView extends Div implements HasDynamicTitle {

    final TextField year = new TextField(getTranslation("catalogue.year"));
    final Grid<TargetRow> grid = new Grid<>();
    final Button copy = new Button(getTranslation("catalogue.target.copy"), VaadinIcon.COPY.create());
    private final TargetAdminService service;
    private final IndicatorAdminService indicators;
    private int shownYear = LocalDate.now().getYear();

    TargetsView(TargetAdminService service, IndicatorAdminService indicators) {
        this.service = service;
        this.indicators = indicators;
        addClassName("page");
        year.setId("target-year");
        year.setValue(String.valueOf(shownYear));
        year.addValueChangeListener(e -> refresh());
        grid.setId("target-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
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
        grid.addColumn(t -> t.value().toPlainString() + " " + t.unit(getLocale()))
                .setHeader(getTranslation("catalogue.target.value"))
                .setKey("value")
                .setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("catalogue.actions"))
                .setKey("actions")
                .setAutoWidth(true);
        GridKeys.openOnEnter(grid, this::edit);

        var create = new Button(getTranslation("catalogue.target.new"), VaadinIcon.PLUS.create(), e -> edit(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-target");
        create.addClickShortcut(Key.KEY_N, KeyModifier.ALT);
        copy.setId("copy-targets");
        copy.addClickListener(e -> copyFromLastYear());
        var bar = new HorizontalLayout(year, create, copy);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        var intro = new Paragraph(getTranslation("catalogue.target.intro"));
        intro.addClassName("page-meta");
        add(new H2(getTranslation("catalogue.target.heading")), intro, bar, grid);
        refresh();
    }

    void refresh() {
        try {
            shownYear = NumberInput.whole(year, shownYear);
        } catch (NumberInput.NotANumber e) {
            return;
        }
        if (Attempt.run(this, () -> grid.setItems(service.list(shownYear))).done()) {
            copy.setText(getTranslation("catalogue.target.copy") + " (" + (shownYear - 1) + ")");
        }
    }

    void edit(TargetRow target) {
        new TargetDialog(
                        service,
                        indicators.list().stream().filter(i -> !i.retired()).toList(),
                        shownYear,
                        target,
                        this::refresh)
                .open();
    }

    void copyFromLastYear() {
        int[] copied = new int[1];
        if (Attempt.run(this, () -> copied[0] = service.copyFromLastYear(shownYear))
                .done()) {
            Notifications.success(getTranslation("catalogue.target.copied", String.valueOf(shownYear - 1), copied[0]));
        }
        refresh();
    }

    void remove(TargetRow target) {
        if (Attempt.run(this, () -> service.remove(target.id(), target.version()))
                .done()) {
            Notifications.success(getTranslation("catalogue.target.removed"));
        }
        refresh();
    }

    private HorizontalLayout actions(TargetRow target) {
        var edit = new Button(getTranslation("catalogue.edit"), e -> edit(target));
        edit.addClassName("target-edit");
        var remove = new Button(getTranslation("catalogue.target.remove"), e -> remove(target));
        remove.addClassName("target-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (var button : new Button[] {edit, remove}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        return new HorizontalLayout(edit, remove);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.target.heading");
    }
}
