/**
 * Tables out as XLSX and CSV: the dashboard's district table, the submission tracker and the audit
 * trail, each read through its own service so the exporter sees exactly what the user may see, and
 * each stating which data it shows (数据截至, revision).
 */
package org.minsheng.export;
