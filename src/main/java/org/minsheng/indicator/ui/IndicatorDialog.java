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
import java.util.LinkedHashMap;
import java.util.Map;
import org.minsheng.base.i18n.Translations;
import org.minsheng.base.ui.Attempt;
import org.minsheng.indicator.CatalogueEntry;
import org.minsheng.indicator.Category;
import org.minsheng.indicator.Indicator;
import org.minsheng.indicator.IndicatorAdminService;
import org.minsheng.indicator.IndicatorDraft;
import org.minsheng.indicator.TargetDirection;

/**
 * Creates or edits an indicator. Enter in a text field saves, Escape cancels; the service's
 * refusals appear next to the field they concern. Once figures exist, code, unit, value type and
 * scale are shown read-only, since the service would refuse a change anyway.
 */
class IndicatorDialog extends Dialog {

    final TextField code = text("catalogue.indicator.code");
    final TextField nameZh = text("catalogue.indicator.nameZh");
    final TextField nameEn = text("catalogue.indicator.nameEn");
    final TextField shortNameZh = text("catalogue.indicator.shortNameZh");
    final TextField shortNameEn = text("catalogue.indicator.shortNameEn");
    final TextArea definitionZh = new TextArea(getTranslation("catalogue.indicator.definitionZh"));
    final TextArea definitionEn = new TextArea(getTranslation("catalogue.indicator.definitionEn"));
    final TextField unitZh = text("catalogue.indicator.unitZh");
    final TextField unitEn = text("catalogue.indicator.unitEn");
    final Select<Indicator.ValueType> valueType = new Select<>();
    final TextField scale = text("catalogue.indicator.scale");
    final TextField min = text("catalogue.indicator.min");
    final TextField max = text("catalogue.indicator.max");
    final Select<Indicator.Aggregation> aggregation = new Select<>();
    final Select<CatalogueEntry> numerator = new Select<>();
    final Select<CatalogueEntry> denominator = new Select<>();
    final Select<Boolean> cumulative = new Select<>();
    final Select<Boolean> monthly = new Select<>();
    final Select<Boolean> reportedByCity = new Select<>();
    final Select<Category> category = new Select<>();
    final TextField leadDepartment = text("catalogue.indicator.leadDepartment");
    final TextField displayOrder = text("catalogue.indicator.displayOrder");
    final TextField phraseZh = text("catalogue.indicator.phraseZh");
    final TextField phraseEn = text("catalogue.indicator.phraseEn");
    final Select<TargetDirection> direction = new Select<>();
    final Button save = new Button(getTranslation("catalogue.save"));

    private final IndicatorAdminService service;
    private final CatalogueEntry editing;
    private final Runnable onSaved;

