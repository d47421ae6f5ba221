package org.minsheng.figure;

import java.util.List;

/**
 * A validation message about a cell, as an i18n key with parameters so each user reads it in their
 * language. Errors block saving or submitting; warnings need an explanation (情况说明) to submit.
 */
public record Finding(CellKey cell, Severity severity, String messageKey, List<Object> parameters) {

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
}
