package org.minsheng.base.format;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers as people type them into this application's fields, read one way everywhere: full-width
 * digits and punctuation from Chinese input methods, thousands separators (a comma or a space) every
 * three digits. Whatever is not plainly a number is refused, never guessed at: a form that read
 * {@code 1e3} as 13, or dropped {@code ４３００} as empty, stored something other than what was typed.
 * The entry sheet's parser and the forms that take a number share these rules, so a value accepted in
 * one is accepted in the other.
 */
public final class TypedNumbers {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    /** Thousands separators (a comma or a space) every three digits of the whole part, none after the point. */
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}([, ]\\d{3})+(\\.\\d+)?");

    private static final Pattern SPACE_NOT_BETWEEN_DIGITS = Pattern.compile(" +(?!\\d)|(?<!\\d) +");

    /** Compiled once: String.replaceAll compiled it for every value of an import (a profile's hot frame). */
    private static final Pattern SPACES = Pattern.compile(" +");

    private TypedNumbers() {}

    /** Why a typed text is not read as a number. */
    public enum Problem {
        /** Not digits with an optional sign and decimal point: words, an exponent, two points. */
        NOT_A_NUMBER,
        /**
         * A separator anywhere but every three digits of the whole part: "1,5" is a typo or a decimal
         * comma, and reading it as 15 would store a wrong number without a word.
         */
        GROUPING
    }

    /** The typed text is not a number. */
    public static final class Unreadable extends RuntimeException {
        private final Problem problem;

        Unreadable(Problem problem) {
            super(problem.name(), null, false, false);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /** The text stripped, in half-width forms: what every other method here reads. */
    public static String normalised(String text) {
        return halfWidth(text.strip());
    }

    /**
     * The normalised text with a space beside a sign, a point or a % dropped and runs of spaces made one:
     * a space between digits separates groups, as a comma does.
     */
    public static String spaced(String normalised) {
        return SPACE_NOT_BETWEEN_DIGITS
                .matcher(SPACES.matcher(normalised).replaceAll(" "))
                .replaceAll("");
    }

    /** Whether the normalised text is a number once its separators are taken out, wherever they are. */
    public static boolean looksLikeNumber(String normalised) {
        return NUMBER.matcher(withoutSeparators(normalised)).matches();
    }

    /** The number a {@linkplain #spaced spaced} text is, its separators checked. */
    public static BigDecimal read(String written) {
        var number = withoutSeparators(written);
        if (!NUMBER.matcher(number).matches()) {
            throw new Unreadable(Problem.NOT_A_NUMBER);
        }
        if (!number.equals(written) && !GROUPED.matcher(written).matches()) {
            throw new Unreadable(Problem.GROUPING);
        }
        return new BigDecimal(number);
    }

    /** The number typed in a form's field, as {@link #read} takes it; null when the field is blank. */
    public static BigDecimal parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return read(spaced(normalised(typed)));
    }

    /** The digits with the thousands separators (commas, spaces) taken out. */
    private static String withoutSeparators(String written) {
        return written.replace(",", "").replace(" ", "");
    }

    /** Full-width digits and punctuation from Chinese input methods, as ASCII. */
    public static String halfWidth(String text) {
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
}
