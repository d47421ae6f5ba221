/**
 * Figures in from spreadsheets: a template per period and scope, the reading of uploaded XLSX and
 * CSV files (with limits against hostile files), the template's layout or an office's own long list
 * (one figure a row, named by codes or names it maps without guessing), a dry run that reports each
 * problem once per cell and rule, by row, district, indicator, period and column, using the entry
 * form's own checks, and an all-or-nothing commit recorded as an import batch that each audited
 * change points to.
 */
package org.minsheng.importing;
