/**
 * Figures in from spreadsheets: a template per period and scope, the reading of uploaded XLSX and
 * CSV files (with limits against hostile files), a dry run that reports every problem by sheet, row
 * and column using the entry form's own checks, and an all-or-nothing commit recorded as an import
 * batch that each audited change points to.
 */
package org.minsheng.importing;
