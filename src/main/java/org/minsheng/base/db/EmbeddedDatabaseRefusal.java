package org.minsheng.base.db;

/**
 * The embedded database could not be started as this installation's own, and the application stops
 * rather than work on a server it did not start. Says what is in the way and what to do, for the
 * person who started the application (see {@link EmbeddedDatabaseFailureAnalyzer}).
 */
class EmbeddedDatabaseRefusal extends RuntimeException {

    private final String action;

    EmbeddedDatabaseRefusal(String description, String action) {
        super(description);
        this.action = action;
    }

    EmbeddedDatabaseRefusal(String description, String action, Throwable cause) {
        super(description, cause);
        this.action = action;
    }

    String action() {
        return action;
    }
}
