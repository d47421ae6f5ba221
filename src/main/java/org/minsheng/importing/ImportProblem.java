package org.minsheng.importing;

import java.util.Arrays;
import java.util.List;
import org.minsheng.division.Division;
import org.minsheng.indicator.Indicator;
import org.minsheng.period.Period;

/**
 * One problem found in a file, where a user finds it in their spreadsheet: sheet, row number and
 * column letter (with the column's header key), and what the row is about in their own terms
 * (district, indicator, period), told as an i18n key with parameters.
 *
 * @param row    the row as the spreadsheet numbers it; 0 for the file as a whole
 * @param column the column letter, empty for a whole row or file
 * @param place  the district, indicator and period of the row, as far as they were recognised
 */
public record ImportProblem(
        String sheet,
        int row,
        String column,
        String columnKey,
        Place place,
        boolean error,
        String messageKey,
        List<Object> parameters) {

    /**
     * What a row is about. A part is null when the row did not name it recognisably (the problem then
     * says so) or when the problem is about the file as a whole.
     */
    public record Place(Division division, Indicator indicator, Period period) {

        static final Place NONE = new Place(null, null, null);
    }

    /** The file as a whole; row 0. */
    public boolean ofFile() {
        return row == 0;
    }

    static ImportProblem file(String messageKey, Object... parameters) {
        return new ImportProblem("", 0, "", null, Place.NONE, true, messageKey, Arrays.asList(parameters));
    }

    static ImportProblem error(RawRow row, Layout.At at, Place place, String messageKey, Object... parameters) {
        return new ImportProblem(
                row.sheet(),
                row.number(),
                at.letter(),
                at.headerKey(),
                place,
                true,
                messageKey,
                Arrays.asList(parameters));
    }
}
