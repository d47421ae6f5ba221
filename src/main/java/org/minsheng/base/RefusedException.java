package org.minsheng.base;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A request the rules do not allow, told to the user in their language: the message is an i18n key
 * with parameters, translated by the view. Services throw it before changing anything.
 */
public class RefusedException extends RuntimeException {

    private final String messageKey;
    private final List<Object> parameters;

    public RefusedException(String messageKey, Object... parameters) {
        super(messageKey + " " + Arrays.toString(parameters));
        this.messageKey = messageKey;
        // a parameter may legitimately be null (an unknown code, say), which List.of would refuse
        this.parameters = Collections.unmodifiableList(Arrays.asList(parameters.clone()));
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] parameters() {
        return parameters.toArray();
    }
}
