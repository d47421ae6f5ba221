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
        FORMULA
    }

    /** A cell's content as typed; a formula keeps its text and is never evaluated. */
    record RawCell(String text, Kind kind) {
        static final RawCell BLANK = new RawCell("", Kind.TEXT);
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
