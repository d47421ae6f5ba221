package org.minsheng.figure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minsheng.indicator.TargetDirection;

/**
 * The warnings a plausible-looking value can still deserve, as the national statistical reporting
 * system has them: a jump from the same period last year, a value far from the district's own
 * history, a cumulative figure that went down, a figure back above a zero it had reached, and the
 * cross-indicator rules. Each needs a written
 * explanation (情况说明) before the figure can be submitted.
 */
final class FigureChecks {

    /** More than 50% away from the same period last year. */
    static final BigDecimal YEAR_ON_YEAR_LIMIT = new BigDecimal("0.5");
    /** A robust z-score (median and MAD over the last 12 periods) beyond 3.5 is an outlier. */
    static final BigDecimal OUTLIER_LIMIT = new BigDecimal("3.5");

    private static final BigDecimal MAD_TO_SIGMA = new BigDecimal("1.4826");
    private static final int MIN_HISTORY = 6;

    private FigureChecks() {}

    static List<Finding> warnings(Cell cell, List<BigDecimal> history, boolean previousInSameYear) {
        var findings = new ArrayList<Finding>();
        var value = cell.value();
        if (value == null) {
            return findings;
        }
        // the values a warning names are shown as the sheet shows them, in the indicator's scale: the sheet's
        // 「去年同期 1.0」 was 「（1）」 in the warning beside it (a stranger's trial)
        int scale = cell.indicator().scale();
        // A figure that reaches the zero its indicator aims at (dropouts cleared) is the campaign's result,
        // not a jump to explain: 4 last year to 0 now was a "-100%" warning that blocked the import until
        // the office wrote why it had met its target (a stranger's trial).
        boolean reachedZero = cell.indicator().direction() == TargetDirection.REACH_ZERO && value.signum() == 0;
        if (!reachedZero) {
            yearOnYear(cell.key(), value, inScale(cell.lastYearValue(), scale)).ifPresent(findings::add);
            outlier(cell.key(), value, history, scale).ifPresent(findings::add);
        }
        // Cumulative figures restart each year, so only a month of the same year is comparable.
        if (previousInSameYear
                && cell.indicator().cumulative()
                && cell.indicator().direction() == TargetDirection.INCREASE_TO
                && cell.previousValue() != null
                && value.compareTo(cell.previousValue()) < 0) {
            findings.add(
                    Finding.warning(cell.key(), "figure.warning.cumulativeFell", inScale(cell.previousValue(), scale)));
        }
        // A figure that had reached zero (dropouts cleared) and comes back is news the office must
        // explain, however small: no percentage change or outlier test can see a step up from 0.
        if (cell.indicator().direction() == TargetDirection.REACH_ZERO
                && value.signum() > 0
                && cell.previousValue() != null
                && cell.previousValue().signum() == 0) {
            findings.add(Finding.warning(cell.key(), "figure.warning.zeroRebounded", inScale(value, scale)));
        }
        return findings;
    }

    /** A stored value with the indicator's decimals (it holds no more), so 1 of a one-decimal indicator is 1.0. */
    private static BigDecimal inScale(BigDecimal value, int scale) {
        return value == null ? null : value.setScale(scale, RoundingMode.HALF_UP);
    }

    /**
     * At least the indicator's decimals and never fewer than the value has: a rule's right-hand sum may
     * hold an indicator of more decimals, and rounding it could show the two sides equal when they are not.
     */
    private static BigDecimal atLeastInScale(BigDecimal value, int scale) {
        return value.setScale(Math.max(scale, value.stripTrailingZeros().scale()), RoundingMode.UNNECESSARY);
    }

    static Optional<Finding> yearOnYear(CellKey key, BigDecimal value, BigDecimal lastYear) {
        if (lastYear == null || lastYear.signum() <= 0) {
            return Optional.empty();
        }
        var change = value.subtract(lastYear).divide(lastYear, MathContext.DECIMAL64);
        if (change.abs().compareTo(YEAR_ON_YEAR_LIMIT) <= 0) {
            return Optional.empty();
        }
        var percent = change.movePointRight(2).setScale(0, RoundingMode.HALF_UP);
        return Optional.of(Finding.warning(key, "figure.warning.yearOnYear", lastYear, percent));
    }

