/**
 * Leaders' dashboards: approved figures aggregated in PostgreSQL, compared with targets and across
 * districts. Nothing here reads a draft. The roll-ups read each unit's running values from
 * pre-aggregates that triggers keep in the same transaction as every approval (V110), and add up a
 * unit's children from them; {@link org.minsheng.dashboard.RollupSql} also holds the same roll-ups
 * computed live from the figures, the oracle they are tested against. {@link
 * org.minsheng.dashboard.LevelSql} reads any unit's value along the hierarchy from V122's totals the same
 * way. {@link
 * org.minsheng.dashboard.ChartContents} builds each chart's content once, for the screen and for print.
 */
package org.minsheng.dashboard;
