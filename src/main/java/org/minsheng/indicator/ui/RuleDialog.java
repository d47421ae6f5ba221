package org.minsheng.indicator.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.minsheng.base.i18n.Translations;
import org.minsheng.base.ui.Attempt;
import org.minsheng.base.ui.ComponentTexts;
import org.minsheng.base.ui.UnpickedText;
import org.minsheng.indicator.CatalogueEntry;
import org.minsheng.indicator.RuleAdminService;
import org.minsheng.indicator.ValidationRule;
import org.minsheng.indicator.ValidationRule.Operator;
import org.minsheng.indicator.ValidationRule.Severity;

/**
 * Creates or edits a validation rule, bound to its draft: the binder marks what is missing, the
 * service's refusals appear next to the field they concern. Enter in a text field saves, Escape cancels.
 */
class RuleDialog extends Dialog {

    final TextField code = new TextField(getTranslation("catalogue.rule.code"));
    final Select<CatalogueEntry> left = new Select<>();
    final Select<Operator> operator = new Select<>();
    final MultiSelectComboBox<CatalogueEntry> right = new MultiSelectComboBox<>(getTranslation("catalogue.rule.right"));
    final Select<Severity> severity = new Select<>();
    final TextField messageZh = new TextField(getTranslation("catalogue.rule.messageZh"));
    final TextField messageEn = new TextField(getTranslation("catalogue.rule.messageEn"));
    final Button save = new Button(getTranslation("catalogue.save"));
    private final UnpickedText unpicked = UnpickedText.watch(right);

    private final Binder<ValidationRule.RuleDraft> binder = new Binder<>(ValidationRule.RuleDraft.class);
    private final RuleAdminService service;
    private final ValidationRule editing;
    private final Runnable onSaved;

    RuleDialog(RuleAdminService service, List<CatalogueEntry> indicators, ValidationRule editing, Runnable onSaved) {
        this.service = service;
        this.editing = editing;
        this.onSaved = onSaved;
        setId("rule-dialog");
        setHeaderTitle(
                editing == null
                        ? getTranslation("catalogue.rule.dialog.new")
                        : getTranslation(
                                "catalogue.rule.dialog.edit", editing.draft().code()));
        setWidth("44rem");
        code.setHelperText(getTranslation("catalogue.indicator.code.help"));
        left.setLabel(getTranslation("catalogue.rule.left"));
        left.setItems(indicators);
        left.setItemLabelGenerator(this::label);
        operator.setLabel(getTranslation("catalogue.rule.operator"));
        operator.setItems(Operator.values());
        operator.setItemLabelGenerator(
                o -> getTranslation("catalogue.operator." + o.name().toLowerCase()));
        right.setI18n(ComponentTexts.multiSelect(this));
        right.setItems(indicators);
        right.setItemLabelGenerator(this::label);
        severity.setLabel(getTranslation("catalogue.rule.severity"));
        severity.setItems(Severity.values());
        severity.setItemLabelGenerator(
                s -> getTranslation("catalogue.severity." + s.name().toLowerCase()));
        var required = getTranslation("catalogue.error.required");
        binder.forField(code).asRequired(required).bind("code");
        binder.forField(left)
                .asRequired(required)
                .withConverter(
                        CatalogueEntry::id,
                        id -> indicators.stream()
                                .filter(i -> i.id() == id)
                                .findFirst()
                                .orElse(null))
                .bind("leftId");
        binder.forField(operator).asRequired(required).bind("operator");
        binder.forField(right)
                .withValidator(unpicked.refusal(typed -> getTranslation("catalogue.rule.error.unpicked", typed)))
                .withConverter(
                        (Set<CatalogueEntry> chosen) ->
                                chosen.stream().map(CatalogueEntry::id).sorted().toList(),
                        (List<Integer> ids) -> indicators.stream()
                                .filter(i -> ids.contains(i.id()))
                                .collect(Collectors.toSet()))
                .bind("rightIds");
        binder.forField(severity).asRequired(required).bind("severity");
        binder.forField(messageZh).asRequired(required).bind("messageZh");
        binder.forField(messageEn).asRequired(required).bind("messageEn");
        binder.readRecord(
                editing == null
                        ? new ValidationRule.RuleDraft("", 0, Operator.LE, List.of(), Severity.WARNING, "", "")
                        : editing.draft());
        var form = new FormLayout(code, severity, left, operator, right, messageZh, messageEn);
        form.setColspan(right, 2);
        form.setColspan(messageZh, 2);
        form.setColspan(messageEn, 2);
        add(form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("rule-save");
        save.addClickListener(e -> save());
        save.addClickShortcut(Key.ENTER).listenOn(code, messageZh, messageEn);
        getFooter().add(new Button(getTranslation("catalogue.cancel"), e -> close()), save);
        code.focus();
    }

    private void save() {
        ValidationRule.RuleDraft draft;
        try {
            draft = binder.writeRecord();
        } catch (ValidationException marked) {
            unpicked.said(); // refused once, its message on the picker: saving again is a choice
            return; // the binder has marked the fields; the service would refuse the same
        }
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("catalogue.rule.error.code.", code);
        fields.put("catalogue.rule.error.right", right);
        fields.put("catalogue.rule.error.indicator", left);
        fields.put("catalogue.rule.error.message", messageZh);
        Attempt.createOrUpdate(
                this,
                fields,
                editing == null,
                () -> service.create(draft),
                () -> service.update(editing.id(), editing.version(), draft),
                () -> getTranslation("catalogue.rule.created", draft.code().strip()),
                onSaved);
    }

    private String label(CatalogueEntry entry) {
        return entry == null
                ? ""
                : entry.draft().names().code() + " "
                        + (Translations.isChinese(getLocale())
                                ? entry.draft().names().shortNameZh()
                                : entry.draft().names().shortNameEn());
    }
}
