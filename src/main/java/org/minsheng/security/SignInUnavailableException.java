package org.minsheng.security;

import org.springframework.security.authentication.AuthenticationServiceException;

/**
 * A sign-in that could not be checked because the database did not answer (down, or every pooled
 * connection busy past the pool's timeout). It is an authentication failure, so the user is sent back
 * to the sign-in page rather than to an error page, and the page says the system is busy instead of
 * blaming the password. Nothing was counted against the account.
 */
public class SignInUnavailableException extends AuthenticationServiceException {

    SignInUnavailableException(Throwable cause) {
        super("the database did not answer the sign-in", cause);
    }
}
