package org.minsheng.support;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs service calls as a given demo user, for tests that switch between maker and checker. */
public final class SignedIn {

    private SignedIn() {}

    public static <T> T as(String username, Supplier<T> call) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username, null, AuthorityUtils.NO_AUTHORITIES));
        try {
            return call.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    public static void as(String username, Runnable call) {
        as(username, () -> {
            call.run();
            return null;
        });
    }
}
