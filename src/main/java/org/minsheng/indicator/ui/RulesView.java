package org.minsheng.indicator.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.minsheng.base.i18n.Translations;
import org.minsheng.base.ui.Attempt;
import org.minsheng.base.ui.GridKeys;
import org.minsheng.indicator.CatalogueEntry;
import org.minsheng.indicator.IndicatorAdminService;
import org.minsheng.indicator.RuleAdminService;
import org.minsheng.indicator.ValidationRule;
import org.minsheng.security.Role;

/** Cross-indicator validation rules: what figure entry checks beyond each single value. */
@Route("admin/rules")
@Menu(title = "catalogue.nav.rules", order = 92, icon = "vaadin:check")
@RolesAllowed(Role.Names.ADMINISTRATOR)
class RulesView extends Div implements HasDynamicTitle {

    final Grid<ValidationRule> grid = new Grid<>();
    private final RuleAdminService service;
    private final IndicatorAdminService indicators;
    private Map<Integer, CatalogueEntry> byId = Map.of();

    RulesView(RuleAdminService service, IndicatorAdminService indicators) {
        this.service = service;
        this.indicators = indicators;
        addClassName("page");
        grid.setId("rule-grid");
        grid.addThemeVariants(
                GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> r.draft().code())
                .setHeader(getTranslation("catalogue.rule.code"))
                .setKey("code")
                .setAutoWidth(true);
        grid.addColumn(this::formula)
                .setHeader(getTranslation("catalogue.rule.left"))
                .setKey("formula")
                .setFlexGrow(2);
        grid.addColumn(r -> getTranslation(
                        "catalogue.severity." + r.draft().severity().name().toLowerCase()))
                .setHeader(getTranslation("catalogue.rule.severity"))
                .setKey("severity")
                .setAutoWidth(true);
        grid.addColumn(r -> zh() ? r.draft().messageZh() : r.draft().messageEn())
                .setHeader(getTranslation("catalogue.rule.message"))
                .setKey("message")
                .setFlexGrow(2);
        grid.addComponentColumn(this::status)
                .setHeader(getTranslation("catalogue.rule.enabled"))
                .setKey("status")
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("catalogue.actions"))
                .setKey("actions")
                .setAutoWidth(true);
        GridKeys.openOnEnter(grid, this::edit);

        var create = new Button(getTranslation("catalogue.rule.new"), VaadinIcon.PLUS.create(), e -> edit(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-rule");
        create.addClickShortcut(Key.KEY_N, KeyModifier.ALT);
        var intro = new Paragraph(getTranslation("catalogue.rule.intro"));
        intro.addClassName("page-meta");
        add(new H2(getTranslation("catalogue.rule.heading")), intro, create, grid);
        refresh();
    }

    void refresh() {
        byId = indicators.list().stream().collect(Collectors.toMap(CatalogueEntry::id, Function.identity()));
        grid.setItems(service.list());
    }

    void edit(ValidationRule rule) {
        new RuleDialog(service, indicators.list(), rule, this::refresh).open();
    }

    void toggle(ValidationRule rule) {
        Attempt.run(this, () -> service.setEnabled(rule.id(), rule.version(), !rule.enabled()));
        refresh();
    }

    /** "dropouts ≤ a + b" in the reader's language, with short names. */
    String formula(ValidationRule rule) {
        var right = rule.draft().rightIds().stream().map(this::name).collect(Collectors.joining(" + "));
        return name(rule.draft().leftId()) + " "
                + getTranslation(
                        "catalogue.operator." + rule.draft().operator().name().toLowerCase()) + " " + right;
    }

    private String name(int id) {
        var entry = byId.get(id);
        return entry == null
                ? "#" + id
                : zh()
                        ? entry.draft().names().shortNameZh()
                        : entry.draft().names().shortNameEn();
    }

    private Span status(ValidationRule rule) {
        var badge = new Span(
                getTranslation(rule.enabled() ? "catalogue.rule.status.enabled" : "catalogue.rule.status.disabled"));
        badge.getElement().getThemeList().add(rule.enabled() ? "badge success" : "badge contrast");
        return badge;
    }

    private HorizontalLayout actions(ValidationRule rule) {
        var edit = new Button(getTranslation("catalogue.edit"), e -> edit(rule));
        edit.addClassName("rule-edit");
        var toggle = new Button(
                getTranslation(rule.enabled() ? "catalogue.rule.disable" : "catalogue.rule.enable"), e -> toggle(rule));
        toggle.addClassName("rule-toggle");
        for (var button : new Button[] {edit, toggle}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            button.getElement().setAttribute("data-code", rule.draft().code());
        }
        return new HorizontalLayout(edit, toggle);
    }

    private boolean zh() {
        return Translations.isChinese(getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.rule.heading");
    }
}
