package org.minsheng.figure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
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
    }

    private static final Set<String> NOT_APPLICABLE_WORDS = Set.of("不适用", "无此项", "n/a", "na", "not applicable");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    /** Thousands separators (a comma or a space) every three digits of the whole part, none after the point. */
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}([, ]\\d{3})+(\\.\\d+)?");

    private static final Pattern SPACE_NOT_BETWEEN_DIGITS = Pattern.compile(" +(?!\\d)|(?<!\\d) +");
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
        var normalised = normalised(text);
        if (notApplicable(normalised)) {
            return true;
        }
        var number = withoutSeparators(normalised);
        return NUMBER.matcher(number.endsWith("%") ? number.substring(0, number.length() - 1) : number)
                .matches();
    }

    /** The text as both {@link #parse} and {@link #readsAsValue} read it: stripped, in half-width forms. */
    private static String normalised(String text) {
        return halfWidth(text.strip());
    }

    private static boolean notApplicable(String normalised) {
        return NOT_APPLICABLE_WORDS.contains(normalised.toLowerCase(Locale.ROOT));
    }

    /** The digits with the thousands separators (commas, spaces) taken out. */
    private static String withoutSeparators(String written) {
        return written.replace(",", "").replace(" ", "");
    }

    /** The parsed value, or the error finding for the cell. */
    static Parsed parse(String text, Indicator indicator, CellKey key) throws InvalidValue {
        if (text == null || text.isBlank()) {
            return Parsed.BLANK;
        }
        var normalised = normalised(text);
        if (notApplicable(normalised)) {
            return Parsed.NOT_APPLICABLE;
        }
        // a space beside a sign, a point or a % is dropped; one between digits separates groups, as a comma does
        var written = SPACE_NOT_BETWEEN_DIGITS
                .matcher(normalised.replaceAll(" +", " "))
                .replaceAll("");
        if (indicator.valueType() == Indicator.ValueType.PERCENTAGE && written.endsWith("%")) {
            written = written.substring(0, written.length() - 1);
        }
        var number = withoutSeparators(written);
        if (!NUMBER.matcher(number).matches()) {
            throw new InvalidValue(Finding.error(key, "figure.error.notANumber", shown(text)));
        }
        // "1,5" is not 15: a separator anywhere but every three digits of the whole part is a typo (or a
        // decimal comma), and reading it as another number would store a wrong figure without a word
        if (!number.equals(written) && !GROUPED.matcher(written).matches()) {
            throw new InvalidValue(Finding.error(key, "figure.error.grouping", shown(text)));
        }
        var unsigned = number.startsWith("-") ? number.substring(1) : number;
        var whole = unsigned.contains(".") ? unsigned.substring(0, unsigned.indexOf('.')) : unsigned;
        if (whole.replaceFirst("^0+(?=\\d)", "").length() > MAX_WHOLE_DIGITS) {
            throw new InvalidValue(Finding.error(key, "figure.error.tooLarge"));
        }
        var value = new BigDecimal(number);
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

    /** The message repeats what was typed; a pasted page of text is shown by its start. */
    private static String shown(String text) {
        var shown = text.strip();
        return shown.length() > 40 ? shown.substring(0, 40) + "…" : shown;
    }

    /** Full-width digits and punctuation from Chinese input methods, as ASCII. */
    private static String halfWidth(String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c >= 0xFF01 && c <= 0xFF5E) {
                out.appendCodePoint(c - 0xFEE0);
            } else if (c == 0x3000) {
                out.append(' ');
            } else if (c == 0x3002) {
                out.append('.');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
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
