package org.minsheng.importing;

/**
 * The columns of the import template, in order; files are read by position under a header row so
 * that a header in either language works. Only VALUE and EXPLANATION are for the user to fill.
 */
enum Column {
    PERIOD,
    DIVISION_CODE,
    DIVISION,
    INDICATOR_CODE,
    INDICATOR,
    UNIT,
    PREVIOUS,
    VALUE,
    EXPLANATION;

    String headerKey() {
        return "import.col."
                + switch (this) {
                    case PERIOD -> "period";
                    case DIVISION_CODE -> "divisionCode";
                    case DIVISION -> "division";
                    case INDICATOR_CODE -> "indicatorCode";
                    case INDICATOR -> "indicator";
                    case UNIT -> "unit";
                    case PREVIOUS -> "previous";
                    case VALUE -> "value";
                    case EXPLANATION -> "explanation";
                };
    }

    /** The spreadsheet's name for the column: A, B, … */
    String letter() {
        return String.valueOf((char) ('A' + ordinal()));
    }

    boolean editable() {
        return this == VALUE || this == EXPLANATION;
    }

    int width() {
        return switch (this) {
            case INDICATOR, EXPLANATION -> 40;
            case DIVISION, PREVIOUS, VALUE -> 14;
            default -> 12;
        };
    }
}
