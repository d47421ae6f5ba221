package org.minsheng.figure;

/** The row changed since the user read it (optimistic locking); the service turns it into a conflict. */
class StaleCell extends RuntimeException {

    private final transient CellKey key;

    StaleCell(CellKey key) {
        super("stale " + key, null, false, false);
        this.key = key;
    }

    CellKey key() {
        return key;
    }
}
