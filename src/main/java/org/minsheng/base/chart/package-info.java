/**
 * Charts as data, the same for the screen (Chart.js) and for print (PNG, SVG): a chart's series with
 * their not-applicable flags, the colours, and the image files a chart goes out as.
 */
package org.minsheng.base.chart;
