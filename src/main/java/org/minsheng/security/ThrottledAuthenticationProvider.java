package org.minsheng.security;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * The password check with the throttle around it ({@link LoginAttempts}). Being the only
 * AuthenticationProvider bean, it is the one Spring Security's form login uses; the client address
 * comes from the login request's details.
 *
 * <p>The lock and the account status (disabled) are checked only after the password, so every
 * checked attempt costs the same hashing time: a locked or disabled account cannot be told from a
 * wrong password by timing, and the login page shows one message for all of them, so it reveals no
 * usernames. Only an address that must wait is answered at once, which tells it nothing about accounts.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginAttempts attempts;
    private final Clock clock;

    @Autowired
    ThrottledAuthenticationProvider(
            AccountDetailsService accounts,
            PasswordEncoder encoder,
            LoginAttempts attempts,
            ObjectProvider<Clock> clock) {
        this(accounts, encoder, attempts, clock.getIfAvailable(Clock::systemUTC));
    }

    ThrottledAuthenticationProvider(
            AccountDetailsService accounts, PasswordEncoder encoder, LoginAttempts attempts, Clock clock) {
        this.attempts = attempts;
        this.clock = clock;
        passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        passwords.setPreAuthenticationChecks(user -> {});
        passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        try {
            return throttled(authentication);
        } catch (DataAccessException | TransactionException unavailable) {
            // under a load that holds every pooled connection, or with the database down: a 500 page
            // before, now the sign-in page saying so (bench/cluster.sh at 400 users)
            throw new SignInUnavailableException(unavailable);
        } catch (InternalAuthenticationServiceException e) {
            // how the password check reports the account lookup's failure
            if (e.getCause() instanceof DataAccessException || e.getCause() instanceof TransactionException) {
                throw new SignInUnavailableException(e.getCause());
            }
            throw e;
        }
    }

    private Authentication throttled(Authentication authentication) {
        var now = clock.instant();
        var attempt = attempts.begin(authentication.getName(), LoginSource.of(authentication.getDetails()), now);
        if (attempt.mustWait(now)) {
            throw new SignInThrottledException(attempt.waitUntil());
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (BadCredentialsException e) {
            attempts.failed(attempt, now);
            throw e;
        }
        attempts.refuseIfLocked(attempt, now);
        attempts.succeeded(attempt, now);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