    /** A dialog for a new indicator when {@code editing} is null, otherwise for that one. */
    IndicatorDialog(IndicatorAdminService service, CatalogueEntry editing, Runnable onSaved) {
        this.service = service;
        this.editing = editing;
        this.onSaved = onSaved;
        setId("indicator-dialog");
        setHeaderTitle(editing == null ? getTranslation("catalogue.indicator.dialog.new")
                : getTranslation("catalogue.indicator.dialog.edit", editing.draft().code()));
        setWidth("56rem");
        code.setHelperText(getTranslation("catalogue.indicator.code.help"));
        valueType.setLabel(getTranslation("catalogue.indicator.valueType"));
        valueType.setItems(Indicator.ValueType.values());
        valueType.setItemLabelGenerator(v -> getTranslation("catalogue.valueType." + v.name().toLowerCase()));
        aggregation.setLabel(getTranslation("catalogue.indicator.aggregation"));
        aggregation.setItems(Indicator.Aggregation.values());
        aggregation.setItemLabelGenerator(a -> getTranslation("catalogue.aggregation." + a.name().toLowerCase()));
        var others = service.list().stream().filter(e -> editing == null || e.id() != editing.id()).toList();
        numerator.setLabel(getTranslation("catalogue.indicator.numerator"));
        denominator.setLabel(getTranslation("catalogue.indicator.denominator"));
        for (var part : java.util.List.of(numerator, denominator)) {
            part.setItems(others);
            part.setEmptySelectionAllowed(true);
            part.setItemLabelGenerator(e -> e == null ? "" : e.draft().code() + " "
                    + (zh() ? e.draft().shortNameZh() : e.draft().shortNameEn()));
        }
        cumulative.setLabel(getTranslation("catalogue.indicator.accumulation"));
        cumulative.setItems(true, false);
        cumulative.setItemLabelGenerator(c -> getTranslation(c ? "catalogue.accumulation.cumulative"
                : "catalogue.accumulation.perPeriod"));
        reportedByCity.setLabel(getTranslation("catalogue.indicator.reportingLevel"));
        reportedByCity.setItems(false, true);
        reportedByCity.setItemLabelGenerator(c -> getTranslation(c ? "catalogue.level.city" : "catalogue.level.county"));
        aggregation.addValueChangeListener(e -> ratioParts(e.getValue() == Indicator.Aggregation.RATIO));
        monthly.setLabel(getTranslation("catalogue.indicator.frequency"));
        monthly.setItems(true, false);
        monthly.setItemLabelGenerator(m -> getTranslation(m ? "catalogue.frequency.month" : "catalogue.frequency.year"));
        category.setLabel(getTranslation("catalogue.indicator.category"));
        var categories = service.categories();
        category.setItems(categories);
        category.setItemLabelGenerator(c -> zh() ? c.nameZh() : c.nameEn());
        direction.setLabel(getTranslation("catalogue.indicator.direction"));
        direction.setItems(TargetDirection.values());
        direction.setItemLabelGenerator(d -> getTranslation("catalogue.direction." + d.name().toLowerCase()));
        phraseZh.setHelperText(getTranslation("catalogue.indicator.phrase.help"));

        var draft = editing == null ? IndicatorDraft.blank(categories.isEmpty() ? 0 : categories.getFirst().id())
                : editing.draft();
        fill(draft, categories);
        if (editing != null && editing.hasFigures()) {
            for (var frozen : new com.vaadin.flow.component.HasValue<?, ?>[] {code, unitZh, unitEn, valueType, scale}) {
                frozen.setReadOnly(true);
            }
        }

        var form = new FormLayout(code, category, nameZh, nameEn, shortNameZh, shortNameEn, definitionZh, definitionEn,
                unitZh, unitEn, valueType, scale, min, max, aggregation, direction, numerator, denominator, monthly,
                displayOrder, cumulative, reportedByCity, leadDepartment, phraseZh, phraseEn);
        add(form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("indicator-save");
        save.addClickListener(e -> save());
        save.addClickShortcut(Key.ENTER).listenOn(code, nameZh, nameEn, shortNameZh, shortNameEn, unitZh, unitEn,
                leadDepartment, phraseZh, phraseEn);
        getFooter().add(new Button(getTranslation("catalogue.cancel"), e -> close()), save);
        code.focus();
    }

    private void fill(IndicatorDraft d, java.util.List<Category> categories) {
        code.setValue(d.code());
        nameZh.setValue(d.nameZh());
        nameEn.setValue(d.nameEn());
        shortNameZh.setValue(d.shortNameZh());
        shortNameEn.setValue(d.shortNameEn());
        definitionZh.setValue(orEmpty(d.definitionZh()));
        definitionEn.setValue(orEmpty(d.definitionEn()));
        unitZh.setValue(d.unitZh());
        unitEn.setValue(d.unitEn());
        valueType.setValue(d.valueType());
        scale.setValue(String.valueOf(d.scale()));
        min.setValue(NumberInput.text(d.minValue()));
        max.setValue(NumberInput.text(d.maxValue()));
        aggregation.setValue(d.aggregation());
        numerator.getListDataView().getItems().filter(e -> d.numeratorId() != null && e.id() == d.numeratorId())
                .findFirst().ifPresent(numerator::setValue);
        denominator.getListDataView().getItems().filter(e -> d.denominatorId() != null && e.id() == d.denominatorId())
                .findFirst().ifPresent(denominator::setValue);
        ratioParts(d.aggregation() == Indicator.Aggregation.RATIO);
        cumulative.setValue(d.cumulative());
        monthly.setValue(d.monthly());
        reportedByCity.setValue(d.reportedByCity());
        categories.stream().filter(c -> c.id() == d.categoryId()).findFirst().ifPresent(category::setValue);
        leadDepartment.setValue(orEmpty(d.leadDepartment()));
        displayOrder.setValue(String.valueOf(d.displayOrder()));
        phraseZh.setValue(orEmpty(d.phraseZh()));
        phraseEn.setValue(orEmpty(d.phraseEn()));
        direction.setValue(d.direction());
    }

    private void save() {
        IndicatorDraft draft;
        try {
            draft = draft();
        } catch (NumberInput.NotANumber e) {
            return;
        }
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("catalogue.indicator.error.code.", code);
        fields.put("catalogue.indicator.error.codeFrozen", code);
        fields.put("catalogue.indicator.error.nameZh", nameZh);
        fields.put("catalogue.indicator.error.nameEn", nameEn);
        fields.put("catalogue.indicator.error.shortNameZh", shortNameZh);
        fields.put("catalogue.indicator.error.shortNameEn", shortNameEn);
        fields.put("catalogue.indicator.error.unitZh", unitZh);
        fields.put("catalogue.indicator.error.unitEn", unitEn);
        fields.put("catalogue.indicator.error.scale", scale);
        fields.put("catalogue.indicator.error.range", min);
        fields.put("catalogue.indicator.error.ratio", numerator);
        fields.put("catalogue.indicator.error.category", category);
        fields.put("catalogue.indicator.error.frozen", valueType);
        Attempt.saveAndClose(this, fields, () -> {
            if (editing == null) {
                service.create(draft);
            } else {
                service.update(editing.id(), editing.version(), draft);
            }
        }, () -> editing == null ? getTranslation("catalogue.indicator.created", draft.code().strip())
                    : getTranslation("catalogue.saved"), onSaved);
    }

    private IndicatorDraft draft() {
        return new IndicatorDraft(code.getValue(), nameZh.getValue(), nameEn.getValue(), shortNameZh.getValue(),
                shortNameEn.getValue(), definitionZh.getValue(), definitionEn.getValue(), unitZh.getValue(),
                unitEn.getValue(), valueType.getValue(), NumberInput.whole(scale, 0), NumberInput.decimal(min),
                NumberInput.decimal(max), aggregation.getValue(), idOf(numerator), idOf(denominator), Boolean.TRUE.equals(cumulative.getValue()),
                Boolean.TRUE.equals(monthly.getValue()), Boolean.TRUE.equals(reportedByCity.getValue()),
                category.getValue() == null ? 0 : category.getValue().id(), leadDepartment.getValue(),
                NumberInput.whole(displayOrder, 0), phraseZh.getValue(), phraseEn.getValue(),
                direction.getValue());
    }

    private void ratioParts(boolean ratio) {
        numerator.setEnabled(ratio);
        denominator.setEnabled(ratio);
        if (!ratio) {
            numerator.clear();
            denominator.clear();
        }
    }

    private TextField text(String labelKey) {
        var field = new TextField(getTranslation(labelKey));
        field.setId("indicator-" + labelKey.substring(labelKey.lastIndexOf('.') + 1));
        return field;
    }

    private static Integer idOf(Select<CatalogueEntry> field) {
        return field.isEnabled() && field.getValue() != null ? field.getValue().id() : null;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private boolean zh() {
        return Translations.isChinese(getLocale());
    }
}
