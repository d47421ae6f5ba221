package org.minsheng.figure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.minsheng.base.format.TypedNumbers;
import org.minsheng.indicator.Indicator;

/**
 * Turns typed text into a figure with the indicator's type and scale, or says precisely why not.
 * Accepts what Chinese spreadsheets and input methods produce: full-width digits, thousands
 * separators, a trailing % for percentages.
 */
final class ValueParser {

    /** A parsed entry: a value, "not applicable", or nothing (blank). */
    record Parsed(BigDecimal value, boolean notApplicable) {
        static final Parsed BLANK = new Parsed(null, false);
        static final Parsed NOT_APPLICABLE = new Parsed(null, true);

        boolean isBlank() {
            return value == null && !notApplicable;
        }

        /**
         * Whether this is the figure stored with these values and explanation: the same value (12 and 12.0
         * alike), 不适用 alike, the same explanation. Such an input writes nothing.
         */
        boolean repeats(
                BigDecimal storedValue, boolean storedNotApplicable, String storedExplanation, String explanation) {
            return storedNotApplicable == notApplicable
                    && (value == null ? storedValue == null : storedValue != null && storedValue.compareTo(value) == 0)
                    && Objects.equals(storedExplanation, explanation);
        }
    }

    private static final Set<String> NOT_APPLICABLE_WORDS = Set.of("不适用", "无此项", "n/a", "na", "not applicable");
    /** Up to 999 trillion: more than any count or amount here, and far inside what PostgreSQL stores. */
    private static final int MAX_WHOLE_DIGITS = 15;

    private ValueParser() {}

    /**
     * Whether a text reads as a value (a number, 不适用) rather than as words. An explanation written so was
     * almost surely meant for the next cell: a save that asks for an explanation takes the keyboard to
     * it, and a statistician typing a column of values put the next one there (a stranger's tour).
     */
    static boolean readsAsValue(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        var normalised = TypedNumbers.normalised(text);
        if (notApplicable(normalised)) {
            return true;
        }
        return TypedNumbers.looksLikeNumber(
                normalised.endsWith("%") ? normalised.substring(0, normalised.length() - 1) : normalised);
    }

    private static boolean notApplicable(String normalised) {
        return NOT_APPLICABLE_WORDS.contains(normalised.toLowerCase(Locale.ROOT));
    }

    /** The parsed value, or the error finding for the cell. */
    static Parsed parse(String text, Indicator indicator, CellKey key) throws InvalidValue {
        if (text == null || text.isBlank()) {
            return Parsed.BLANK;
        }
        var normalised = TypedNumbers.normalised(text);
        if (notApplicable(normalised)) {
            return Parsed.NOT_APPLICABLE;
        }
        var written = TypedNumbers.spaced(normalised);
        if (indicator.valueType() == Indicator.ValueType.PERCENTAGE && written.endsWith("%")) {
            written = written.substring(0, written.length() - 1);
        }
        var value = number(written, text, key);
        if (value.abs().toBigInteger().toString().length() > MAX_WHOLE_DIGITS) {
            throw new InvalidValue(Finding.error(key, "figure.error.tooLarge"));
        }
        var decimals = Math.max(0, value.stripTrailingZeros().scale());
        if (indicator.valueType() == Indicator.ValueType.INTEGER && decimals > 0) {
            throw new InvalidValue(Finding.error(key, "figure.error.wholeNumber"));
        }
        if (decimals > indicator.scale()) {
            throw new InvalidValue(Finding.error(key, "figure.error.tooManyDecimals", indicator.scale()));
        }
        Optional.ofNullable(indicator.minValue())
                .filter(min -> value.compareTo(min) < 0)
                .ifPresent(min -> {
                    throw new InvalidValue(
                            min.signum() == 0
                                    ? Finding.error(key, "figure.error.negative")
                                    : Finding.error(key, "figure.error.belowMinimum", min));
                });
        Optional.ofNullable(indicator.maxValue())
                .filter(max -> value.compareTo(max) > 0)
                .ifPresent(max -> {
                    throw new InvalidValue(Finding.error(key, "figure.error.aboveMaximum", max));
                });
        return new Parsed(value.setScale(indicator.scale(), RoundingMode.UNNECESSARY), false);
    }

    /** The number written, as every form of the application reads one, or why it is none. */
    private static BigDecimal number(String written, String text, CellKey key) {
        try {
            return TypedNumbers.read(written);
        } catch (TypedNumbers.Unreadable e) {
            throw new InvalidValue(Finding.error(
                    key,
                    switch (e.problem()) {
                        case NOT_A_NUMBER -> "figure.error.notANumber";
                        case GROUPING -> "figure.error.grouping";
                    },
                    shown(text)));
        }
    }

    /** The message repeats what was typed; a pasted page of text is shown by its start. */
    private static String shown(String text) {
        var shown = text.strip();
        return shown.length() > 40 ? shown.substring(0, 40) + "…" : shown;
    }

    /** The typed text cannot be a value of this indicator. */
    static final class InvalidValue extends RuntimeException {
        private final transient Finding finding;

        InvalidValue(Finding finding) {
            super(finding.messageKey(), null, false, false);
            this.finding = finding;
        }

        Finding finding() {
            return finding;
        }
    }
}
