package org.minsheng.base.i18n;

/**
 * How a reporting period is named (2021年1月, 2021年（年报）): the message key and its parameters. Kept
 * here, below every feature, so the audit trail and the dashboard name a period exactly as the
 * reporting calendar does without depending on it.
 */
public final class PeriodNames {

    private PeriodNames() {}

    /** @param month null for the year's own period */
    public static String key(Integer month) {
        return month == null ? "period.year" : "period.month";
    }

    public static Object[] parameters(int year, Integer month) {
        return month == null
                ? new Object[] {String.valueOf(year)}
                : new Object[] {String.valueOf(year), String.valueOf(month)};
    }
}
