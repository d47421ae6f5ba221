package org.minsheng.indicator.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.minsheng.base.Texts;
import org.minsheng.base.format.TypedNumbers;
import org.minsheng.base.i18n.Translations;
import org.minsheng.base.ui.Attempt;
import org.minsheng.base.ui.FieldChecks;
import org.minsheng.base.ui.Notifications;
import org.minsheng.base.ui.OneClick;
import org.minsheng.division.Division;
import org.minsheng.indicator.CatalogueEntry;
import org.minsheng.indicator.TargetAdminService;
import org.minsheng.indicator.TargetDirection;
import org.minsheng.indicator.TargetRow;

/**
 * Sets a target, or changes the direction and value of one; indicator, division and year are what
 * the target is about, so they are fixed once it exists. A new one starts on the unit the page shows.
 * Choosing "reach zero" fills in the 0. Where the unit's figures of the year are published, the dialog
 * asks for the reason of the revision before the save, as the service will.
 */
class TargetDialog extends Dialog {

    final Select<CatalogueEntry> indicator = new Select<>();
    final Select<Division> division = new Select<>();
    final Select<TargetDirection> direction = new Select<>();
    /**
     * Text, read as the entry sheet reads a figure: Vaadin's number field dropped what its browser side did
     * not take, so 1e3 was saved as 13 and ４３００ came back empty with 「请填写」.
     */
    final TextField value = new TextField(getTranslation("catalogue.target.value"));

    final TextArea reason = new TextArea(getTranslation("catalogue.target.reason"));
    final Button save = new Button(getTranslation("catalogue.save"));

    private final FieldChecks checks = new FieldChecks();
    private final TargetAdminService service;
    private final int year;
    private final TargetRow editing;
    private final Runnable onSaved;

