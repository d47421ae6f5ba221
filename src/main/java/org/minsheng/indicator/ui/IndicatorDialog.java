package org.minsheng.indicator.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.Validator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minsheng.base.Texts;
import org.minsheng.base.i18n.Translations;
import org.minsheng.base.ui.Attempt;
import org.minsheng.indicator.CatalogueEntry;
import org.minsheng.indicator.Category;
import org.minsheng.indicator.Indicator;
import org.minsheng.indicator.IndicatorAdminService;
import org.minsheng.indicator.IndicatorDraft;
import org.minsheng.indicator.TargetDirection;

/**
 * Creates or edits an indicator, bound part by part to the draft's records. Enter in a text field
 * saves, Escape cancels; missing values are marked by the binders before the service is called, and
 * the service's refusals appear next to the field they concern. Once figures exist, code, unit, value type,
 * scale and the {@link TotalsRules} are shown read-only, since the service would refuse a change anyway.
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
    final TextField unitOneEn = text("catalogue.indicator.unitOneEn");
    final Select<Indicator.ValueType> valueType = new Select<>();
    final IntegerField scale = integer("catalogue.indicator.scale");
    final BigDecimalField min = decimal("catalogue.indicator.min");
    final BigDecimalField max = decimal("catalogue.indicator.max");
    /* the totals rules' fields, by the names the layout, the refusals and the tests know them by */
    final Select<Indicator.Aggregation> aggregation;
    final Select<CatalogueEntry> numerator;
    final Select<CatalogueEntry> denominator;
    final Select<Boolean> cumulative;
    final Select<Boolean> monthly;
    final Select<Boolean> reportedByCity;
    final Select<Category> category = new Select<>();
    final TextField leadDepartment = text("catalogue.indicator.leadDepartment");
    final TextField leadDepartmentEn = text("catalogue.indicator.leadDepartmentEn");
    final IntegerField displayOrder = integer("catalogue.indicator.displayOrder");
    final TextField phraseZh = text("catalogue.indicator.phraseZh");
    final TextField phraseEn = text("catalogue.indicator.phraseEn");
    final Select<TargetDirection> direction = new Select<>();
    final Button save = new Button(getTranslation("catalogue.save"));

    /* One binder per part of the draft: each writes its record whole, so a part cannot be half-filled. */
    private final Binder<IndicatorDraft.Names> names = new Binder<>(IndicatorDraft.Names.class);
    private final Binder<IndicatorDraft.Measure> measure = new Binder<>(IndicatorDraft.Measure.class);
    private final Binder<IndicatorDraft.Placement> placement = new Binder<>(IndicatorDraft.Placement.class);
    private final Binder<IndicatorDraft.Phrase> phrase = new Binder<>(IndicatorDraft.Phrase.class);

    private final TotalsRules rules;
    private final IndicatorAdminService service;
    private final CatalogueEntry editing;
    private final Runnable onSaved;

    /** A dialog for a new indicator when {@code editing} is null, otherwise for that one. */
    IndicatorDialog(IndicatorAdminService service, CatalogueEntry editing, Runnable onSaved) {
        this.service = service;
        this.editing = editing;
        this.onSaved = onSaved;
        setId("indicator-dialog");
        setHeaderTitle(
                editing == null
                        ? getTranslation("catalogue.indicator.dialog.new")
                        : getTranslation(
                                "catalogue.indicator.dialog.edit",
                                editing.draft().names().code()));
        setWidth("56rem");
        code.setHelperText(getTranslation("catalogue.indicator.code.help"));
        valueType.setLabel(getTranslation("catalogue.indicator.valueType"));
        valueType.setItems(Indicator.ValueType.values());
        valueType.setItemLabelGenerator(
                v -> getTranslation("catalogue.valueType." + v.name().toLowerCase()));
        var others = service.list().stream()
                .filter(e -> editing == null || e.id() != editing.id())
                .toList();
        rules = new TotalsRules(
                this,
                others,
                e -> e.draft().names().code() + " "
                        + (zh()
                                ? e.draft().names().shortNameZh()
                                : e.draft().names().shortNameEn()));
        aggregation = rules.aggregation;
        numerator = rules.numerator;
        denominator = rules.denominator;
        cumulative = rules.cumulative;
        monthly = rules.monthly;
        reportedByCity = rules.reportedByCity;
        category.setLabel(getTranslation("catalogue.indicator.category"));
        var categories = service.categories();
        category.setItems(categories);
        category.setItemLabelGenerator(c -> zh() ? c.nameZh() : c.nameEn());
        direction.setLabel(getTranslation("catalogue.indicator.direction"));
        direction.setItems(TargetDirection.values());
        direction.setItemLabelGenerator(
                d -> getTranslation("catalogue.direction." + d.name().toLowerCase()));
        phraseZh.setHelperText(getTranslation("catalogue.indicator.phrase.help"));
        unitOneEn.setHelperText(getTranslation("catalogue.indicator.unitOneEn.help"));
        leadDepartmentEn.setHelperText(getTranslation("catalogue.indicator.leadDepartmentEn.help"));

        bind(categories);
        var draft = editing == null ? newDraft(categories) : editing.draft();
        fill(draft);
        if (editing != null && editing.hasFigures()) {
            for (var frozen : new HasValue<?, ?>[] {code, unitZh, unitEn, valueType, scale}) {
                frozen.setReadOnly(true);
            }
            rules.freeze();
        }

        var form = new FormLayout(
                code,
                category,
                nameZh,
                nameEn,
                shortNameZh,
                shortNameEn,
                definitionZh,
                definitionEn,
                unitZh,
                unitEn,
                unitOneEn,
                valueType,
                scale,
                min,
                max,
                aggregation,
                direction,
                numerator,
                denominator,
                monthly,
                displayOrder,
                cumulative,
                reportedByCity,
                leadDepartment,
                leadDepartmentEn,
                phraseZh,
                phraseEn);
        // a row of its own under the two units it goes with, so the pairs below stay side by side
        form.setColspan(unitOneEn, 2);
        add(form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("indicator-save");
        save.addClickListener(e -> save());
        save.addClickShortcut(Key.ENTER)
                .listenOn(
                        code,
                        nameZh,
                        nameEn,
                        shortNameZh,
                        shortNameEn,
                        unitZh,
                        unitEn,
                        unitOneEn,
                        leadDepartment,
                        leadDepartmentEn,
                        phraseZh,
                        phraseEn);
        getFooter().add(new Button(getTranslation("catalogue.cancel"), e -> close()), save);
        code.focus();
    }

    /**
     * Early, field-level feedback: what must be filled in, and numbers as numbers. The service checks
     * everything again (codes, ranges, ratio parts) and its refusals land on the fields in save().
     */
    private void bind(List<Category> categories) {
        var required = getTranslation("catalogue.error.required");
        names.forField(code).asRequired(required).bind("code");
        shortName(names, nameZh, "nameZh", required);
        shortName(names, nameEn, "nameEn", required);
        shortName(names, shortNameZh, "shortNameZh", required);
        shortName(names, shortNameEn, "shortNameEn", required);
        longText(names, definitionZh, "definitionZh");
        longText(names, definitionEn, "definitionEn");
        shortName(measure, unitZh, "unitZh", required);
        shortName(measure, unitEn, "unitEn", required);
        // optional, and open after figures exist: only one of the unit reads it
        measure.forField(unitOneEn)
                .withValidator(atMost(Texts.SHORT))
                .withNullRepresentation("")
                .bind("unitOneEn");
        measure.forField(valueType).asRequired(required).bind("valueType");
        measure.forField(scale).asRequired(required).bind("scale");
        measure.forField(min).bind("minValue");
        measure.forField(max).bind("maxValue");
        placement
                .forField(category)
                .asRequired(required)
                .withConverter(
                        Category::id,
                        id -> categories.stream()
                                .filter(c -> c.id() == id)
                                .findFirst()
                                .orElse(null))
                .bind("categoryId");
        placement
                .forField(leadDepartment)
                .withValidator(atMost(Texts.LONG))
                .withNullRepresentation("")
                .bind("leadDepartment");
        placement
                .forField(leadDepartmentEn)
                .withValidator(atMost(Texts.LONG))
                .withNullRepresentation("")
                .bind("leadDepartmentEn");
        // an empty order sorts first, as it always has
        placement
                .forField(displayOrder)
                .withConverter(order -> order == null ? 0 : order, order -> order)
                .bind("displayOrder");
        longText(phrase, phraseZh, "zh");
        longText(phrase, phraseEn, "en");
        direction.setRequiredIndicatorVisible(true);
    }

    /** A required one-line name. */
    private <B> void shortName(Binder<B> binder, TextField field, String property, String required) {
        binder.forField(field)
                .asRequired(required)
                .withValidator(atMost(Texts.SHORT))
                .bind(property);
    }

    /** An optional longer text; empty stays empty rather than becoming null in the field. */
    private <B> void longText(Binder<B> binder, HasValue<?, String> field, String property) {
        binder.forField(field)
                .withValidator(atMost(Texts.LONG))
                .withNullRepresentation("")
                .bind(property);
    }

    /**
     * The service's length limit, marked on the field: its refusal names no field, and a dialog of thirteen
     * fields said only 「文字太长，最多 200 个字。」 (a stranger's trial).
     */
    private Validator<String> atMost(int max) {
        return Validator.from(text -> Texts.fits(text, max), getTranslation("input.error.tooLong", max));
    }

    private void fill(IndicatorDraft d) {
        names.readRecord(d.names());
        measure.readRecord(d.measure());
        rules.fill(d);
        placement.readRecord(d.placement());
        phrase.readRecord(d.phrase());
        direction.setValue(d.direction());
    }

    /**
     * An empty form placed after every indicator: with 排序 0 a new indicator came first on every dashboard,
     * its first tile and its default chart, before its administrator had placed it (a tester's tour).
     */
    private IndicatorDraft newDraft(List<Category> categories) {
        var blank = IndicatorDraft.blank(
                categories.isEmpty() ? 0 : categories.getFirst().id());
        var p = blank.placement();
        return blank.with(new IndicatorDraft.Placement(
                p.categoryId(), p.leadDepartment(), p.leadDepartmentEn(), service.nextDisplayOrder()));
    }

    private void save() {
        var draft = draft();
        if (draft == null) {
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
        fields.put("catalogue.indicator.error.min.", min);
        fields.put("catalogue.indicator.error.max.", max);
        fields.put("catalogue.indicator.error.ratio", numerator);
        fields.put("catalogue.indicator.error.category", category);
        fields.put("catalogue.indicator.error.frozen", valueType);
        fields.put("catalogue.indicator.error.rulesFrozen", aggregation);
        Attempt.createOrUpdate(
                this,
                fields,
                editing == null,
                () -> service.create(draft),
                () -> service.update(editing.id(), editing.version(), draft),
                () -> getTranslation(
                        "catalogue.indicator.created", draft.names().code().strip()),
                onSaved);
    }

    /** The draft the form holds, or null when a binder has marked a field (all of them are validated). */
    private IndicatorDraft draft() {
        var binders = List.of(names, measure, placement, phrase);
        boolean valid = rules.validate();
        for (var binder : binders) {
            valid &= binder.validate().isOk();
        }
        if (!valid) {
            return null;
        }
        try {
            return new IndicatorDraft(
                    names.writeRecord(),
                    measure.writeRecord(),
                    rules.totals(),
                    rules.reporting(),
                    placement.writeRecord(),
                    phrase.writeRecord(),
                    direction.getValue());
        } catch (ValidationException validatedAbove) {
            return null;
        }
    }

    private TextField text(String labelKey) {
        var field = new TextField(getTranslation(labelKey));
        field.setId("indicator-" + labelKey.substring(labelKey.lastIndexOf('.') + 1));
        return field;
    }

    private IntegerField integer(String labelKey) {
        var field = new IntegerField(getTranslation(labelKey));
        field.setId("indicator-" + labelKey.substring(labelKey.lastIndexOf('.') + 1));
        return field;
    }

    private BigDecimalField decimal(String labelKey) {
        var field = new BigDecimalField(getTranslation(labelKey));
        field.setId("indicator-" + labelKey.substring(labelKey.lastIndexOf('.') + 1));
        return field;
    }

    private boolean zh() {
        return Translations.isChinese(getLocale());
    }
}