    /**
     * The median is named in the indicator's scale, rounded: the mean of the middle two of an even history
     * can have a decimal more than the sheet's figures (3.45 beside 3.4 and 3.5), or fewer (6 of history
     * stored as whole numbers).
     */
    static Optional<Finding> outlier(CellKey key, BigDecimal value, List<BigDecimal> history, int scale) {
        if (history.size() < MIN_HISTORY) {
            return Optional.empty();
        }
        var sorted = history.toArray(BigDecimal[]::new);
        Arrays.sort(sorted);
        var median = medianOfSorted(sorted);
        var mad = medianOfSorted(deviations(sorted, median));
        if (mad.signum() == 0) {
            return Optional.empty();
        }
        var score = value.subtract(median).abs().divide(mad.multiply(MAD_TO_SIGMA), MathContext.DECIMAL64);
        return score.compareTo(OUTLIER_LIMIT) > 0
                ? Optional.of(Finding.warning(key, "figure.warning.outlier", inScale(median, scale), history.size()))
                : Optional.empty();
    }

    /**
     * Cross-indicator rules over the values of one division and period. The finding goes to the
     * left-hand cell, since that is the figure the rule is about, and names both sides in that cell's
     * scale (its indicator's, {@code scale}), as the sheet shows the figure.
     */
    static List<Finding> crossRules(
            List<CrossRule> rules, CellKey leftCell, int scale, Map<Integer, BigDecimal> valuesByIndicator) {
        var findings = new ArrayList<Finding>();
        for (var rule : rules) {
            if (rule.leftId() != leftCell.indicatorId()) {
                continue;
            }
            var left = valuesByIndicator.get(rule.leftId());
            if (left == null || !rule.rightIds().stream().allMatch(valuesByIndicator::containsKey)) {
                continue;
            }
            var right = rule.rightIds().stream().map(valuesByIndicator::get).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (!rule.operator().holds(left, right)) {
                findings.add(new Finding(
                        leftCell,
                        rule.severity(),
                        "figure.rule",
                        List.of(
                                rule.messageZh(),
                                rule.messageEn(),
                                atLeastInScale(left, scale),
                                rule.operator().symbol,
                                atLeastInScale(right, scale))));
            }
        }
        return findings;
    }

    static BigDecimal median(List<BigDecimal> values) {
        var sorted = values.toArray(BigDecimal[]::new);
        Arrays.sort(sorted);
        return medianOfSorted(sorted);
    }

    private static BigDecimal medianOfSorted(BigDecimal[] sorted) {
        int n = sorted.length;
        return n % 2 == 1
                ? sorted[n / 2]
                : sorted[n / 2 - 1].add(sorted[n / 2]).divide(BigDecimal.TWO, MathContext.DECIMAL64);
    }

    /**
     * Each value's distance from the median, in ascending order, without sorting again: below the
     * median the distances fall as the values rise and above it they rise, so the two runs merge. The
     * outlier check sorted every cell's history twice (the largest frame of an import's checks); only
     * the MAD's number is used, never its scale, so ties of another scale cannot change a finding.
     */
    static BigDecimal[] deviations(BigDecimal[] sorted, BigDecimal median) {
        int split = 0;
        while (split < sorted.length && sorted[split].compareTo(median) < 0) {
            split++;
        }
        var result = new BigDecimal[sorted.length];
        int below = split - 1;
        int above = split;
        for (int i = 0; i < result.length; i++) {
            if (above >= sorted.length
                    || (below >= 0 && median.subtract(sorted[below]).compareTo(sorted[above].subtract(median)) <= 0)) {
                result[i] = median.subtract(sorted[below--]);
            } else {
                result[i] = sorted[above++].subtract(median);
            }
        }
        return result;
    }
}
