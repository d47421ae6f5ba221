package org.minsheng.indicator;

import java.math.BigDecimal;

/**
 * What an administrator fills in for an indicator, in the groups the form shows and the service
 * checks: each part is a small record, so a new field touches only its group, and a change to one
 * part is written {@code draft.with(draft.measure().…)} rather than by repeating every component.
 * Null texts are left empty.
 *
 * @param direction which way the figure should go; progress, colour and the phrase's {verb} follow it
 */
public record IndicatorDraft(
        Names names,
        Measure measure,
        Totals totals,
        Reporting reporting,
        Placement placement,
        Phrase phrase,
        TargetDirection direction) {

    /** The code users and files refer to, and the indicator's names and definition in both languages. */
    public record Names(
            String code,
            String nameZh,
            String nameEn,
            String shortNameZh,
            String shortNameEn,
            String definitionZh,
            String definitionEn) {}

    /**
     * What a figure is: its unit, whether whole or decimal and with how many places, and its plausible range.
     *
     * @param unitOneEn the English unit for one of it (hectare for hectares); null where the bundle's
     *     singular or the unit itself serves. One constructor only: the dialog's binder writes the record
     *     through the first it finds.
     */
    public record Measure(
            String unitZh,
            String unitEn,
            String unitOneEn,
            Indicator.ValueType valueType,
            int scale,
            BigDecimal minValue,
            BigDecimal maxValue) {}

    /**
     * How the counties' figures make the city's, and whether a period's figure runs on from the last.
     *
     * @param numeratorId with denominatorId, only for the ratio aggregation (a recomputed percentage)
     */
    public record Totals(
            Indicator.Aggregation aggregation, Integer numeratorId, Integer denominatorId, boolean cumulative) {}

    /**
     * How often and by whom the figure is entered.
     *
     * @param reportedByCity entered once by the city rather than by each county
     */
    public record Reporting(boolean monthly, boolean reportedByCity) {}

    /**
     * Where the indicator sits: its category, the department that leads it, its place in lists.
     *
     * @param leadDepartmentEn the department's English name; null shows the Chinese one in English too
     */
    public record Placement(int categoryId, String leadDepartment, String leadDepartmentEn, int displayOrder) {}

    /** The publication's sentence for the figure; it may hold {value} (the figure with its unit) and {verb}. */
    public record Phrase(String zh, String en) {}

    /** An empty form: a whole number, summed, cumulative, monthly, counting up. */
    public static IndicatorDraft blank(int categoryId) {
        return new IndicatorDraft(
                new Names("", "", "", "", "", null, null),
                new Measure("", "", null, Indicator.ValueType.INTEGER, 0, BigDecimal.ZERO, null),
                new Totals(Indicator.Aggregation.SUM, null, null, true),
                new Reporting(true, false),
                new Placement(categoryId, null, null, 0),
                new Phrase(null, null),
                TargetDirection.INCREASE_TO);
    }

    public IndicatorDraft with(Names names) {
        return new IndicatorDraft(names, measure, totals, reporting, placement, phrase, direction);
    }

    public IndicatorDraft with(Measure measure) {
        return new IndicatorDraft(names, measure, totals, reporting, placement, phrase, direction);
    }

    public IndicatorDraft with(Totals totals) {
        return new IndicatorDraft(names, measure, totals, reporting, placement, phrase, direction);
    }

    public IndicatorDraft with(Reporting reporting) {
        return new IndicatorDraft(names, measure, totals, reporting, placement, phrase, direction);
    }

    public IndicatorDraft with(Placement placement) {
        return new IndicatorDraft(names, measure, totals, reporting, placement, phrase, direction);
    }

    public IndicatorDraft with(Phrase phrase) {
        return new IndicatorDraft(names, measure, totals, reporting, placement, phrase, direction);
    }

    public IndicatorDraft with(TargetDirection direction) {
        return new IndicatorDraft(names, measure, totals, reporting, placement, phrase, direction);
    }
}
