package org.minsheng.period;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The periods of a campaign year the calendar does not hold yet: what creating the year would add, and
 * so what the administrator is asked to confirm. A year is complete with its twelve months and its annual
 * period, the calendar's first year from the month it starts with.
 *
 * @param months the missing months, in order
 * @param annual true when the year's annual period is missing too
 */
public record MissingPeriods(int year, List<Integer> months, boolean annual) {

    public MissingPeriods {
        months = List.copyOf(months);
    }

    /** What {@code calendar} lacks of {@code year}. */
    static MissingPeriods of(int year, List<CalendarPeriod> calendar) {
        var ofYear = calendar.stream().filter(p -> p.year() == year).toList();
        var months = IntStream.rangeClosed(firstMonth(year, calendar), 12)
                .filter(m -> ofYear.stream().noneMatch(p -> Integer.valueOf(m).equals(p.month())))
                .boxed()
                .toList();
        return new MissingPeriods(year, months, ofYear.stream().noneMatch(CalendarPeriod::isYear));
    }

    /**
     * The month {@code year} begins with: the calendar's first month in its first year, January in any other.
     * A campaign begun in July (its first months loaded so) has no January to June: its first year, complete
     * from July, was offered for creation for ever. Every other year is whole, one created before the first
     * too: the demo's 2021, holding January alone, still lacks February to December.
     */
    private static int firstMonth(int year, List<CalendarPeriod> calendar) {
        boolean first = calendar.stream().allMatch(p -> p.year() >= year);
        return first
                ? calendar.stream()
                        .filter(p -> p.year() == year && p.month() != null)
                        .mapToInt(CalendarPeriod::month)
                        .min()
                        .orElse(1)
                : 1;
    }

    /**
     * The year to offer for creation: the first year from the calendar's first to its last that is not
     * complete (a year created only in part, such as a January alone, or one skipped), else the year
     * after its last; {@code thisYear} for an empty calendar.
     */
    static int proposedYear(List<CalendarPeriod> calendar, int thisYear) {
        var years = calendar.stream().mapToInt(CalendarPeriod::year).summaryStatistics();
        if (years.getCount() == 0) {
            return thisYear;
        }
        return IntStream.rangeClosed(years.getMin(), years.getMax())
                .filter(y -> !of(y, calendar).isEmpty())
                .findFirst()
                .orElse(years.getMax() + 1);
    }

    public boolean isEmpty() {
        return count() == 0;
    }

    /** How many periods would be created. */
    public int count() {
        return months.size() + (annual ? 1 : 0);
    }
}
