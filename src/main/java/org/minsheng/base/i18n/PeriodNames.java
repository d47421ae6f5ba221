package org.minsheng.base.i18n;

import java.util.ArrayList;
import java.util.List;

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

    /**
     * Months of one year as a sentence names them: 「2021年2—12月」, "February–December 2021", runs of
     * consecutive months as a range and the others listed (「2021年3月、5—12月」). The charts' short
     * English form (1/2021) is for titles and axes; in a sentence it read as a fraction or a date.
     *
     * @param months in order, at least one
     */
    public static String months(Messages words, int year, List<Integer> months) {
        var runs = new ArrayList<String>();
        for (int i = 0; i < months.size(); ) {
            int from = months.get(i);
            int to = from;
            while (++i < months.size() && months.get(i) == to + 1) {
                to++;
            }
            runs.add(from == to ? words.get("period.prose.month", from) : words.get("period.prose.months", from, to));
        }
        return words.get("period.prose.inYear", String.valueOf(year), String.join(words.get("list.separator"), runs));
    }
}
