package org.minsheng.figure;

import java.util.List;

/**
 * A validation message about a cell, as an i18n key with parameters so each user reads it in their
 * language. Errors block saving or submitting; warnings need an explanation (情况说明) to submit.
 */
public record Finding(CellKey cell, Severity severity, String messageKey, List<Object> parameters) {

    private static final String EXPLANATION_IS_VALUE = "figure.error.explanationIsValue";

    public enum Severity {
        ERROR,
        WARNING
    }

    /**
     * What the user has to change to clear a finding: the form marks that field, the import names that
     * column. Known here, beside the keys, so neither has to list them again.
     */
    public enum Subject {
        UNIT,
        INDICATOR,
        PERIOD,
        VALUE,
        EXPLANATION
    }

    public static Finding error(CellKey cell, String key, Object... parameters) {
        return new Finding(cell, Severity.ERROR, key, List.of(parameters));
    }

    public static Finding warning(CellKey cell, String key, Object... parameters) {
        return new Finding(cell, Severity.WARNING, key, List.of(parameters));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * An explanation (情况说明) that reads as a value (a number, 不适用): almost surely the next cell's
     * value, typed where a save that asked for an explanation took the keyboard. Refused alike on the form
     * and in a file; the form marks the explanation, not the value, which stays saved.
     */
    static Finding explanationReadsAsValue(CellKey cell, String explanation) {
        return ValueParser.readsAsValue(explanation) ? error(cell, EXPLANATION_IS_VALUE, explanation) : null;
    }

    /** The field a finding is about; the value's unless its key says otherwise. */
    public Subject subject() {
        return switch (messageKey) {
            case "figure.error.outOfScope",
                    "figure.error.divisionNotInPeriod",
                    "figure.error.duplicate",
                    "figure.error.unitPublished" -> Subject.UNIT;
            case "figure.error.notReported" -> Subject.INDICATOR;
            case "figure.error.periodLocked", "figure.error.periodPublished" -> Subject.PERIOD;
            // a number in the explanation is the explanation's to fix: the value beside it stays saved
            case EXPLANATION_IS_VALUE,
                    "figure.error.explanationNeeded",
                    "input.error.controlCharacter",
                    "input.error.tooLong" -> Subject.EXPLANATION;
            default -> Subject.VALUE;
        };
    }
}
