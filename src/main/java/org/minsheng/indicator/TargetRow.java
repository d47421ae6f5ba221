package org.minsheng.indicator;

import java.math.BigDecimal;
import java.util.Locale;
import org.minsheng.base.i18n.Translations;

/** A target as the administrators' page lists it, with the names needed to read it. */
public record TargetRow(
        int id,
        int version,
        int indicatorId,
        String indicatorZh,
        String indicatorEn,
        String unitZh,
        String unitEn,
        int divisionId,
        String divisionCode,
        String divisionName,
        int year,
        TargetDirection direction,
        BigDecimal value) {

    public String indicator(Locale locale) {
        return Translations.isChinese(locale) ? indicatorZh : indicatorEn;
    }

    public String unit(Locale locale) {
        return Translations.isChinese(locale) ? unitZh : unitEn;
    }
}
