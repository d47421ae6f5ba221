package org.minsheng.security;

import java.time.Instant;
import org.springframework.security.core.AuthenticationException;

/** An attempt that came before its address's wait was over: refused without looking at the password. */
class SignInThrottledException extends AuthenticationException {

    private final transient Instant waitUntil;

    SignInThrottledException(Instant waitUntil) {
        super("too many failed sign-ins from this address; next attempt at " + waitUntil);
        this.waitUntil = waitUntil;
    }

    Instant waitUntil() {
        return waitUntil;
    }
}
