/**
 * Leaders' dashboards: approved figures aggregated in PostgreSQL, compared with targets and across
 * districts. Nothing here reads a draft.
 */
package org.minsheng.dashboard;
