/** Reporting periods (months and years), their due dates and their publication. */
package org.minsheng.period;
