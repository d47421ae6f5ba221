package org.minsheng.indicator;

import java.util.Locale;
import org.minsheng.base.i18n.Translations;

/**
 * The explanation of an indicator for its page: the definition of the statistic (口径), the lead
 * department, and for a ratio the codes of its numerator and denominator (null otherwise).
 */
public record IndicatorProfile(
        String code,
        String definitionZh,
        String definitionEn,
        String leadDepartment,
        String numeratorCode,
        String denominatorCode) {

    public String definition(Locale locale) {
        return Translations.isChinese(locale) ? definitionZh : definitionEn;
    }
}
