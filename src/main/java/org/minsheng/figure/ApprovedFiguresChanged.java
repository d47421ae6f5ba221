package org.minsheng.figure;

/**
 * Published inside the transaction that approved, corrected or published figures of a period, so
 * whoever shows approved figures can follow once it commits, on every node (DashboardUpdates queues a
 * NOTIFY in the transaction's {@code BEFORE_COMMIT} phase: a rolled-back approval tells nobody).
 * Once per service call, not per cell: approving a whole period is one change.
 */
public record ApprovedFiguresChanged(int periodId, Change change) {

    /** What the reviewer did; a dashboard shows each the same way, as the new edition. */
    public enum Change {
        APPROVED,
        CORRECTED,
        PUBLISHED
    }
}
