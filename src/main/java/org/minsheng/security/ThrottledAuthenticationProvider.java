package org.minsheng.security;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The password check with the lockout around it. Being the only AuthenticationProvider bean, it is
 * the one Spring Security's form login uses.
 *
 * <p>The account status (locked, disabled) is checked only after the password, so every attempt
 * costs the same hashing time: a locked or disabled account cannot be told from a wrong password
 * by timing, and the login page shows one message for all of them, so it reveals no usernames.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginAttempts attempts;

    ThrottledAuthenticationProvider(AccountDetailsService accounts, PasswordEncoder encoder, LoginAttempts attempts) {
        this.attempts = attempts;
        passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        passwords.setPreAuthenticationChecks(user -> { });
        passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        try {
            var result = passwords.authenticate(authentication);
            attempts.succeeded(authentication.getName());
            return result;
        } catch (BadCredentialsException e) {
            attempts.failed(authentication.getName());
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
