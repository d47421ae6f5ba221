package org.minsheng.importing;

import java.util.List;

/**
 * One problem found in a file, where a user finds it in their spreadsheet: sheet, row number and
 * column letter (with the column's header key), told as an i18n key with parameters.
 *
 * @param row    the row as the spreadsheet numbers it; 0 for the file as a whole
 * @param column the column letter, empty for a whole row or file
 */
public record ImportProblem(String sheet, int row, String column, String columnKey, boolean error, String messageKey,
                            List<Object> parameters) {

    static ImportProblem file(String messageKey, Object... parameters) {
        return new ImportProblem("", 0, "", null, true, messageKey, java.util.Arrays.asList(parameters));
    }

    static ImportProblem error(RawRow row, Column column, String messageKey, Object... parameters) {
        return new ImportProblem(row.sheet(), row.number(), column.letter(), column.headerKey(), true, messageKey,
                java.util.Arrays.asList(parameters));
    }
}
