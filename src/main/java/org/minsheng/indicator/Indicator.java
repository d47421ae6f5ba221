package org.minsheng.indicator;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.BiFunction;
import org.minsheng.base.format.Numbers;
import org.minsheng.base.i18n.Translations;
import org.minsheng.division.Division;

/**
 * An indicator of the catalogue with what is needed to show its figures: unit, value type and
 * scale belong to the indicator, and so do the aggregation rule and the kind of target. Built from
 * its parts (names, measure, how it is reported, category), so that no two of its many strings or
 * flags can be swapped by position; the accessors below keep the parts' fields at hand.
 */
public record Indicator(
        int id, String code, Names names, Measure measure, Reporting reporting, Category category, int displayOrder) {

    public enum ValueType {
        INTEGER,
        DECIMAL,
        PERCENTAGE
    }

    public enum Aggregation {
        SUM,
        RATIO,
        MAX,
        MIN,
        NONE
    }

    /** Full and short names in both languages. */
    public record Names(String zh, String en, String shortZh, String shortEn) {}

    /**
     * What a figure is: its unit, type, decimals and the range a value must lie in (null: open).
     *
     * @param unitOneEn the English unit for one of it (hectare), null where the bundle's or the unit serves
     */
    public record Measure(
            String unitZh,
            String unitEn,
            ValueType valueType,
            int scale,
            BigDecimal minValue,
            BigDecimal maxValue,
            String unitOneEn) {

        /** A measure without its own singular: most units have theirs in the bundle (unit.one.*). */
        public Measure(
                String unitZh,
                String unitEn,
                ValueType valueType,
                int scale,
                BigDecimal minValue,
                BigDecimal maxValue) {
            this(unitZh, unitEn, valueType, scale, minValue, maxValue, null);
        }
    }

    /**
     * How figures come in and roll up: by month or by year, by the city itself or its districts,
     * cumulative (to date) or per period, how units add up, and which way its target points.
     */
    public record Reporting(
            boolean monthly,
            boolean reportedByCity,
            boolean cumulative,
            Aggregation aggregation,
            TargetDirection direction) {}

    /** The campaign category the indicator belongs to. */
    public record Category(String code, String zh, String en) {}

    public String nameZh() {
        return names.zh();
    }

    public String nameEn() {
        return names.en();
    }

    public String shortNameZh() {
        return names.shortZh();
    }

    public String shortNameEn() {
        return names.shortEn();
    }

    public String unitZh() {
        return measure.unitZh();
    }

    public String unitEn() {
        return measure.unitEn();
    }

    public ValueType valueType() {
        return measure.valueType();
    }

    public int scale() {
        return measure.scale();
    }

    public BigDecimal minValue() {
        return measure.minValue();
    }

    public BigDecimal maxValue() {
        return measure.maxValue();
    }

    public boolean monthly() {
        return reporting.monthly();
    }

    public boolean reportedByCity() {
        return reporting.reportedByCity();
    }

    public boolean cumulative() {
        return reporting.cumulative();
    }

    public Aggregation aggregation() {
        return reporting.aggregation();
    }

    public TargetDirection direction() {
        return reporting.direction();
    }

    /**
     * Whether a unit of {@code level} is above the units that report this indicator and its rule is none
     * (市级直接填报，不汇总): its value there would be its children's figures added up (the cities' 17类,
     * 20类… as 福建省's 151类), which the roll-ups do not compute, so it has no figure to show or to ask for.
     */
    public boolean notRolledUpAt(Division.Level level) {
        var reporting = reportedByCity() ? Division.Level.CITY : Division.Level.COUNTY;
        return aggregation() == Aggregation.NONE && level.compareTo(reporting) < 0;
    }

    public String categoryCode() {
        return category.code();
    }

    public String categoryZh() {
        return category.zh();
    }

    public String categoryEn() {
        return category.en();
    }

    public String name(Locale locale) {
        return Translations.isChinese(locale) ? names.zh() : names.en();
    }

    public String shortName(Locale locale) {
        return Translations.isChinese(locale) ? names.shortZh() : names.shortEn();
    }

    public String unit(Locale locale) {
        return Translations.isChinese(locale) ? measure.unitZh() : measure.unitEn();
    }

    /**
     * A headline number with this indicator's unit, as {@link Numbers#withUnit} writes it, and in English
     * with the singular the administrator gave the unit for one of it: 「1 hectare」, not 「1 hectares」.
     */
    public String withUnit(BigDecimal value, Locale locale) {
        return Numbers.withUnit(value, unit(locale), measure.unitOneEn(), locale);
    }

    /** This indicator's unit as it follows {@code value}: in English the singular for one. */
    public String unitFor(BigDecimal value, Locale locale) {
        return Numbers.unitFor(value, unit(locale), measure.unitOneEn(), locale);
    }

    /** A number already written, followed by this indicator's unit: see {@link #withUnit(BigDecimal, Locale)}. */
    public String unitAfter(String written, BigDecimal value, Locale locale) {
        return Numbers.unitAfter(written, value, unit(locale), measure.unitOneEn(), locale);
    }

    /**
     * The short name with its unit, as a table's column header names the indicator: 贫困家庭儿童辍学（人）,
     * Roads widened (km). One rule for every table that heads a column so (the dashboard's units' table,
     * its export, the public page), with the words of the caller's {@code translate}.
     */
    public String shortNameWithUnit(Locale locale, BiFunction<String, Object[], String> translate) {
        return nameAndUnit(shortName(locale), locale, translate);
    }

    /** The full name with its unit, as a column header's tooltip says it: see {@link #shortNameWithUnit}. */
    public String nameWithUnit(Locale locale, BiFunction<String, Object[], String> translate) {
        return nameAndUnit(name(locale), locale, translate);
    }

    // An English name that ends in brackets already takes its unit after a comma: a second pair read
    // 「Dropouts (poor households) (people)」. Chinese writes both the same way, in full-width brackets.
    private String nameAndUnit(String name, Locale locale, BiFunction<String, Object[], String> translate) {
        var key = name.endsWith(")") ? "indicator.withUnit.afterBracket" : "indicator.withUnit";
        return translate.apply(key, new Object[] {name, unit(locale)});
    }

    public String category(Locale locale) {
        return Translations.isChinese(locale) ? category.zh() : category.en();
    }
}
