package org.minsheng.base.chart;

import java.util.List;

/**
 * What one chart shows, before it is drawn: the screen hands it to Chart.js, print to the PNG/SVG
 * painter, so both show the same series, targets, pace, labels and not-applicable flags.
 *
 * @param unit       the unit of the values (所, 公里)
 * @param labels     one per bar or point (districts, months, years)
 * @param horizontal bars along the x axis, which keeps eleven district names readable
 * @param scale      decimal places of the values
 * @param note       said with the chart, or null (a renamed district's former names)
 */
public record ChartContent(
        String title,
        String unit,
        List<String> labels,
        List<Series> series,
        boolean horizontal,
        int scale,
        String note) {}
