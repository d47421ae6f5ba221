package org.minsheng.security;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A user as administrators see them; never carries the password hash.
 *
 * @param locked   signed in with a wrong password too often and still inside the lockout
 * @param scope    the districts a statistician reports for, or the unit a leader reads, in display order
 * @param version  to send back with an edit, so an edit based on a stale copy is refused
 */
public record UserSummary(
        int id,
        String username,
        String displayName,
        boolean enabled,
        boolean locked,
        Set<Role> roles,
        List<District> scope,
        int version) {

    public UserSummary {
        roles = Set.copyOf(roles);
        scope = List.copyOf(scope);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Set<Integer> scopeIds() {
        return scope.stream().map(District::id).collect(Collectors.toSet());
    }
}
