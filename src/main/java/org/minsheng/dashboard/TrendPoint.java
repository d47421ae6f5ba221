package org.minsheng.dashboard;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The approved to-date value of an indicator at the end of one month, for a unit or (null) the city. */
public record TrendPoint(int indicatorId, Integer divisionId, int month, BigDecimal value) {

    public boolean isTotal() {
        return divisionId == null;
    }

    /**
     * The points' values for {@code months}, in their order: null for a month without a point and for one
     * approved as 不适用 (a gap in a line either way). Each chart looked a month up with {@code
     * map(TrendPoint::value).findFirst()}, which throws on a null value: one month corrected to 不适用
     * failed the unit's dashboard and the indicator's page (a stranger's tour).
     */
    public static List<BigDecimal> values(List<TrendPoint> points, List<Integer> months) {
        var byMonth = byMonth(points);
        return months.stream().map(byMonth::get).toList();
    }

    /**
     * For each of {@code months}, whether it has a point without a value: approved as 不适用, which a table
     * writes as the word. A month without a point has no data (「—」).
     */
    public static List<Boolean> notApplicable(List<TrendPoint> points, List<Integer> months) {
        var byMonth = byMonth(points);
        return months.stream()
                .map(m -> byMonth.containsKey(m) && byMonth.get(m) == null)
                .toList();
    }

    /** Each month's first point's value, a month approved as 不适用 mapped to null (a HashMap holds it). */
    private static Map<Integer, BigDecimal> byMonth(List<TrendPoint> points) {
        var byMonth = new HashMap<Integer, BigDecimal>();
        for (var point : points) {
            if (!byMonth.containsKey(point.month())) {
                byMonth.put(point.month(), point.value());
            }
        }
        return byMonth;
    }
}
