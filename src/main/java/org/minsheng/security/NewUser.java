package org.minsheng.security;

import java.util.Set;

/** What an administrator enters to create an account. */
public record NewUser(String username, String displayName, String password, Set<Role> roles, Set<Integer> scope) {

    public NewUser {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        scope = scope == null ? Set.of() : Set.copyOf(scope);
    }
}
