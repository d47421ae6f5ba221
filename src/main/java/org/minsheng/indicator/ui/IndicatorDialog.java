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
 * the service's refusals appear next to the field they concern. Once figures exist, code, unit, value type and
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
    final IntegerField scale = integer("catalogue.indicator.scale");
    final BigDecimalField min = decimal("catalogue.indicator.min");
    final BigDecimalField max = decimal("catalogue.indicator.max");
    final Select<Indicator.Aggregation> aggregation = new Select<>();
    final Select<CatalogueEntry> numerator = new Select<>();
    final Select<CatalogueEntry> denominator = new Select<>();
    final Select<Boolean> cumulative = new Select<>();
    final Select<Boolean> monthly = new Select<>();
    final Select<Boolean> reportedByCity = new Select<>();
    final Select<Category> category = new Select<>();
    final TextField leadDepartment = text("catalogue.indicator.leadDepartment");
    final IntegerField displayOrder = integer("catalogue.indicator.displayOrder");
    final TextField phraseZh = text("catalogue.indicator.phraseZh");
    final TextField phraseEn = text("catalogue.indicator.phraseEn");
    final Select<TargetDirection> direction = new Select<>();
    final Button save = new Button(getTranslation("catalogue.save"));

    /* One binder per part of the draft: each writes its record whole, so a part cannot be half-filled. */
    private final Binder<IndicatorDraft.Names> names = new Binder<>(IndicatorDraft.Names.class);
    private final Binder<IndicatorDraft.Measure> measure = new Binder<>(IndicatorDraft.Measure.class);
    private final Binder<IndicatorDraft.Totals> totals = new Binder<>(IndicatorDraft.Totals.class);
    private final Binder<IndicatorDraft.Reporting> reporting = new Binder<>(IndicatorDraft.Reporting.class);
    private final Binder<IndicatorDraft.Placement> placement = new Binder<>(IndicatorDraft.Placement.class);
    private final Binder<IndicatorDraft.Phrase> phrase = new Binder<>(IndicatorDraft.Phrase.class);

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
        aggregation.setLabel(getTranslation("catalogue.indicator.aggregation"));
        aggregation.setItems(Indicator.Aggregation.values());
        aggregation.setItemLabelGenerator(
                a -> getTranslation("catalogue.aggregation." + a.name().toLowerCase()));
        var others = service.list().stream()
                .filter(e -> editing == null || e.id() != editing.id())
                .toList();
        numerator.setLabel(getTranslation("catalogue.indicator.numerator"));
        denominator.setLabel(getTranslation("catalogue.indicator.denominator"));
        for (var part : List.of(numerator, denominator)) {
            part.setItems(others);
            part.setEmptySelectionAllowed(true);
            part.setItemLabelGenerator(e -> e == null
                    ? ""
                    : e.draft().names().code() + " "
                            + (zh()
                                    ? e.draft().names().shortNameZh()
                                    : e.draft().names().shortNameEn()));
        }
        cumulative.setLabel(getTranslation("catalogue.indicator.accumulation"));
        cumulative.setItems(true, false);
        cumulative.setItemLabelGenerator(
                c -> getTranslation(c ? "catalogue.accumulation.cumulative" : "catalogue.accumulation.perPeriod"));
        reportedByCity.setLabel(getTranslation("catalogue.indicator.reportingLevel"));
        reportedByCity.setItems(false, true);
        reportedByCity.setItemLabelGenerator(
                c -> getTranslation(c ? "catalogue.level.city" : "catalogue.level.county"));
        aggregation.addValueChangeListener(e -> ratioParts(e.getValue() == Indicator.Aggregation.RATIO));
        monthly.setLabel(getTranslation("catalogue.indicator.frequency"));
        monthly.setItems(true, false);
        monthly.setItemLabelGenerator(
                m -> getTranslation(m ? "catalogue.frequency.month" : "catalogue.frequency.year"));
        category.setLabel(getTranslation("catalogue.indicator.category"));
        var categories = service.categories();
        category.setItems(categories);
        category.setItemLabelGenerator(c -> zh() ? c.nameZh() : c.nameEn());
        direction.setLabel(getTranslation("catalogue.indicator.direction"));
        direction.setItems(TargetDirection.values());
        direction.setItemLabelGenerator(
                d -> getTranslation("catalogue.direction." + d.name().toLowerCase()));
        phraseZh.setHelperText(getTranslation("catalogue.indicator.phrase.help"));

        bind(categories);
        var draft = editing == null
                ? IndicatorDraft.blank(
                        categories.isEmpty() ? 0 : categories.getFirst().id())
                : editing.draft();
        fill(draft);
        if (editing != null && editing.hasFigures()) {
            for (var frozen : new HasValue<?, ?>[] {
                code,
                unitZh,
                unitEn,
                valueType,
                scale,
                aggregation,
                numerator,
                denominator,
                cumulative,
                monthly,
                reportedByCity
            }) {
                frozen.setReadOnly(true);
            }
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
                phraseZh,
                phraseEn);
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
                        leadDepartment,
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
        measure.forField(valueType).asRequired(required).bind("valueType");
        measure.forField(scale).asRequired(required).bind("scale");
        measure.forField(min).bind("minValue");
        measure.forField(max).bind("maxValue");
        totals.forField(aggregation).asRequired(required).bind("aggregation");
        totals.forField(numerator)
                .withConverter(IndicatorDialog::idOf, id -> entry(numerator, id))
                .bind("numeratorId");
        totals.forField(denominator)
                .withConverter(IndicatorDialog::idOf, id -> entry(denominator, id))
                .bind("denominatorId");
        totals.forField(cumulative)
                .withConverter(Boolean.TRUE::equals, Boolean::valueOf)
                .bind("cumulative");
        reporting
                .forField(monthly)
                .withConverter(Boolean.TRUE::equals, Boolean::valueOf)
                .bind("monthly");
        reporting
                .forField(reportedByCity)
                .withConverter(Boolean.TRUE::equals, Boolean::valueOf)
                .bind("reportedByCity");
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
        totals.readRecord(d.totals());
        ratioParts(d.totals().aggregation() == Indicator.Aggregation.RATIO);
        reporting.readRecord(d.reporting());
        placement.readRecord(d.placement());
        phrase.readRecord(d.phrase());
        direction.setValue(d.direction());
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
        var binders = List.of(names, measure, totals, reporting, placement, phrase);
        boolean valid = true;
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
                    totals.writeRecord(),
                    reporting.writeRecord(),
                    placement.writeRecord(),
                    phrase.writeRecord(),
                    direction.getValue());
        } catch (ValidationException validatedAbove) {
            return null;
        }
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

    private static Integer idOf(CatalogueEntry entry) {
        return entry == null ? null : entry.id();
    }

    private static CatalogueEntry entry(Select<CatalogueEntry> field, Integer id) {
        return id == null
                ? null
                : field.getListDataView()
                        .getItems()
                        .filter(e -> e.id() == id)
                        .findFirst()
                        .orElse(null);
    }

    private boolean zh() {
        return Translations.isChinese(getLocale());
    }
}
