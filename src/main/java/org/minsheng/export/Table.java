package org.minsheng.export;

import java.util.List;

/**
 * A table ready to be written: a title line saying what and as of when, headers with units, rows
 * of values. A value is a BigDecimal or a whole number (written as a number with the column's
 * scale), a String, or null for an empty cell.
 */
record Table(String title, String sheetName, List<Column> columns, List<List<Object>> rows) {

    /**
     * @param scale decimal places of a number column; null for text, or for numbers of mixed
     *              indicators that each keep their own scale
     */
    record Column(String header, Integer scale) {

        static Column text(String header) {
            return new Column(header, null);
        }

        /** Numbers of several indicators: each keeps the scale it comes with. */
        static Column mixed(String header) {
            return new Column(header, null);
        }
    }
}
