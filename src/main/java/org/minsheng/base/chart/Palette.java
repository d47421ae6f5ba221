package org.minsheng.base.chart;

import java.util.List;

/**
 * The product's colours, the same on screen (Chart.js) and in print (PNG, SVG), so a printed figure
 * and the dashboard look like the same chart.
 */
public final class Palette {

    /** Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
    public static final List<String> SERIES =
            List.of("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000");

    /** The completion heat-map: a met target in the palette's blue (deeper with completion), a missed one orange. */
    public static final String COMPLETION_MET = "#0072B2";

    public static final String COMPLETION_MISSED = "#F5C38A";

    /**
     * A target of a year still running and not reached yet: a neutral grey, neither the blue of met nor the
     * orange of missed, and darker than the faint grey of a cell without a target.
     */
    public static final String COMPLETION_IN_PROGRESS = "#D5DAE0";

    /** A cell without a target or a figure yet: a faint grey, lighter than that of a target in progress. */
    public static final String COMPLETION_NONE = "#F3F5F7";

    private Palette() {}

    /**
     * A target's tick: the palette's black, which stands out from the blue bar it crosses (4:1) as from
     * the white around it. The vermillion it was could hardly be told from the blue (1.3:1), so a target
     * inside its bar was all but lost, on the wall display above all (a stranger's trial).
     */
    public static final String TARGET_MARK = SERIES.get(7);

    /** The colour of the series at this index: in palette order, a target marker always {@link #TARGET_MARK}. */
    public static String of(List<Series> series, int index) {
        return series.get(index).style() == Series.Style.MARKER ? TARGET_MARK : SERIES.get(index % SERIES.size());
    }
}
