/**
 * The project's own Chart.js component for Flow (the published add-on is not available to us): a
 * custom element under frontend/components and a Java class that hands it Chart.js JSON, written from
 * a {@code base.chart.ChartContent} as print draws it too.
 */
package org.minsheng.base.ui.chart;
