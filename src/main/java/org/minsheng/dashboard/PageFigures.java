package org.minsheng.dashboard;

import java.util.List;

/**
 * The approved figures of a page ({@link Dashboard}), keyed as the page looks them up. A record of its own
 * because they are what each data version reads anew ({@link PageAssembler}), while the page's units are
 * its frame's, kept under the structure version.
 *
 * @param lastYear the same window a year earlier, for 同比
 * @param years    the focus's whole-year values over up to five years, following renames
 * @param scores   met targets per category and district (city view only), the pivot's subtotals
 */
public record PageFigures(
        List<YearCell> cells,
        List<YearCell> lastYear,
        List<TrendPoint> trend,
        List<YearPoint> years,
        List<CategoryScore> scores) {

    public PageFigures {
        cells = Keyed.of(cells, Dashboard.CELL_AT);
        lastYear = Keyed.of(lastYear, Dashboard.CELL_AT);
        trend = Keyed.of(trend, Dashboard.POINT_AT);
    }
}
