package org.minsheng.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;
import org.minsheng.indicator.Target;
import org.minsheng.indicator.TargetStatus;
import org.minsheng.indicator.TargetText;

/**
 * A district's completion of its own target, one cell of the completion heat-map. The dashboard's
 * table and the publication image both read it from here, so they show the same percentage, the same
 * word and the same shade.
 *
 * @param applicable false where the district reported the indicator as not applicable: the cell says
 *                   不适用 and is neither met nor missed
 * @param status     met, missed, or in progress while the page's year runs (null where not applicable)
 * @param percent    actual / target in percent (one decimal), or null where a ratio means nothing
 *                   (a "reach zero" target is met or not)
 * @param statusKey  the message key of the word shown when there is no percentage (已实现清零, 未完成 …)
 */
public record Completion(boolean applicable, TargetStatus status, BigDecimal percent, String statusKey) {

    private static final Completion NOT_APPLICABLE = new Completion(false, null, null, "figure.notApplicable");

    private static final BigDecimal CAP = BigDecimal.valueOf(150);

    /** The heat-map's columns: indicators for which at least one district has a target. */
    public static List<Indicator> indicators(Dashboard data) {
        return data.districtIndicators().stream()
                .filter(i -> data.counties().stream()
                        .anyMatch(c -> data.target(i, c.id()).isPresent()))
                .toList();
    }

    /**
     * The heat-map's units whose own target of the indicator was revised after publication, in its rows'
     * order: their completions changed with the new target, and the table marks the indicator for them as
     * the tile and the exported charts mark a revised target.
     */
    public static List<Division> revisedTargets(Dashboard data, Indicator indicator) {
        return data.counties().stream()
                .filter(c -> data.target(indicator, c.id()).map(Target::revised).orElse(false))
                .toList();
    }

    /**
     * Empty when the district has no target or no approved figure: the cell shows "—", never 0%. A
     * figure approved as not applicable reads 不适用, which must not look like a missing one.
     */
    public static Optional<Completion> of(Dashboard data, Indicator indicator, int districtId) {
        if (data.cell(indicator, districtId).map(YearCell::notApplicable).orElse(false)) {
            return Optional.of(NOT_APPLICABLE);
        }
        var target = data.target(indicator, districtId);
        var actual = data.value(indicator, districtId);
        if (target.isEmpty() || actual.isEmpty()) {
            return Optional.empty();
        }
        // one year-over for the whole page: a tile, a cell and an exported image never disagree on a verdict
        var status = TargetStatus.of(target.get(), actual.get(), data.yearOver());
        return Optional.of(new Completion(
                true,
                status,
                target.get().completionPercent(actual.get()).orElse(null),
                TargetText.statusKey(target.get(), actual.get(), status)));
    }

    public boolean met() {
        return status == TargetStatus.MET;
    }

    /** Missed: the year is over short of the target, or an "at most" limit is already passed. */
    public boolean missed() {
        return status == TargetStatus.MISSED;
    }

    /**
     * Opacity of the blue over white for a met target, 0.25 to 0.75: it deepens with completion up to
     * 150 %, and the lightest still reads as "met" (a missed target is orange, one in progress grey).
     */
    public double blueOpacity() {
        var share = percent == null ? BigDecimal.valueOf(100) : percent.min(CAP);
        return (25 + share.intValue() / 3) / 100.0;
    }

    /** White text on the darker blues, where dark text would not stand out. */
    public boolean lightText() {
        return met() && blueOpacity() > 0.55;
    }
}
