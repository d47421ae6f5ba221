package org.minsheng.base;

/**
 * The rules every free text a user types passes before it is stored: a length limit, and no control
 * characters other than tab and line breaks. PostgreSQL refuses a NUL in text outright, and the other
 * controls only hide things from the next reader; either way the user is told, never a stack trace.
 */
public final class Texts {

    /** Explanations, reasons, definitions: a few paragraphs at most (the import allows as much per cell). */
    public static final int LONG = 2_000;
    /** Names, units, short labels. */
    public static final int SHORT = 200;

    /** How much of a typed value a message quotes back ({@link #quoted}). */
    private static final int QUOTED = 20;

    private Texts() {}

    /** Nothing typed: no text, or only white space. */
    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The stripped text, or null when blank. */
    public static String optional(String text, int maxLength) {
        if (isBlank(text)) {
            return null;
        }
        var stripped = text.strip();
        if (stripped.codePoints().anyMatch(Texts::isForbiddenControl)) {
            throw new RefusedException("input.error.controlCharacter");
        }
        if (!fits(stripped, maxLength)) {
            throw new RefusedException("input.error.tooLong", maxLength);
        }
        return stripped;
    }

    /**
     * What a reader typed into an address, quoted back in a message: its first characters only, since an
     * address may carry thousands and the message must stay a line.
     */
    public static String quoted(String typed) {
        return typed.length() > QUOTED ? typed.substring(0, QUOTED) + "…" : typed;
    }

    /**
     * Whether a text, stripped, is within the limit as {@link #optional} counts it (in characters, not
     * UTF-16 units): a form marks the field before it asks the service, which would refuse it unnamed.
     */
    public static boolean fits(String text, int maxLength) {
        if (text == null) {
            return true;
        }
        var stripped = text.strip();
        return stripped.codePointCount(0, stripped.length()) <= maxLength;
    }

    /** The stripped text; refused with {@code requiredKey} when blank. */
    public static String required(String text, int maxLength, String requiredKey) {
        var checked = optional(text, maxLength);
        if (checked == null) {
            throw new RefusedException(requiredKey);
        }
        return checked;
    }

    private static boolean isForbiddenControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || (c >= 0x80 && c < 0xA0);
    }
}
