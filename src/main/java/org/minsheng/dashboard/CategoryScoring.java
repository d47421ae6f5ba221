package org.minsheng.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import org.minsheng.indicator.Indicator;
import org.minsheng.indicator.Target;
import org.minsheng.indicator.TargetDirection;
import org.minsheng.indicator.TargetStatus;

/**
 * The category scores of a city page counted from the cells the page has already read, as
 * RollupSql.categoryScores counts them in SQL: that statement rolled the whole window up a second
 * time only to compare each cell with its target (bench/run.sh preagg L: 12-21 ms a page). The SQL
 * stays as the oracle RollupEqualityTest compares this with.
 */
final class CategoryScoring {

    private CategoryScoring() {}

    private record Key(String category, int unit) {}

    /**
     * For each unit (a district, or the city for the total and its own city-level rows) and category,
     * and over all categories (category null): of the cells with a value that have a target of their
     * unit, how many meet it. {@code categories} maps every indicator, retired ones too, to its
     * category code, as the SQL's join does.
     */
    static List<CategoryScore> score(
            int cityId, List<YearCell> cells, List<Target> targets, Map<Integer, String> categories) {
        return score(cityId, cells, targets, categories, (cell, target) -> true);
    }

    /**
     * The page's scores: a target counts as met (达标) only where its tile says so. A ceiling kept so far
     * in a running year, or a total of some of the units that already reads zero, is 进行中 there
     * ({@link TargetStatus}), and the pivot counted it met beside that tile (a tester's tour).
     */
    static List<CategoryScore> score(Dashboard page, Map<Integer, String> categories) {
        var indicators = page.indicators().stream().collect(Collectors.toMap(Indicator::id, i -> i, (a, b) -> a));
        return score(page.city().id(), page.cells(), page.targets(), categories, (cell, target) -> {
            var indicator = indicators.get(cell.indicatorId());
            boolean complete = indicator == null || page.complete(indicator, cell.divisionId());
            return TargetStatus.of(target, cell.value(), page.yearOver(), complete) == TargetStatus.MET;
        });
    }

    private static List<CategoryScore> score(
            int cityId,
            List<YearCell> cells,
            List<Target> targets,
            Map<Integer, String> categories,
            BiPredicate<YearCell, Target> settled) {
        var targetOf = new HashMap<Long, Target>();
        for (var t : targets) {
            targetOf.put(key(t.indicatorId(), t.divisionId()), t);
        }
        var counts = new HashMap<Key, int[]>();
        for (var cell : cells) {
            if (cell.value() == null) {
                continue;
            }
            int unit = cell.divisionId() == null ? cityId : cell.divisionId();
            var target = targetOf.get(key(cell.indicatorId(), unit));
            var category = categories.get(cell.indicatorId());
            if (target == null || category == null) {
                continue;
            }
            boolean met = met(cell, target) && settled.test(cell, target);
            for (var k : List.of(new Key(category, unit), new Key(null, unit))) {
                var count = counts.computeIfAbsent(k, x -> new int[2]);
                count[0] += met ? 1 : 0;
                count[1]++;
            }
        }
        var scores = new ArrayList<CategoryScore>(counts.size());
        counts.forEach((k, c) -> scores.add(new CategoryScore(k.category(), k.unit(), c[0], c[1])));
        scores.sort(ORDER);
        return scores;
    }

    /** By unit, then category, all categories last: one order for the page and the equality test. */
    static final Comparator<CategoryScore> ORDER = Comparator.comparingInt(CategoryScore::divisionId)
            .thenComparing(CategoryScore::category, Comparator.nullsLast(Comparator.naturalOrder()));

    /** As the SQL compares: a null target value meets nothing but 'reach zero', which does not read it. */
    private static boolean met(YearCell cell, Target target) {
        if (target.direction() == TargetDirection.REACH_ZERO) {
            return cell.value().signum() == 0;
        }
        return Objects.nonNull(target.value()) && target.isMetBy(cell.value());
    }

    private static long key(int indicatorId, int divisionId) {
        return ((long) indicatorId << 32) | (divisionId & 0xffffffffL);
    }
}
