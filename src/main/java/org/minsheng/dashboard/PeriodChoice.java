package org.minsheng.dashboard;

/** The stretch of the campaign year a dashboard shows. */
public enum PeriodChoice {
    /** one month: a cumulative figure as at its end, a per-period figure for that month alone */
    MONTH,
    /** a quarter (part 1..4), read the same way over its three months */
    QUARTER,
    /** January to the chosen month */
    YEAR_TO_DATE,
    /** the whole year as far as approved, with the yearly figures */
    YEAR;

    /** The first and last month shown; {@code latest} caps the end at the newest approved month. */
    public int[] months(int part, int latest) {
        return switch (this) {
            case MONTH -> new int[] {part, part};
            case QUARTER -> new int[] {3 * part - 2, Math.min(3 * part, Math.max(latest, 3 * part - 2))};
            case YEAR_TO_DATE -> new int[] {1, part};
            case YEAR -> new int[] {1, latest};
        };
    }

    /** The part that ends with {@code month}: the month itself, its quarter, or the whole year's 12. */
    public int partEnding(int month) {
        return switch (this) {
            case MONTH, YEAR_TO_DATE -> month;
            case QUARTER -> (month + 2) / 3;
            case YEAR -> 12;
        };
    }
}
