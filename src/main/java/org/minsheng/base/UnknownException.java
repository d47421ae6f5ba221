package org.minsheng.base;

/**
 * A refusal of an address rather than of a reader: the request names something the installation does
 * not have (a year its calendar lacks, a unit code nobody has). Views say it as any refusal; an endpoint answers it 404, where a
 * refusal of the reader's rights is 403.
 */
public class UnknownException extends RefusedException {

    public UnknownException(String messageKey, Object... parameters) {
        super(messageKey, parameters);
    }
}
