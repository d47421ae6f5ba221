package org.minsheng.security;

import java.util.Set;

/**
 * An edit of an existing account's name, roles and scope.
 *
 * @param version the version the administrator's copy was read at
 */
public record UserChange(int id, int version, String displayName, Set<Role> roles, Set<Integer> scope) {

    public UserChange {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        scope = scope == null ? Set.of() : Set.copyOf(scope);
    }
}
