package org.minsheng.base.ui;

import org.minsheng.base.RefusedException;

/**
 * A campaign year typed into a plain text field (the calendar's new year, the targets' year). Its
 * refusals start with {@code catalogue.error.year}, the prefix the services' own range refusal has, so
 * one {@link Attempt} mapping marks all of them on the year's field.
 */
public final class YearInput {

    private YearInput() {}

    /**
     * The year typed, in ASCII or full-width digits (２０２７). Nothing typed and "abc" are refused in
     * words of their own rather than as out of range; whether the number is a campaign year is the
     * service's to say.
     *
     * @param example a year to show as an example in the refusal
     */
    public static int read(String typed, int example) {
        var text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new RefusedException("catalogue.error.yearMissing", String.valueOf(example));
        }
        if (text.codePoints().allMatch(Character::isDigit) && text.length() > 4) {
            // digits, only too many of them: out of range, as the service says of 1999, not "type it in
            // digits", which 99999999999999 already was (a stranger's trial)
            throw new RefusedException("catalogue.error.year");
        }
        try {
            // parseInt reads any Unicode decimal digits, the full-width ones of a Chinese input method too
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new RefusedException("catalogue.error.yearNotNumber", text, String.valueOf(example));
        }
    }
}
