package org.minsheng.export;

import java.util.List;

/**
 * A table ready to be written: a title line saying what and as of when, headers with units, rows
 * of values, and footnotes below them. A value is a BigDecimal or a whole number (written as a number
 * with the column's scale), a String, a {@link Revised} figure, or null for an empty cell.
 */
record Table(String title, String sheetName, List<Column> columns, List<List<Object>> rows, List<String> footnotes) {

    /** The mark the screen's table and the PDF put after a figure revised after publication. */
    static final String REVISED = "†";

    Table {
        footnotes = List.copyOf(footnotes);
    }

    Table(String title, String sheetName, List<Column> columns, List<List<Object>> rows) {
        this(title, sheetName, columns, rows, List.of());
    }

    /**
     * A figure revised after publication: written with the {@link #REVISED} mark after it, as the PDF's
     * table prints it (「5†」); a spreadsheet keeps it a number and shows the mark through its format.
     */
    record Revised(Object value) {}

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
