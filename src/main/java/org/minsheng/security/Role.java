package org.minsheng.security;

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

    public String authority() {
        return "ROLE_" + name();
    }
}
