/**
 * Leaders' dashboards: approved figures aggregated in PostgreSQL, compared with targets and across
 * districts. Nothing here reads a draft. {@link org.minsheng.dashboard.ChartContents} builds each
 * chart's content once, for the screen and for print.
 */
package org.minsheng.dashboard;
