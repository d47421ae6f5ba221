package org.minsheng.dashboard;

import org.minsheng.base.chart.ImageFormat;
import org.minsheng.base.chart.ImageSize;

/**
 * A chart to export: the dashboard view (year, period, district) it comes from, the indicator (none
 * for the heat-map, which shows them all), the chart, size and format, and an optional note printed
 * in the frame.
 */
public record ChartRequest(
        DashboardFilter filter,
        String indicatorCode,
        ChartKind kind,
        ImageSize size,
        ImageFormat format,
        String note) {}
