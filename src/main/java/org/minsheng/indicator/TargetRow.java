package org.minsheng.indicator;

import java.math.BigDecimal;
import java.util.Locale;
import org.minsheng.base.format.Numbers;
import org.minsheng.base.i18n.Translations;

/**
 * A target as the administrators' page lists it, with the names needed to read it: which indicator,
 * for which unit, which year, which way and how much, and how many times it was revised after its
 * year's figures were published ({@link TargetRevision}).
 */
public record TargetRow(
        int id,
        int version,
        Of indicator,
        For unit,
        int year,
        TargetDirection direction,
        BigDecimal value,
        int revisions) {

    /** The indicator the target is for, with its names and units in both languages. */
    public record Of(int id, String nameZh, String nameEn, String unitZh, String unitEn, String unitOneEn) {}

    /** The unit (the city or a district) the target is set for. */
    public record For(int id, String code, String name) {}

    public int indicatorId() {
        return indicator.id();
    }

    public String indicatorZh() {
        return indicator.nameZh();
    }

    public String indicatorEn() {
        return indicator.nameEn();
    }

    public String unitZh() {
        return indicator.unitZh();
    }

    public String unitEn() {
        return indicator.unitEn();
    }

    public int divisionId() {
        return unit.id();
    }

    public String divisionCode() {
        return unit.code();
    }

    public String divisionName() {
        return unit.name();
    }

    public String indicator(Locale locale) {
        return Translations.isChinese(locale) ? indicator.nameZh() : indicator.nameEn();
    }

    public String unit(Locale locale) {
        return Translations.isChinese(locale) ? indicator.unitZh() : indicator.unitEn();
    }

    /** The unit as it follows {@code value}: in English the indicator's singular for one (1 hectare). */
    public String unitFor(BigDecimal value, Locale locale) {
        return Numbers.unitFor(value, unit(locale), indicator.unitOneEn(), locale);
    }

    /** 「156 所」, 「1 school」: the target as the targets page and its dialogs write it, spaced as a table's cell. */
    public String valueWithUnit(Locale locale) {
        return Numbers.exact(value) + " " + unitFor(value, locale);
    }
}
