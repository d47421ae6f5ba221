package org.minsheng.dashboard;

import java.math.BigDecimal;
import java.util.List;
import org.minsheng.division.Division;

/**
 * The districts of a ranking chart, largest first; districts without a figure go last rather than
 * pretending to be zero. A district that reported 不适用 has no bar and no target tick: a tick over
 * an empty row would read as a target missed.
 *
 * <p>Laid out by {@link ChartSeries} from a page ({@link Dashboard#ranking}): a record of its own because
 * it is not a part of the page but what one chart makes of it, the same on screen and in print.
 */
public record RankingSeries(
        List<Division> districts, List<BigDecimal> values, List<BigDecimal> targets, List<Boolean> notApplicable) {}
