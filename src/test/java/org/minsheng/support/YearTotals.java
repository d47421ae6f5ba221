package org.minsheng.support;

import org.minsheng.dashboard.CityYear;

/** A year's total of one indicator as a leader reads it (plain digits, no trailing zeros). */
public final class YearTotals {

    private YearTotals() {}

    public static String of(CityYear year, String code) {
        var indicator = year.indicators().stream()
                .filter(i -> i.code().equals(code))
                .findFirst()
                .orElseThrow();
        return year.total(indicator).orElseThrow().value().stripTrailingZeros().toPlainString();
    }
}
