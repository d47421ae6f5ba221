package org.minsheng.security;

import java.util.Collection;

/** What a user may do; a user can hold several roles. */
public enum Role {
    LEADER,
    STATISTICIAN,
    REVIEWER,
    COMMUNICATIONS,
    ADMINISTRATOR,
    /** The meeting room's wall display: reads the year's headline numbers and charts, nothing else. */
    DISPLAY;

    /** Role names for {@code @RolesAllowed}, which needs compile-time constants. */
    public static final class Names {
        public static final String LEADER = "LEADER";
        public static final String STATISTICIAN = "STATISTICIAN";
        public static final String REVIEWER = "REVIEWER";
        public static final String COMMUNICATIONS = "COMMUNICATIONS";
        public static final String ADMINISTRATOR = "ADMINISTRATOR";
        public static final String DISPLAY = "DISPLAY";

        private Names() {}
    }

    /**
     * Whether, with these roles, a user's scope is the one unit whose subtree they read (and a reviewer
     * reviews): a leader's, or a reviewer's who enters no figures. A statistician's scope is what they
     * enter; one who also reviews stays the root's reviewer.
     */
    public static boolean scopeIsRead(Collection<Role> roles) {
        return roles.contains(LEADER) || (roles.contains(REVIEWER) && !roles.contains(STATISTICIAN));
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
