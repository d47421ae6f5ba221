package org.minsheng.security;

import java.util.Set;

/**
 * The signed-in user as services see it.
 *
 * @param scope ids of the divisions a statistician reports for, or the one unit whose subtree a leader
 *     reads ({@link ReadingScope}); empty for city-wide roles
 */
public record AppUser(int id, String username, String displayName, Set<Role> roles, Set<Integer> scope) {

    public AppUser {
        roles = Set.copyOf(roles);
        scope = Set.copyOf(scope);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
