package org.minsheng.base;

import java.util.List;

/**
 * A business rule refused the request. It carries an i18n key and its parameters rather than a
 * finished sentence, because the service does not know the user's language; the view translates
 * it. Being unchecked, it also rolls back the surrounding transaction, audit entry included.
 */
public class RefusedException extends RuntimeException {

    private final String key;
    private final List<Object> params;

    public RefusedException(String key, Object... params) {
        super(key);
        this.key = key;
        this.params = List.of(params);
    }

    /** The message key, e.g. {@code users.error.password.tooShort}. */
    public String key() {
        return key;
    }

    public Object[] params() {
        return params.toArray();
    }
}