    TargetDialog(
            TargetAdminService service,
            List<CatalogueEntry> indicators,
            List<Division> divisions,
            Division shown,
            int year,
            TargetRow editing,
            Runnable onSaved) {
        this.service = service;
        this.year = year;
        this.editing = editing;
        this.onSaved = onSaved;
        setId("target-dialog");
        setHeaderTitle(
                editing == null
                        ? getTranslation("catalogue.target.dialog.new")
                        : getTranslation(
                                "catalogue.target.dialog.edit",
                                editing.indicator(getLocale()),
                                editing.divisionName()));
        indicator.setLabel(getTranslation("catalogue.target.indicator"));
        indicator.setItems(indicators);
        indicator.setItemLabelGenerator(i -> i == null
                ? ""
                : Translations.isChinese(getLocale())
                        ? i.draft().names().shortNameZh() + "（"
                                + i.draft().measure().unitZh() + "）"
                        : i.draft().names().shortNameEn() + " ("
                                + i.draft().measure().unitEn() + ")");
        indicator.addValueChangeListener(e -> {
            if (e.getValue() != null && editing == null) {
                direction.setValue(e.getValue().draft().direction());
                askReasonIfPublished();
            }
        });
        division.setLabel(getTranslation("catalogue.target.division"));
        // the unit shown and the units directly below it, as the list beside it
        division.setItems(divisions);
        division.setItemLabelGenerator(d -> d == null ? "" : d.name());
        direction.setLabel(getTranslation("catalogue.target.direction"));
        direction.setItems(TargetDirection.values());
        direction.setItemLabelGenerator(
                d -> getTranslation("catalogue.direction." + d.name().toLowerCase()));
        direction.addValueChangeListener(e -> {
            if (e.getValue() == TargetDirection.REACH_ZERO) {
                value.setValue("0");
            }
        });
        var required = getTranslation("catalogue.error.required");
        checks.required(indicator, getTranslation("catalogue.target.error.indicator"))
                .required(division, required)
                .required(direction, required)
                .required(value, required);
        if (editing != null) {
            indicators.stream()
                    .filter(i -> i.id() == editing.indicatorId())
                    .findFirst()
                    .ifPresent(indicator::setValue);
            division.getListDataView()
                    .getItems()
                    .filter(d -> d.id() == editing.divisionId())
                    .findFirst()
                    .ifPresent(division::setValue);
            indicator.setReadOnly(true);
            division.setReadOnly(true);
            direction.setValue(editing.direction());
            value.setValue(editing.value().stripTrailingZeros().toPlainString());
        } else {
            // the unit whose page the administrator is on: the field started empty beside a picker
            // showing 漳州市 (a tester's trial); the units below stay one choice away
            division.setValue(shown);
            division.addValueChangeListener(e -> askReasonIfPublished());
        }
        reason.setId("target-reason");
        reason.setWidthFull();
        // a long reason scrolls inside the field; grown to its full length it pushed the buttons off screen
        reason.setMaxHeight("12em");
        askReasonIfPublished();
        var form = new FormLayout(indicator, division, direction, value, reason);
        form.setColspan(reason, 2);
        add(form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("target-save");
        OneClick.run(save, this::save);
        save.addClickShortcut(Key.ENTER).listenOn(value);
        getFooter().add(new Button(getTranslation("catalogue.cancel"), e -> close()), save);
    }

    /**
     * Shows the reason field where a change revises published results: the administrator learns it
     * before typing a value, not from a refusal after. A new target asks it only where setting it is a
     * revision (a year over and published, or a target removed after publication), once the indicator and
     * the unit are chosen: a first target of a year still running is planning, not a revision.
     */
    private void askReasonIfPublished() {
        var unit = editing == null ? division.getValue() : null;
        var chosen = editing == null ? indicator.getValue() : null;
        boolean required = editing != null
                ? service.revisionRequiredToChange(editing.id())
                : unit != null && chosen != null && service.revisionRequiredToCreate(chosen.id(), unit.id(), year);
        reason.setVisible(required);
        reason.setRequiredIndicatorVisible(required);
        reason.setHelperText(required ? getTranslation("catalogue.target.reason.help", year) : null);
    }

    /** The number typed; null, with the field marked and told why, when it is none. */
    private BigDecimal typedValue() {
        try {
            var typed = TypedNumbers.parse(value.getValue());
            if (typed == null) {
                // only spaces, a full-width one among them, which the required check takes for a value
                value.setErrorMessage(getTranslation("catalogue.error.required"));
                value.setInvalid(true);
            }
            return typed;
        } catch (TypedNumbers.Unreadable e) {
            value.setErrorMessage(getTranslation(
                    switch (e.problem()) {
                        case NOT_A_NUMBER -> "figure.error.notANumber";
                        case GROUPING -> "figure.error.grouping";
                    },
                    Texts.quoted(value.getValue().strip())));
            value.setInvalid(true);
            return null;
        }
    }

    private void save() {
        if (!checks.ok()) {
            return;
        }
        var amount = typedValue();
        if (amount == null) {
            return;
        }
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("catalogue.target.error.indicator", indicator);
        fields.put("catalogue.target.error.division", division);
        fields.put("catalogue.target.error.exists", division);
        fields.put("catalogue.target.error.reasonRequired", reason);
        fields.put("input.error.", reason);
        fields.put("catalogue.target.error.", value);
        var saved = new AtomicReference<TargetRow>();
        var outcome = Attempt.run(
                this,
                fields,
                () -> saved.set(
                        editing == null
                                ? service.create(
                                        indicator.getValue().id(),
                                        division.getValue().id(),
                                        year,
                                        direction.getValue(),
                                        amount,
                                        reason.getValue())
                                : service.update(
                                        editing.id(),
                                        editing.version(),
                                        direction.getValue(),
                                        amount,
                                        reason.getValue())));
        if (outcome.done()) {
            // the service takes a target saved as it was for no change (no revision, no audit) and hands it
            // back as it was: not 「已保存」 in green for that, in a published year least of all
            boolean unchanged = editing != null && saved.get().version() == editing.version();
            if (unchanged) {
                Notifications.notice(getTranslation("catalogue.target.unchanged"));
            } else {
                Notifications.success(getTranslation("catalogue.saved"));
            }
        }
        if (outcome != Attempt.Outcome.REFUSED) {
            close();
            onSaved.run();
        }
    }
}
