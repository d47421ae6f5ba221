package org.minsheng.importing;

import java.util.List;

/**
 * A row of an uploaded file before any meaning is given to it.
 *
 * @param number the row number as the spreadsheet shows it (1-based)
 */
record RawRow(String sheet, int number, List<RawCell> cells) {

    enum Kind {
        TEXT,
        NUMBER,
        FORMULA,
        /** over {@link ImportLimits#MAX_CELL_CHARS}: kept cut to that length, and its row refused for it */
        TOO_LONG
    }

    /** A cell's content as typed; a formula keeps its text and is never evaluated. */
    record RawCell(String text, Kind kind) {
        static final RawCell BLANK = new RawCell("", Kind.TEXT);

        /**
         * A cell over the limit, cut to it: one over-long 情况说明 refused the whole file, and the file's
         * other problems went untold until it was mended (a tester's tour). Cut, it costs no more memory
         * than a cell at the limit, and its row is reported like any other row's problem.
         */
        static RawCell tooLong(String text) {
            return new RawCell(text.substring(0, ImportLimits.MAX_CELL_CHARS), Kind.TOO_LONG);
        }
    }

    RawCell cell(int column) {
        return column < cells.size() ? cells.get(column) : RawCell.BLANK;
    }

    String text(int column) {
        return cell(column).text().strip();
    }

    boolean isBlank() {
        return cells.stream().allMatch(c -> c.text().isBlank());
    }
}
