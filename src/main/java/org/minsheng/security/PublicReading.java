package org.minsheng.security;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reads on behalf of the public, nobody signed in: the disclosure page of a published year. The read
 * runs as a reader of every unit (what an unscoped leader reads), because a published year is the
 * same numbers the office's pages show; what makes it public is the caller's check that the year is
 * published, before it asks. So only the public disclosure service calls this (ArchitectureTest), and
 * nothing read here can write: the reader has no account, no id a write could record.
 */
@Component
public class PublicReading {

    /** The public as a user: no account (id 0 is no row), reads like an unscoped leader. */
    static final AppUser PUBLIC = new AppUser(0, "public", "public", Set.of(Role.LEADER), Set.of());

    /** Runs {@code read} as the public on this thread, and puts back whoever was there. */
    public <T> T read(Supplier<T> read) {
        var before = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new Token());
        SecurityContextHolder.setContext(context);
        try {
            return read.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    /** The public's authentication: authenticated as nobody in particular, with no authorities. */
    static final class Token extends AbstractAuthenticationToken {

        Token() {
            super(List.of());
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return PUBLIC.username();
        }
    }
}
