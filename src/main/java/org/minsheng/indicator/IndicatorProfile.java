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
        String leadDepartmentEn,
        String numeratorCode,
        String denominatorCode) {

    public String definition(Locale locale) {
        return Translations.isChinese(locale) ? definitionZh : definitionEn;
    }

    /**
     * The lead department in the reader's language. Without an English name an English page shows the
     * Chinese one, unlike a missing definition's 「—」: a department's own name still tells a reader who
     * leads, where nothing tells them less.
     */
    public String leadDepartment(Locale locale) {
        return Translations.isChinese(locale) || leadDepartmentEn == null ? leadDepartment : leadDepartmentEn;
    }
}
