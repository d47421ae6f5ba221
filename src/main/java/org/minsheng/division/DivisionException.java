package org.minsheng.division;

import java.util.Arrays;

/**
 * A division change or import that was refused because of its input. It carries a message key and
 * its arguments, so the page shows the reason in the user's language; nothing has been written.
 */
public class DivisionException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    DivisionException(String messageKey, Object... arguments) {
        super(messageKey + " " + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** A key of {@code i18n/messages*.properties}. */
    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
