package org.minsheng.base.ui;

import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The side menu's entries, worked out once for each set of roles and language. Vaadin filters its menu
 * by running its navigation access control on every route, and that control looks up its role prefix
 * through a lookup that scans the class path's service files on each call; every page load builds the
 * frame and so paid it once per route: about 5% of the production jar's CPU at 400 users
 * (docs/benchmarks.md, goal 1). Which routes a user may open depends here only on their roles (each
 * view's {@code @RolesAllowed} or {@code @PermitAll}), so users with the same roles get the same list,
 * and the routes are all registered at start-up.
 */
@Component
class MenuEntries {

    private record Key(Set<String> roles, Locale locale) {}

    private final Map<Key, List<MenuEntry>> lists = new ConcurrentHashMap<>();

    /** The entries the signed-in user may open, in the menu's order for {@code locale}. */
    List<MenuEntry> forSignedInUser(Locale locale) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var roles = authentication == null
                ? Set.<String>of()
                : authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .collect(Collectors.toUnmodifiableSet());
        return lists.computeIfAbsent(new Key(roles, locale), key -> List.copyOf(MenuConfiguration.getMenuEntries()));
    }
}
