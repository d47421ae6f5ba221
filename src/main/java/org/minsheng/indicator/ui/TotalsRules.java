package org.minsheng.indicator.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.List;
import org.minsheng.indicator.CatalogueEntry;
import org.minsheng.indicator.Indicator;
import org.minsheng.indicator.IndicatorDraft;

/**
 * The indicator dialog's rules for how figures add up and are reported: aggregation with its ratio
 * parts, accumulation, frequency and reporting level. They go together because they change together:
 * all of them are read-only once figures exist, since the service refuses to change how stored
 * figures add up. The dialog lays the fields out among its others.
 */
final class TotalsRules {

    final Select<Indicator.Aggregation> aggregation = new Select<>();
    final Select<CatalogueEntry> numerator = new Select<>();
    final Select<CatalogueEntry> denominator = new Select<>();
    final Select<Boolean> cumulative = new Select<>();
    final Select<Boolean> monthly = new Select<>();
    final Select<Boolean> reportedByCity = new Select<>();

    private final Binder<IndicatorDraft.Totals> totals = new Binder<>(IndicatorDraft.Totals.class);
    private final Binder<IndicatorDraft.Reporting> reporting = new Binder<>(IndicatorDraft.Reporting.class);

    /**
     * The fields, labelled in {@code in}'s language; a ratio's parts are chosen among {@code others}, each
     * shown as {@code named} says.
     */
    TotalsRules(Component in, List<CatalogueEntry> others, ItemLabelGenerator<CatalogueEntry> named) {
        aggregation.setLabel(in.getTranslation("catalogue.indicator.aggregation"));
        aggregation.setItems(Indicator.Aggregation.values());
        aggregation.setItemLabelGenerator(
                a -> in.getTranslation("catalogue.aggregation." + a.name().toLowerCase()));
        numerator.setLabel(in.getTranslation("catalogue.indicator.numerator"));
        denominator.setLabel(in.getTranslation("catalogue.indicator.denominator"));
        for (var part : List.of(numerator, denominator)) {
            part.setItems(others);
            part.setEmptySelectionAllowed(true);
            part.setItemLabelGenerator(e -> e == null ? "" : named.apply(e));
        }
        cumulative.setLabel(in.getTranslation("catalogue.indicator.accumulation"));
        cumulative.setItems(true, false);
        cumulative.setItemLabelGenerator(
                c -> in.getTranslation(c ? "catalogue.accumulation.cumulative" : "catalogue.accumulation.perPeriod"));
        reportedByCity.setLabel(in.getTranslation("catalogue.indicator.reportingLevel"));
        reportedByCity.setItems(false, true);
        reportedByCity.setItemLabelGenerator(
                c -> in.getTranslation(c ? "catalogue.level.city" : "catalogue.level.county"));
        aggregation.addValueChangeListener(e -> ratioParts(e.getValue() == Indicator.Aggregation.RATIO));
        monthly.setLabel(in.getTranslation("catalogue.indicator.frequency"));
        monthly.setItems(true, false);
        monthly.setItemLabelGenerator(
                m -> in.getTranslation(m ? "catalogue.frequency.month" : "catalogue.frequency.year"));
        bind(in.getTranslation("catalogue.error.required"));
    }

    private void bind(String required) {
        totals.forField(aggregation).asRequired(required).bind("aggregation");
        totals.forField(numerator)
                .withConverter(TotalsRules::idOf, id -> entry(numerator, id))
                .bind("numeratorId");
        totals.forField(denominator)
                .withConverter(TotalsRules::idOf, id -> entry(denominator, id))
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
    }

    void fill(IndicatorDraft d) {
        totals.readRecord(d.totals());
        ratioParts(d.totals().aggregation() == Indicator.Aggregation.RATIO);
        reporting.readRecord(d.reporting());
    }

    /** Whether both parts are valid; both are validated, so every missing value is marked at once. */
    boolean validate() {
        boolean valid = totals.validate().isOk();
        return reporting.validate().isOk() && valid;
    }

    IndicatorDraft.Totals totals() throws ValidationException {
        return totals.writeRecord();
    }

    IndicatorDraft.Reporting reporting() throws ValidationException {
        return reporting.writeRecord();
    }

    void freeze() {
        for (var frozen :
                new HasValue<?, ?>[] {aggregation, numerator, denominator, cumulative, monthly, reportedByCity}) {
            frozen.setReadOnly(true);
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
}
