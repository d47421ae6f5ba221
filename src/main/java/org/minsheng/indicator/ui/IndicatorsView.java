package org.minsheng.indicator.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import org.minsheng.base.i18n.Translations;
import org.minsheng.base.ui.Attempt;
import org.minsheng.base.ui.GridKeys;
import org.minsheng.base.ui.Notifications;
import org.minsheng.indicator.CatalogueEntry;
import org.minsheng.indicator.IndicatorAdminService;
import org.minsheng.security.Role;

/**
 * The indicator catalogue: what is counted, in which unit, how it rolls up. Arrow keys move through
 * the rows, Enter edits the focused one, Alt+N creates one; the service checks every rule again.
 */
@Route("admin/indicators")
@Menu(title = "catalogue.nav.indicators", order = 91, icon = "vaadin:list")
@RolesAllowed(Role.Names.ADMINISTRATOR)
class IndicatorsView extends Div implements HasDynamicTitle {

    final Grid<CatalogueEntry> grid = new Grid<>();
    private final IndicatorAdminService service;

    IndicatorsView(IndicatorAdminService service) {
        this.service = service;
        addClassName("page");
        grid.setId("indicator-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(e -> e.draft().names().code())
                .setHeader(getTranslation("catalogue.indicator.code"))
                .setKey("code")
                .setAutoWidth(true);
        grid.addColumn(e ->
                        zh() ? e.draft().names().nameZh() : e.draft().names().nameEn())
                .setHeader(getTranslation("catalogue.indicator.name"))
                .setKey("name")
                .setFlexGrow(2);
        grid.addColumn(e -> zh()
                        ? e.draft().measure().unitZh()
                        : e.draft().measure().unitEn())
                .setHeader(getTranslation("catalogue.indicator.unit"))
                .setKey("unit")
                .setAutoWidth(true);
        grid.addColumn(e -> getTranslation("catalogue.valueType."
                        + e.draft().measure().valueType().name().toLowerCase()))
                .setHeader(getTranslation("catalogue.indicator.valueType"))
                .setKey("valueType")
                .setAutoWidth(true);
        grid.addColumn(e -> zh() ? e.categoryZh() : e.categoryEn())
                .setHeader(getTranslation("catalogue.indicator.category"))
                .setKey("category")
                .setAutoWidth(true);
        grid.addComponentColumn(this::status)
                .setHeader(getTranslation("catalogue.indicator.status"))
                .setKey("status")
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("catalogue.actions"))
                .setKey("actions")
                .setAutoWidth(true);
        GridKeys.openOnEnter(grid, this::edit);

        var create = new Button(getTranslation("catalogue.indicator.new"), VaadinIcon.PLUS.create(), e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-indicator");
        create.addClickShortcut(Key.KEY_N, KeyModifier.ALT);
        var intro = new Paragraph(getTranslation("catalogue.indicator.intro"));
        intro.addClassName("page-meta");
        add(new H2(getTranslation("catalogue.indicator.heading")), intro, create, grid);
        refresh();
    }

    void refresh() {
        grid.setItems(service.list());
    }

    void create() {
        new IndicatorDialog(service, null, this::refresh).open();
    }

    void edit(CatalogueEntry entry) {
        new IndicatorDialog(service, entry, this::refresh).open();
    }

    /** Reinstates at once; retiring asks first, since the indicator leaves the entry sheets. */
    void toggleRetired(CatalogueEntry entry) {
        if (entry.retired()) {
            var outcome = Attempt.run(this, () -> service.reinstate(entry.id(), entry.version()));
            if (outcome.done()) {
                Notifications.success(getTranslation(
                        "catalogue.indicator.reinstated", entry.draft().names().code()));
            }
            refresh();
        } else {
            confirmRetire(entry, LocalDate.now());
        }
    }

    /**
     * Retires from {@code retiredOn} once confirmed: 停用 took an indicator with figures off the sheets at
     * one click (a tester's tour). The dialog names it and says that the years already reported keep it.
     */
    private void confirmRetire(CatalogueEntry entry, LocalDate retiredOn) {
        var names = entry.draft().names();
        var confirm = new ConfirmDialog();
        confirm.setId("indicator-retire-confirm");
        confirm.setHeader(getTranslation("catalogue.indicator.retire.title"));
        confirm.setText(getTranslation(
                "catalogue.indicator.retire.confirm",
                zh() ? names.nameZh() : names.nameEn(),
                names.code(),
                retiredOn.toString()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("catalogue.cancel"));
        confirm.setConfirmText(getTranslation("catalogue.indicator.retire"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            if (Attempt.run(this, () -> service.retire(entry.id(), entry.version(), retiredOn))
                    .done()) {
                Notifications.success(getTranslation("catalogue.indicator.retired", names.code()));
            }
            refresh();
        });
        confirm.open();
    }

    void delete(CatalogueEntry entry) {
        var confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("catalogue.delete"));
        confirm.setText(getTranslation(
                "catalogue.indicator.confirmDelete", entry.draft().names().code()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("catalogue.cancel"));
        confirm.setConfirmText(getTranslation("catalogue.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            if (Attempt.run(this, () -> service.delete(entry.id(), entry.version()))
                    .done()) {
                Notifications.success(getTranslation(
                        "catalogue.indicator.deleted", entry.draft().names().code()));
            }
            refresh();
        });
        confirm.open();
    }

    private Span status(CatalogueEntry entry) {
        var text = entry.retired()
                ? getTranslation(
                        "catalogue.indicator.status.retired", entry.retiredOn().toString())
                : getTranslation("catalogue.indicator.status.active");
        if (entry.hasFigures()) {
            text += " · " + getTranslation("catalogue.indicator.hasFigures");
        }
        var badge = new Span(text);
        badge.getElement().getThemeList().add(entry.retired() ? "badge contrast" : "badge success");
        return badge;
    }

    private HorizontalLayout actions(CatalogueEntry entry) {
        var edit = new Button(getTranslation("catalogue.edit"), e -> edit(entry));
        edit.addClassName("indicator-edit");
        var retire = new Button(
                getTranslation(entry.retired() ? "catalogue.indicator.reinstate" : "catalogue.indicator.retire"),
                e -> toggleRetired(entry));
        retire.addClassName("indicator-retire");
        var layout = new HorizontalLayout(edit, retire);
        if (!entry.hasFigures()) {
            var delete = new Button(getTranslation("catalogue.delete"), e -> delete(entry));
            delete.addClassName("indicator-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            layout.add(delete);
        }
        layout.getChildren().map(Button.class::cast).forEach(b -> {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            b.getElement().setAttribute("data-code", entry.draft().names().code());
        });
        return layout;
    }

    private boolean zh() {
        return Translations.isChinese(getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.indicator.heading");
    }
}
