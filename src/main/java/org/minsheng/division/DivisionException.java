package org.minsheng.division;

import org.minsheng.base.RefusedException;

/**
 * A division change or import that was refused because of its input; nothing has been written.
 * The page shows the message key's text in the user's language.
 */
public class DivisionException extends RefusedException {

    DivisionException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
