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

    /** Whether this is the explanation's error ({@link #explanationReadsAsValue}) rather than the value's. */
    public boolean isAboutExplanation() {
        return EXPLANATION_IS_VALUE.equals(messageKey);
    }
}
