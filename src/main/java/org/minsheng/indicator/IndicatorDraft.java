package org.minsheng.indicator;

import java.math.BigDecimal;

/**
 * What an administrator fills in for an indicator. The publication phrase may hold {value} (the
 * figure with its unit) and {verb}; null texts are left empty.
 *
 * @param numeratorId   with denominatorId, only for the ratio aggregation (a recomputed percentage)
 * @param reportedByCity entered once by the city rather than by each county
 */
public record IndicatorDraft(String code, String nameZh, String nameEn, String shortNameZh, String shortNameEn,
                             String definitionZh, String definitionEn, String unitZh, String unitEn,
                             Indicator.ValueType valueType, int scale, BigDecimal minValue, BigDecimal maxValue,
                             Indicator.Aggregation aggregation, Integer numeratorId, Integer denominatorId,
                             boolean cumulative, boolean monthly, boolean reportedByCity, int categoryId,
                             String leadDepartment, int displayOrder, String phraseZh, String phraseEn,
                             TargetDirection direction) {

    /** An empty form: a whole number, summed, cumulative, monthly, counting up. */
    public static IndicatorDraft blank(int categoryId) {
        return new IndicatorDraft("", "", "", "", "", null, null, "", "", Indicator.ValueType.INTEGER, 0,
                BigDecimal.ZERO, null, Indicator.Aggregation.SUM, null, null, true, true, false, categoryId, null, 0,
                null, null, TargetDirection.INCREASE_TO);
    }
}
