package org.minsheng.figure;

/**
 * What a user entered for a cell, from whichever path (form, paste, import): the text as typed
 * so every path gets the same parsing and messages.
 *
 * @param text             the value as typed; blank clears a draft; 不适用 / N/A mark "not applicable"
 * @param expectedVersion  the version the user saw (0 for an empty cell): a stale edit is refused
 * @param correctionReason required when the period is already published
 */
public record FigureInput(
        CellKey key,
        String text,
        boolean notApplicable,
        String explanation,
        int expectedVersion,
        String correctionReason) {

    public static FigureInput of(CellKey key, String text, int expectedVersion) {
        return new FigureInput(key, text, false, null, expectedVersion, null);
    }
}
