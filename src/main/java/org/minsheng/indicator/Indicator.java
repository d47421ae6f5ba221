package org.minsheng.indicator;

import java.math.BigDecimal;
import java.util.Locale;
import org.minsheng.base.i18n.Translations;

/**
 * An indicator of the catalogue with what is needed to show its figures: unit, value type and
 * scale belong to the indicator, and so do the aggregation rule and the kind of target.
 */
public record Indicator(int id, String code, String nameZh, String nameEn, String shortNameZh,
                        String shortNameEn, String unitZh, String unitEn, ValueType valueType, int scale,
                        Aggregation aggregation, boolean cumulative, boolean monthly, TargetDirection direction,
                        boolean reportedByCity, String categoryCode, String categoryZh, String categoryEn,
                        int displayOrder, BigDecimal minValue, BigDecimal maxValue) {

    public enum ValueType { INTEGER, DECIMAL, PERCENTAGE }

    public enum Aggregation { SUM, RATIO, MAX, MIN, NONE }

    public String name(Locale locale) {
        return Translations.isChinese(locale) ? nameZh : nameEn;
    }

    public String shortName(Locale locale) {
        return Translations.isChinese(locale) ? shortNameZh : shortNameEn;
    }

    public String unit(Locale locale) {
        return Translations.isChinese(locale) ? unitZh : unitEn;
    }

    public String category(Locale locale) {
        return Translations.isChinese(locale) ? categoryZh : categoryEn;
    }
}
