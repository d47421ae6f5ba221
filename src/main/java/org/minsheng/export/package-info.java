/**
 * Tables out as XLSX and CSV: the dashboard's district table, the submission tracker and the audit
 * trail, each read through its own service so the exporter sees exactly what the user may see, and
 * each stating which data it shows (数据截至, revision). The screens offer these files through
 * their own features' download interfaces, which {@code TableExportService} implements, so no feature
 * imports export back.
 */
package org.minsheng.export;
